// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { statusQuoValue } from '../../../src/sim/exercise/exerciseSteps.ts';
import { exerciseMachine } from '../../../src/sim/machines/exerciseMachine.ts';
import { parseSavedExercise, serialiseExercise } from '../../../src/sim/machines/exercisePersistence.ts';

const config = { scenarioId: 'ict-equipment', seed: 42, size: 600 };

async function tieredActor() {
	const actor = createActor(exerciseMachine, { input: { config } }).start();
	actor.send({ type: 'portfolio.generate' });
	await waitFor(actor, (s) => s.matches('tier'));
	actor.send({ type: 'tiering.set', spec: { method: 'abc' } });
	return actor;
}

describe('exerciseMachine', () => {
	test('starts in configure and generates the portfolio before tiering', async () => {
		const actor = createActor(exerciseMachine, { input: { config } }).start();
		expect(actor.getSnapshot().value).toBe('configure');
		actor.send({ type: 'portfolio.generate' });
		const tiering = await waitFor(actor, (s) => s.matches('tier'));
		expect(tiering.context.rounds).toBe(4);
	});

	test('an unknown scenario returns to configure with the error', async () => {
		const actor = createActor(exerciseMachine, { input: { config: { ...config, scenarioId: 'nope' } } }).start();
		actor.send({ type: 'portfolio.generate' });
		const back = await waitFor(actor, (s) => s.matches('configure') && s.context.error !== null);
		expect(back.context.error).toMatch(/unknown scenario "nope"/);
	});

	test('rejects an invalid tiering with its reason and cannot confirm without one', async () => {
		const actor = createActor(exerciseMachine, { input: { config } }).start();
		actor.send({ type: 'portfolio.generate' });
		await waitFor(actor, (s) => s.matches('tier'));
		actor.send({ type: 'tiering.confirm' });
		expect(actor.getSnapshot().value).toBe('tier');
		actor.send({ type: 'tiering.set', spec: { method: 'abc', aCut: 0.9, bCut: 0.5 } });
		expect(actor.getSnapshot().context.error).toMatch(/aCut must be below bCut/);
		expect(actor.getSnapshot().context.tiering).toBeNull();
	});

	test('tiers, then starts the first draft from the status quo', async () => {
		const actor = await tieredActor();
		expect(actor.getSnapshot().context.tierIds).toEqual(['A', 'B', 'C']);
		actor.send({ type: 'tiering.confirm' });
		const s = actor.getSnapshot();
		expect(s.value).toBe('allocate');
		expect(s.context.draft).toHaveLength(3);
		expect(s.context.violations).toEqual([]);
	});

	test('an over-budget draft shows its reason and cannot run', async () => {
		const actor = await tieredActor();
		actor.send({ type: 'tiering.confirm' });
		actor.send({ type: 'allocation.set', tier: 2, resource: 'visits', value: 50 });
		const s = actor.getSnapshot();
		expect(s.context.violations.map((v) => v.resource)).toContain('visits');
		expect(s.context.violations[0]?.message).toMatch(/exceeds the limit/);
		actor.send({ type: 'round.run' });
		expect(actor.getSnapshot().value).toBe('allocate');
	});

	test('undo restores the previous draft', async () => {
		const actor = await tieredActor();
		actor.send({ type: 'tiering.confirm' });
		const before = actor.getSnapshot().context.draft;
		actor.send({ type: 'allocation.set', tier: 0, resource: 'kamHours', value: 3 });
		expect(actor.getSnapshot().context.draft[0]?.kamHours).toBe(3);
		actor.send({ type: 'decision.undo' });
		expect(actor.getSnapshot().context.draft).toEqual(before);
	});

	test('runs four rounds, locks each round\u2019s decisions, then debriefs against the reference policies', async () => {
		const actor = await tieredActor();
		actor.send({ type: 'tiering.confirm' });
		for (let round = 1; round <= 4; round++) {
			// The status quo, averaged over this team's own tiers A/B/C every round.
			actor.send({ type: 'allocation.applyPolicy', policy: 'status-quo' });
			actor.send({ type: 'round.run' });
			const review = await waitFor(actor, (s) => s.matches('review'));
			expect(review.context.decisions).toHaveLength(round);
			expect(review.context.results?.rounds).toHaveLength(round);
			actor.send({ type: 'round.next' });
		}
		const debrief = await waitFor(actor, (s) => s.matches('debrief') && s.context.references !== null);
		// Its value index is measured against the scenario's one yardstick, not against its own tiering: close to 100
		// (the same service, averaged over other tiers), and exactly the yardstick's own figure.
		const score = debrief.context.results?.score;
		expect(score?.statusQuoValue).toBe(statusQuoValue({ ...config, mode: 'expected', budgetScale: 1 }, 4));
		expect(score?.valueIndex).toBeCloseTo((100 * (score?.value ?? 0)) / (score?.statusQuoValue ?? 1), 9);
		expect(score?.valueIndex).toBeGreaterThan(80);
		expect(score?.valueIndex).toBeLessThan(120);
		expect(Object.keys(debrief.context.references ?? {})).toEqual([
			'status-quo',
			'uniform',
			'value-proportional',
			'needs-based',
			'none',
		]);
	});

	test('persists and restores mid-exercise with the same decisions and results', async () => {
		const actor = await tieredActor();
		actor.send({ type: 'tiering.confirm' });
		actor.send({ type: 'round.run' });
		await waitFor(actor, (s) => s.matches('review'));
		const saved = serialiseExercise(actor.getPersistedSnapshot());
		const parsed = parseSavedExercise(saved);
		if (!parsed.ok) throw new Error(parsed.detail);
		const restored = createActor(exerciseMachine, { snapshot: parsed.snapshot, input: {} }).start();
		expect(restored.getSnapshot().value).toBe('review');
		expect(restored.getSnapshot().context.results).toEqual(actor.getSnapshot().context.results);
		restored.send({ type: 'round.next' });
		expect(restored.getSnapshot().value).toBe('allocate');
	});

	test('reset returns to configure and forgets the decisions', async () => {
		const actor = await tieredActor();
		actor.send({ type: 'exercise.reset' });
		expect(actor.getSnapshot().value).toBe('configure');
		expect(actor.getSnapshot().context.tiering).toBeNull();
	});
});

describe('parseSavedExercise', () => {
	test('reports corrupted JSON, another version and a state caught mid-computation', () => {
		expect(parseSavedExercise('{oops')).toMatchObject({ ok: false, problem: 'corrupted' });
		expect(parseSavedExercise(JSON.stringify({ version: 0, snapshot: {} }))).toMatchObject({
			ok: false,
			problem: 'otherVersion',
		});
		const running = {
			version: 1,
			snapshot: { status: 'active', value: 'run', context: { config: {}, decisions: [], draft: [] } },
		};
		expect(parseSavedExercise(JSON.stringify(running))).toMatchObject({ ok: false, problem: 'unsavableState' });
		const shapeless = { version: 1, snapshot: { status: 'active', value: 'review', context: {} } };
		expect(parseSavedExercise(JSON.stringify(shapeless))).toMatchObject({ ok: false, problem: 'corrupted' });
	});
});
