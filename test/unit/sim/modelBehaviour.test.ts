import { describe, expect, test } from 'vitest';
import { simpleClv } from '../../../src/sim/analytics/customerLifetimeValue.ts';
import { createSession } from '../../../src/sim/exercise/createSession.ts';
import { playRounds } from '../../../src/sim/exercise/playRounds.ts';
import { policyValue } from '../../../src/sim/exercise/scoreExercise.ts';
import { emptyTierAllocation } from '../../../src/sim/model/tierAllocation.ts';
import { referenceDecisions } from '../../../src/sim/policies/referenceAllocations.ts';
import { findScenario, scenarios } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import { tieringSpecSchema } from '../../../src/sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../../../src/sim/tiering/tierPortfolio.ts';

const scenario = findScenario('ict-equipment');
if (!scenario) throw new Error('default scenario missing');
const session = createSession(scenario, 42);
const tiering = tierPortfolio(tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), session.attributes);
const statusQuo = referenceDecisions('status-quo', session, tiering);

describe('removing all service from the top tier (MODEL-NOTES §4)', () => {
	const withoutTop = statusQuo.map((round) => round.map((a, t) => (t === 0 ? emptyTierAllocation() : a)));
	const base = playRounds(session, tiering, statusQuo);
	const cut = playRounds(session, tiering, withoutTop);
	const last = (p: typeof base) => p.rounds.at(-1)?.periods.at(-1);
	const churned = (p: typeof base) =>
		p.rounds.flatMap((r) => r.periods).reduce((s, x) => s + (x.tiers[0]?.churned ?? 0), 0);

	test('lowers the top tier satisfaction', () => {
		expect(last(cut)?.tiers[0]?.satisfaction).toBeLessThan((last(base)?.tiers[0]?.satisfaction ?? 0) - 0.5);
	});

	test('raises its churn', () => {
		expect(churned(cut)).toBeGreaterThan(churned(base) * 1.5);
	});

	test('lowers total value (horizon profit + residual CLV), though horizon profit alone may rise', () => {
		expect(policyValue(cut).value).toBeLessThan(policyValue(base).value);
	});
});

describe('doing nothing', () => {
	test('earns more profit over the horizon but destroys value after it: why the score includes residual CLV', () => {
		const none = playRounds(session, tiering, referenceDecisions('none', session, tiering));
		const base = playRounds(session, tiering, statusQuo);
		expect(policyValue(none).horizonProfit).toBeGreaterThan(policyValue(base).horizonProfit);
		expect(policyValue(none).value).toBeLessThan(policyValue(base).value);
	});
});

describe('simpleClv', () => {
	test('matches the closed form m·r/(1+d−r)', () => {
		expect(simpleClv(100, 0.8, 0.1)).toBeCloseTo((100 * 0.8) / 0.3, 12);
	});

	test('is more elastic to retention than to margin (Gupta, Lehmann & Stuart 2004)', () => {
		const base = simpleClv(100, 0.8, 0.1);
		const retentionUp = simpleClv(100, 0.8 * 1.01, 0.1) / base - 1;
		const marginUp = simpleClv(101, 0.8, 0.1) / base - 1;
		expect(retentionUp).toBeGreaterThan(2 * marginUp);
	});
});

describe('playRounds', () => {
	test('is deterministic in both modes', () => {
		const a = playRounds(session, tiering, statusQuo, 'stochastic');
		const b = playRounds(session, tiering, statusQuo, 'stochastic');
		expect(a.rounds).toEqual(b.rounds);
		expect(playRounds(session, tiering, statusQuo).rounds).toEqual(playRounds(session, tiering, statusQuo).rounds);
	});

	test('stochastic churn counts are whole numbers and close to the expected-value figures', () => {
		const expected = playRounds(session, tiering, statusQuo);
		const drawn = playRounds(session, tiering, statusQuo, 'stochastic');
		const e = expected.rounds.at(-1)?.periods.at(-1)?.total.customers ?? 0;
		const d = drawn.rounds.at(-1)?.periods.at(-1)?.total.customers ?? 0;
		expect(Number.isInteger(d)).toBe(true);
		expect(Math.abs(d - e) / e).toBeLessThan(0.05);
	});

	test('rejects an allocation over budget, naming what exceeds what, instead of trimming it', () => {
		const lavish = statusQuo.map((round) => round.map((a) => ({ ...a, kamHours: a.kamHours * 20 })));
		expect(() => playRounds(session, tiering, lavish)).toThrow(
			/key-account manager hours per period: .* exceeds the limit/,
		);
	});

	test("rejects a fee on below-zero customers above the scenario's highest allowed rate", () => {
		const greedy = statusQuo.map((round) => round.map((a) => ({ ...a, bzFee: scenario.resources.maxBzFee + 0.05 })));
		expect(() => playRounds(session, tiering, greedy)).toThrow(
			/fee rate on below-zero customers: .* exceeds the limit of 0\.100/,
		);
		const allowed = statusQuo.map((round) => round.map((a) => ({ ...a, bzFee: scenario.resources.maxBzFee })));
		expect(() => playRounds(session, tiering, allowed)).not.toThrow();
	});

	test('a budget cut later in the scenario rejects decisions that fitted the full budget', () => {
		const uniform = referenceDecisions('uniform', session, tiering);
		// Round 4 reuses round 1's decisions, which spend the whole budget before the 15% cut.
		const full = uniform.map((r, i) => (i === 3 ? (uniform[0] as typeof r) : r));
		expect(() => playRounds(session, tiering, full)).toThrow(/round 4: service budget per period/);
	});
});

describe('every scenario', () => {
	test.each(findAllScenarios())('%s: cutting all service loses value against the status quo', (id) => {
		const s = findScenario(id);
		if (!s) throw new Error(id);
		const sess = createSession(s, 42, 1000);
		const t = tierPortfolio(tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), sess.attributes);
		const none = policyValue(playRounds(sess, t, referenceDecisions('none', sess, t))).value;
		const today = policyValue(playRounds(sess, t, referenceDecisions('status-quo', sess, t))).value;
		expect(none).toBeLessThan(today);
	});
});

function findAllScenarios(): string[] {
	return scenarios.map((s) => s.id);
}
