import { describe, expect, test } from 'vitest';
import { referenceResults, sessionFor, YARDSTICK_TIERING } from '../../../src/sim/exercise/exerciseSteps.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import {
	budgetScales,
	defaultWorkshopConfig,
	defaultWorkshopSession,
	FACILITATOR_DEFAULTS,
	facilitatorFigures,
	fillFigures,
	formatFigure,
	placeholderKeys,
} from '../../../src/sim/workshop/facilitatorFigures.ts';
import { workshopScenario } from '../../../src/sim/workshop/workshopSession.ts';

const scenario = findScenario('ict-equipment');
if (!scenario) throw new Error('ict-equipment missing');
const figures = facilitatorFigures(scenario.id);
const v = (key: string) => {
	const figure = figures[key];
	if (!figure) throw new Error(`no figure ${key}`);
	return figure.value;
};

describe('defaultWorkshopConfig', () => {
	test('is the session the facilitator form starts from: the scenario itself, at the default seed and size', () => {
		const session = defaultWorkshopSession(scenario);
		expect(workshopScenario(scenario, session)).toBe(scenario);
		expect(defaultWorkshopConfig(scenario)).toEqual({
			scenarioId: scenario.id,
			seed: FACILITATOR_DEFAULTS.seed,
			size: FACILITATOR_DEFAULTS.size,
			mode: FACILITATOR_DEFAULTS.mode,
			budgetScale: 1,
		});
	});
});

describe('facilitatorFigures', () => {
	const config = defaultWorkshopConfig(scenario);
	const references = referenceResults(config, YARDSTICK_TIERING, scenario.rounds);

	test('gives the reference policies exactly as the debrief computes them', () => {
		expect(v('sq.valueIndex')).toBeCloseTo(100, 9);
		expect(v('sq.score')).toBe(references['status-quo'].score.score);
		expect(v('needs.score')).toBe(references['needs-based'].score.score);
		expect(v('value.valueIndex')).toBe(references['value-proportional'].score.valueIndex);
		expect(v('none.horizonProfit')).toBe(references.none.score.horizonProfit);
		expect(v('uniform.mvcRetention')).toBe(references.uniform.score.mvcRetention);
	});

	test('counts churn per round so that it adds up to the customers lost', () => {
		const size = sessionFor(config).portfolio.size;
		for (const p of ['sq', 'uniform', 'value', 'needs', 'none']) {
			let sum = 0;
			for (let k = 1; k <= scenario.rounds; k++) sum += v(`${p}.churn.${k}`);
			expect(sum, p).toBeCloseTo(v(`${p}.churnTotal`), 6);
			expect(sum, p).toBeCloseTo(size - v(`${p}.customersEnd`), 6);
			expect(v(`${p}.worstChurn`)).toBe(v(`${p}.churn.${v(`${p}.worstChurnRound`)}`));
		}
	});

	test('spending stays within the budget, and within the share of it a scaled policy is held to', () => {
		expect(v('budget')).toBe(scenario.resources.budgetPerPeriod);
		for (const p of ['sq', 'uniform', 'value', 'needs', 'none']) {
			expect(v(`${p}.spend`), p).toBeLessThanOrEqual(v('budget') * (1 + 1e-9));
			expect(v(`${p}.spendShare`), p).toBeCloseTo(v(`${p}.spend`) / v('budget'), 12);
		}
		for (const percent of budgetScales)
			for (const p of ['sq', 'value', 'needs'])
				expect(v(`${p}@${percent}.spend`), `${p}@${percent}`).toBeLessThanOrEqual(
					(v('budget') * percent * (1 + 1e-9)) / 100,
				);
	});

	test('gives the scenario’s events with the parameters it plays them with', () => {
		for (const event of scenario.events) expect(v(`${event.type}.round`)).toBe(event.round);
		const cut = scenario.events.find((e) => e.type === 'budgetCut');
		if (cut?.type === 'budgetCut') expect(v('budgetCut.budget')).toBeCloseTo(v('budget') * (1 - cut.cut), 6);
		expect(v('serviceCrisis.revenueShare')).toBeGreaterThan(0);
		expect(v('serviceCrisis.revenueShare')).toBeLessThan(1);
	});

	test('computes a scenario once', () => {
		expect(facilitatorFigures(scenario.id)).toBe(figures);
		expect(() => facilitatorFigures('no-such-scenario')).toThrow(/unknown scenario/);
	});
});

describe('formatFigure and fillFigures', () => {
	test('write money compact with its currency, shares as percentages, points with one decimal', () => {
		expect(formatFigure({ value: 7_000_000, format: 'money', currency: 'CNY' }, 'zh-CN')).toBe('700万元');
		expect(formatFigure({ value: 7_000_000, format: 'money', currency: 'CNY' }, 'en')).toBe('7M CNY');
		expect(formatFigure({ value: 0.155, format: 'share' }, 'en')).toBe('16%');
		expect(formatFigure({ value: 92.36, format: 'points' }, 'zh-CN')).toBe('92.4');
		expect(formatFigure({ value: 1645.4, format: 'count' }, 'en')).toBe('1,645');
		expect(formatFigure({ value: 4.256, format: 'satisfaction' }, 'en')).toBe('4.26');
	});

	test('fill every placeholder and refuse one the figures do not have', () => {
		const text = 'score {sq.score} on {budget}';
		expect(placeholderKeys(text)).toEqual(['sq.score', 'budget']);
		expect(fillFigures(text, figures, 'en')).toBe(
			`score ${formatFigure(figures['sq.score'] as never, 'en')} on 7M CNY`,
		);
		expect(() => fillFigures('{nope}', figures, 'en')).toThrow(/no figure "nope"/);
	});
});
