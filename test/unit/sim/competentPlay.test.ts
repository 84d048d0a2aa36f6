import { describe, expect, test } from 'vitest';
import {
	applyTiering,
	type ExerciseConfig,
	playExercise,
	sessionFor,
} from '../../../src/sim/exercise/exerciseSteps.ts';
import { optimiseDecisions } from '../../../src/sim/exercise/optimiseDecisions.ts';
import { playRounds } from '../../../src/sim/exercise/playRounds.ts';
import { policyValue } from '../../../src/sim/exercise/scoreExercise.ts';
import { servicePlan, UNITS_PER } from '../../../src/sim/model/servicePlan.ts';
import { emptyTierAllocation, expandTierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import { type ReferencePolicy, referenceDecisions } from '../../../src/sim/policies/referenceAllocations.ts';
import { scenarios } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { type TieringSpec, tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';

// What a good student of the course does must pay, and what an optimiser finds must look like the course (issue 19,
// MODEL-NOTES §5). Expected mode, seed 42, the course's three standard tiers. The bounds are stated on the model
// page ("Auditing the economics"); the figures in the comments were measured when they were set.
const spec: TieringSpec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });

function harness(scenarioId: string, size: number) {
	const config: ExerciseConfig = { scenarioId, seed: 42, size, mode: 'expected', budgetScale: 1 };
	const session = sessionFor(config);
	const { tiering } = applyTiering(config, spec);
	const score = (policy: ReferencePolicy, budgetScale = 1) =>
		playExercise({ ...config, budgetScale }, spec, referenceDecisions(policy, session, tiering, budgetScale)).score;
	return { config, session, tiering, score };
}

describe.each(scenarios.map((s) => s.id))('%s: the reference policies play as the course teaches', (id) => {
	const h = harness(id, 1000);
	const today = h.score('status-quo');
	const uniform = h.score('uniform');

	// Measured: needs-based 2.7–9.0 points above the status quo, value-proportional 2.7–9.0; uniform 25–40 below it.
	test.each(['needs-based', 'value-proportional'] as const)(
		'%s beats the status quo by 2 points and uniform by 20',
		(policy) => {
			const s = h.score(policy);
			expect(s.score).toBeGreaterThan(today.score + 2);
			expect(s.score).toBeGreaterThan(uniform.score + 20);
		},
	);

	// Cutting a competent plan's budget by a quarter gains at most 1 % of its value (measured: −3 % to +0.5 %); the
	// gain is reallocation, not thrift.
	test('needs-based with a quarter less budget gains at most 1 %', () => {
		expect(h.score('needs-based', 0.75).value).toBeLessThan(1.01 * h.score('needs-based').value);
	});

	// A bigger budget buys no staff within the year, so a competent plan held by its capacities gains little from
	// it, and loses little: where competition is low, more service is worth little more (measured −1.9 % in the
	// utility); elsewhere a plan that spends it loses at most 0.1 %.
	const lowCompetition = h.session.scenario.market === 'lowCompetition';
	test('needs-based with 30 % more budget loses at most ' + (lowCompetition ? '3 %' : '0.1 %'), () => {
		const floor = lowCompetition ? 0.97 : 0.999;
		expect(h.score('needs-based', 1.3).value).toBeGreaterThanOrEqual(floor * h.score('needs-based').value);
	});
});

describe.each(scenarios.filter((s) => s.events.some((e) => e.type === 'budgetCut')).map((s) => s.id))(
	'%s: a budget-cut event',
	(id) => {
		const h = harness(id, 1000);
		const uncut = {
			...h.session,
			scenario: { ...h.session.scenario, events: h.session.scenario.events.filter((e) => e.type !== 'budgetCut') },
		};
		// Where competition is low, loyalty holds whatever the service (false loyalty): there a cut may pay a little
		// (measured +2 % and +3.7 % in the utility). Elsewhere it costs 0.8–5.4 %. The status quo is left out: today's
		// plan buys visits to accounts whose layers are known, so a trim removes waste first (+1.1 % in ICT).
		const lowCompetition = h.session.scenario.market === 'lowCompetition';
		test.each(['value-proportional', 'needs-based'] as const)(
			lowCompetition ? 'gains %s at most 5 %%' : 'lowers the value of %s',
			(policy) => {
				const value = (session: typeof h.session) =>
					policyValue(playRounds(session, h.tiering, referenceDecisions(policy, session, h.tiering), 'expected', 1))
						.value;
				expect(value(h.session)).toBeLessThan((lowCompetition ? 1.05 : 1) * value(uncut));
			},
		);
	},
);

describe('the below-zero fee has a price response', () => {
	const markets = ['competitive', 'b2b', 'lowCompetition'] as const;
	// The same customer, charged 10 %, in each market: it buys less and churns more, most where it has alternatives.
	const response = markets.map((market) => {
		const h = harness(scenarios.find((s) => s.market === market)?.id as string, 300);
		const session = { ...h.session, scenario: { ...h.session.scenario, market } };
		const plan = (bzFee: number) =>
			servicePlan(
				session.portfolio,
				session.scenario,
				expandTierAllocation(
					session.portfolio,
					session.scenario,
					h.tiering.tierOf,
					h.tiering.tierIds.map(() => ({ ...emptyTierAllocation(), assisted: 2, bzFee })),
				),
			);
		const free = plan(0);
		const charged = plan(0.1);
		return {
			market,
			kept: charged.kept[0] as number,
			// The entries a customer paying the fee runs on, against those of one paying none.
			churn: (charged.churnFactorWithFee[0] as number) / (free.churnFactor[0] as number),
			free,
		};
	});
	test('a charged customer buys less and churns more, in every market', () => {
		for (const r of response) {
			expect(r.free.kept[0], r.market).toBe(1);
			expect(r.kept, r.market).toBeLessThan(1);
			expect(r.churn, r.market).toBeGreaterThan(1);
		}
	});
	test('the response is strongest in a competitive market and weakest where competition is low', () => {
		const [competitive, b2b, low] = response;
		expect(competitive?.kept).toBeLessThan(b2b?.kept as number);
		expect(b2b?.kept).toBeLessThan(low?.kept as number);
		expect(competitive?.churn).toBeGreaterThan(low?.churn as number);
	});
});

// Short runs (500 customers, 400 evaluations, about half a second each) hold the optimum to what a trainer would sign.
describe.each(scenarios.map((s) => [s.id, s.market] as const))('%s: the optimum', (id, market) => {
	const config: ExerciseConfig = { scenarioId: id, seed: 42, size: 500, mode: 'expected', budgetScale: 1 };
	const found = optimiseDecisions(config, spec, { objective: 'score', evaluations: 400 });
	const { tiering } = applyTiering(config, spec);
	const last = tiering.tierIds.length - 1;

	// Measured: 64–79 % over the rounds, 55–84 % in the rounds before the last (the utility's first round, 55 %, is
	// the least: its market is the low-competition one, where service is worth least).
	test('uses most of the budget', () => {
		const shares = found.budgetShare;
		expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThan(0.6);
		for (const share of shares.slice(0, -1)) expect(share).toBeGreaterThan(0.5);
	});

	// The last round's plan is carried through the residual tail, when less of the wallet is left to win, so it buys
	// less growth than the rounds before it (see "Where the model still departs from the course"); it must not be
	// starved. Measured: 0.67–0.90 of the other rounds' mean use (utility 0.67, industrial automation 0.70).
	test('spends at least 60 % as much of its budget in the last round as in the others', () => {
		const shares = found.budgetShare;
		const others = shares.slice(0, -1);
		const mean = others.reduce((a, b) => a + b, 0) / others.length;
		expect(shares[shares.length - 1]).toBeGreaterThan(0.6 * mean);
	});

	test('gives the top tier more personal attention per customer than the bottom tier, in every round', () => {
		const personal = (a: (typeof found.decisions)[number][number]) =>
			a.kamHours * UNITS_PER.kamHours + a.visits * UNITS_PER.visits;
		for (const round of found.decisions)
			expect(personal(round[0] as never)).toBeGreaterThan(3 * personal(round[last] as never));
	});

	test(
		market === 'b2b'
			? 'keeps the top tier of a B2B portfolio off self-service'
			: 'does not push the top tier wholly onto self-service',
		() => {
			for (const round of found.decisions) expect(round[0]?.digital).toBeLessThan(market === 'b2b' ? 0.2 : 0.99);
		},
	);

	// The fee is a price, not a resource: it sits at its maximum on the below-zero customers of most tiers (the model
	// page says where that departs from the course).
	test('puts no share channel at its limit in every tier, and buys every unit channel somewhere', () => {
		for (const key of ['digital', 'partner'] as const)
			for (const round of found.decisions)
				expect(
					round.every((a) => a[key] >= 0.99),
					key,
				).toBe(false);
		for (const key of ['kamHours', 'visits', 'assisted', 'valueAdded'] as const)
			for (const round of found.decisions)
				expect(
					round.every((a) => a[key] === 0),
					key,
				).toBe(false);
	});

	// Measured at 500 customers and 400 evaluations: 2.6–13.3 points (department store 12.0, utility 14.5 at most
	// before this bound was set); at 2,000 customers and 3,000 evaluations 2.7–8.5.
	test('beats the best reference policy by at most 16 points', () => {
		const best = Math.max(...found.references.map((r) => r.score.score));
		expect(found.score.score).toBeGreaterThanOrEqual(best);
		expect(found.score.score - best).toBeLessThan(16);
	});
});
