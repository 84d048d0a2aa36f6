import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import notes from '../../../src/content/workshop/facilitatorNotes.json' with { type: 'json' };
import { findScenario, scenarios } from '../../../src/sim/scenarios/scenarioCatalog.ts';
import {
	FACILITATOR_DEFAULTS,
	facilitatorFigures,
	fillFigures,
	PLACEHOLDER,
	placeholderKeys,
} from '../../../src/sim/workshop/facilitatorFigures.ts';

type Notes = Record<string, { watchFor: Record<string, string[]>; questions: Record<string, string[]> }>;
const byScenario = notes as Notes;
const locales = ['zh-CN', 'en'] as const;
const sections = ['watchFor', 'questions'] as const;

/** Every line of a scenario's notes with where it is. */
function lines(id: string): { where: string; locale: string; text: string }[] {
	const n = byScenario[id];
	if (!n) return [];
	return sections.flatMap((section) =>
		locales.flatMap((locale) =>
			(n[section][locale] ?? []).map((text, k) => ({ where: `${id} ${section}[${k}] ${locale}`, locale, text })),
		),
	);
}

describe('facilitator notes: structure', () => {
	test('every scenario has notes, and the notes name no other scenario', () => {
		expect(Object.keys(byScenario).sort()).toEqual(scenarios.map((s) => s.id).sort());
	});

	test('both languages have the same number of lines, quoting the same figures', () => {
		for (const s of scenarios)
			for (const section of sections) {
				const zh = byScenario[s.id]?.[section]['zh-CN'] ?? [];
				const en = byScenario[s.id]?.[section].en ?? [];
				expect(zh.length, `${s.id} ${section}`).toBe(en.length);
				expect(zh.length, `${s.id} ${section}`).toBeGreaterThan(0);
				zh.forEach((line, k) => {
					const a = [...new Set(placeholderKeys(line))].sort();
					const b = [...new Set(placeholderKeys(en[k] ?? ''))].sort();
					expect(a, `${s.id} ${section}[${k}]`).toEqual(b);
				});
			}
	});
});

describe('facilitator notes: every figure comes from the engine', () => {
	test('no figure is typed by hand: outside its placeholders a note has no digit at all', () => {
		for (const s of scenarios)
			for (const { where, text } of lines(s.id)) {
				const bare = text.replace(PLACEHOLDER, '');
				expect(bare, where).not.toMatch(/[0-9０-９]/);
				expect(bare, where).not.toMatch(/[{}]/);
			}
	});

	// It plays every scenario's reference policies: 2 to 8 s alone, past Vitest's 5 s default on a shared machine.
	test('every placeholder is a figure the engine computes for that scenario, and fills to a finite number', {
		timeout: 60_000,
	}, () => {
		for (const s of scenarios) {
			const figures = facilitatorFigures(s.id);
			for (const { where, locale, text } of lines(s.id)) {
				for (const key of placeholderKeys(text)) {
					expect(figures[key], `${where}: {${key}}`).toBeDefined();
					expect(Number.isFinite(figures[key]?.value), `${where}: {${key}}`).toBe(true);
				}
				const filled = fillFigures(text, figures, locale);
				expect(filled, where).not.toMatch(/[{}]|NaN|Infinity/);
			}
		}
	});

	test('the notes describe the session the facilitator form starts from', () => {
		const form = readFileSync(
			new URL('../../../src/components/workshop/WorkshopFacilitatorIsland.tsx', import.meta.url),
			'utf8',
		);
		expect(form).toContain(`seed: '${FACILITATOR_DEFAULTS.seed}'`);
		expect(form).toContain(`size: ${FACILITATOR_DEFAULTS.size},`);
		expect(form).toContain(`mode: '${FACILITATOR_DEFAULTS.mode}'`);
	});
});

// What the notes say in words rather than figures, sentence by sentence: "X beats Y", "churn peaks in the price-war
// round", "more budget changes nothing". Each is checked against the engine, so a calibration that makes one false
// fails here and the sentence gets rewritten. `~` means "about the same" (within the tolerance given).
type Side = string | number;
type Claim = [Side, '>' | '<' | '=' | '~', Side, number?];

const claims: Record<string, Claim[]> = {
	'ict-equipment': [
		['needs.score', '>', 'sq.score'],
		['needs.spendShare', '<', 'sq.spendShare'],
		['sq@80.score', '<', 'sq.score'],
		['sq@80.topTierSatisfaction', '<', 'sq.topTierSatisfaction'],
		['needs@60.score', '<', 'sq.score'],
		['competitorEntry.round', '=', 2],
		['sq.churn.2', '>', 'sq.churn.1'],
		['tier.strategic.profitShare', '<', 'tier.strategic.revenueShare'],
		['tier.key.profitShare', '>', 'tier.strategic.profitShare'],
		['none.horizonProfit', '>', 'sq.horizonProfit'],
		['uniform.tierSatisfaction.strategic', '<', 'sq.tierSatisfaction.strategic'],
	],
	'industrial-automation': [
		['needs.score', '>', 'sq.score'],
		['value.score', '>', 'sq.score'],
		['needs.spend', '<', 'sq.spend'],
		['value.spend', '~', 'needs.spend', 0.005],
		['needs.horizonProfit', '>', 'sq.horizonProfit'],
		['sq.worstChurnRound', '=', 'priceWar.round'],
		['needs@80.score', '<', 'needs.score'],
		['needs.spendShare', '<', 1],
		['needs@60.score', '<', 'needs.score'],
		['needs@60.topTierSatisfaction', '<', 'needs.topTierSatisfaction'],
		['sq@60.score', '<', 'needs@60.score'],
		['none.horizonProfit', '>', 'sq.horizonProfit'],
		['uniform.valueIndex', '<', 50],
	],
	'telecom-business': [
		['competitorEntry.round', '=', 2],
		['sq.churn.2', '>', 'sq.churn.1'],
		['sq.worstChurnRound', '=', 'priceWar.round'],
		['needs.spend', '<', 'sq.spend'],
		['needs.score', '>', 'sq.score'],
		['needs@120.score', '~', 'needs.score', 0.05],
		['needs.use.kamHours', '>', 0.99],
		['needs.use.valueAdded', '>', 0.99],
		['uniform.score', '<', 'sq.score'],
		['uniform.score', '<', 'value.score'],
		['none.horizonProfit', '>', 'sq.horizonProfit'],
		['none.horizonProfit', '>', 'value.horizonProfit'],
		['none.horizonProfit', '>', 'needs.horizonProfit'],
		['none.horizonProfit', '>', 'uniform.horizonProfit'],
		['uniform.profitLast', '<', 0],
		['needs.customersEnd', '<', 'sq.customersEnd'],
		['needs.mvcRetention', '~', 'sq.mvcRetention', 1.5],
		['segment.service-first.effect.digital', '<', 'segment.service-first.effect.kamHours'],
		['segment.service-first.effect.digital', '<', 'segment.service-first.effect.visits'],
		['segment.basic-assurance.effect.digital', '>', 'segment.basic-assurance.effect.kamHours'],
	],
	'ecommerce-membership': [
		['competitorEntry.round', '=', 2],
		['sq.churn.2', '>', 'sq.churn.1'],
		['sq.spend', '<', 'budget'],
		['budgetCut.round', '=', 3],
		['needs.score', '>', 'sq.score'],
		['value.score', '>', 'sq.score'],
		['value.spend', '~', 'needs.spend', 0.005],
		['needs@120.score', '>', 'needs.score', -0.05],
		['needs@120.score', '~', 'needs.score', 3],
		['needs@80.score', '<', 'needs.score'],
		['needs@80.mvcRetention', '<', 'needs.mvcRetention'],
		['sq.mvcRetention', '<', 'sq.topTierSatisfaction'],
		['uniform.mvcRetention', '<', 'sq.mvcRetention'],
		['uniform.mvcRetention', '<', 'value.mvcRetention'],
		['needs.mvcRetention', '>', 'sq.mvcRetention'],
		['needs.mvcRetention', '>', 'value.mvcRetention'],
	],
	'retail-bank': [
		['none.horizonProfit', '>', 'sq.horizonProfit'],
		['none.valueIndex', '<', 50],
		['needs.score', '>', 'sq.score'],
		['value.score', '>', 'sq.score'],
		['needs.spend', '<', 'sq.spend'],
		['value.spend', '~', 'needs.spend', 0.005],
		['needs.use.kamHours', '>', 0.95],
		['needs@60.score', '<', 'needs.score'],
		['needs@60.topTierSatisfaction', '<', 'needs.topTierSatisfaction'],
		['tier.strategic.profitShare', '<', 'tier.strategic.revenueShare'],
		['tier.ordinary.profitShare', '>', 'tier.strategic.profitShare'],
	],
	'retail-chain': [
		['tier.strategic.profitShare', '>', 'tier.strategic.revenueShare'],
		['tier.ordinary.profitShare', '<', 0.2],
		['competitorEntry.round', '=', 2],
		['sq.churn.2', '>', 'sq.churn.1'],
		['needs.spend', '<', 'sq.spend'],
		['needs.score', '>', 'sq.score'],
		['needs.use.kamHours', '>', 'sq.use.kamHours'],
		['needs.use.kamHours', '>', 0.99],
		['needs.spendShare', '<', 0.99],
		['needs@80.score', '<', 'needs.score'],
		['needs@60.score', '<', 'needs@80.score'],
		['uniform.valueIndex', '<', 50],
	],
	'department-store': [
		['priceWar.round', '=', 2],
		['sq.profit.2', '<', 'sq.profit.1'],
		['sq.churn.2', '>', 'sq.churn.1'],
		['needs.spend', '<', 'budgetCut.budget'],
		['budgetCut.budget', '<', 'sq.spend'],
		['sq.spendShare', '>', 0.95],
		['value.score', '>', 'sq.score', 3],
		['needs.score', '>', 'sq.score', 3],
		['value.spend', '<', 'sq.spend'],
		['needs.spend', '<', 'sq.spend'],
		['needs@80.score', '<', 'needs.score'],
		['sq@80.score', '<', 'sq.score'],
	],
	'utility-market': [
		['none.satisfactionEnd', '<', 2],
		['none.mvcRetention', '>', 80],
		['none.customersEnd', '<', 'sq.customersEnd'],
		['tier.ordinary.profitShare', '<', 0],
		['belowZeroShare', '>', 0.5],
		['value.tierSatisfaction.ordinary', '<', 'needs.tierSatisfaction.ordinary'],
		['value.score', '>', 'sq.score'],
		['needs.score', '>', 'sq.score'],
		['value@80.score', '~', 'value.score', 1.5],
		['value@80.topTierSatisfaction', '<', 'value.topTierSatisfaction'],
	],
};

/** Scenarios a note calls the most or the least of all on some figure ("the highest of any scenario"). */
const superlatives: [scenario: string, key: string, which: 'max' | 'min'][] = [
	['telecom-business', 'competitorEntry.strength', 'max'],
	['ecommerce-membership', 'churnCeiling', 'max'],
	['utility-market', 'churnCeiling', 'min'],
	['department-store', 'priceWar.marginCut', 'max'],
	['utility-market', 'serviceCrisis.revenueShare', 'max'],
];

/** Scenarios whose notes say the last round has no event, and the one that says it has a single event. */
const quietLastRound = ['industrial-automation', 'retail-chain'];
const singleEvent = ['retail-bank'];

describe('facilitator notes: what they say in words holds for the engine', () => {
	const value = (id: string, side: Side) => {
		if (typeof side === 'number') return side;
		const figure = facilitatorFigures(id)[side];
		if (!figure) throw new Error(`${id}: no figure ${side}`);
		return figure.value;
	};

	for (const [id, list] of Object.entries(claims)) {
		test(id, () => {
			for (const [left, op, right, margin] of list) {
				const a = value(id, left);
				const b = value(id, right);
				const what = `${id}: ${left} ${op} ${right} (${a} vs ${b})`;
				// In `>` and `<` an optional margin says "clearly": by at least that much.
				if (op === '>') expect(a - b, what).toBeGreaterThan(margin ?? 0);
				else if (op === '<') expect(b - a, what).toBeGreaterThan(margin ?? 0);
				else if (op === '=') expect(a, what).toBe(b);
				else expect(Math.abs(a - b), what).toBeLessThanOrEqual(margin ?? 0);
			}
		});
	}

	test('the superlatives across scenarios', () => {
		for (const [id, key, which] of superlatives) {
			const own = value(id, key);
			for (const s of scenarios) {
				if (s.id === id) continue;
				const other = facilitatorFigures(s.id)[key]?.value;
				if (other === undefined) continue;
				if (which === 'max') expect(own, `${id} ${key} vs ${s.id}`).toBeGreaterThan(other);
				else expect(own, `${id} ${key} vs ${s.id}`).toBeLessThan(other);
			}
		}
	});

	test('the quiet rounds and single events the notes mention', () => {
		for (const id of quietLastRound) {
			const s = findScenario(id);
			expect(
				s?.events.some((e) => e.round === s.rounds),
				id,
			).toBe(false);
		}
		for (const id of singleEvent) expect(findScenario(id)?.events.length, id).toBe(1);
		expect(findScenario('department-store')?.resources.ironTriangle.teams).toBe(0);
	});

	test('in every scenario the competent reference policies beat the status quo, and no service earns the most profit', () => {
		for (const s of scenarios) {
			const f = facilitatorFigures(s.id);
			const v = (key: string) => f[key]?.value ?? Number.NaN;
			expect(v('needs.score'), s.id).toBeGreaterThan(v('sq.score'));
			expect(v('value.score'), s.id).toBeGreaterThan(v('sq.score'));
			for (const p of ['sq', 'uniform', 'value', 'needs'])
				expect(v('none.horizonProfit'), `${s.id} ${p}`).toBeGreaterThan(v(`${p}.horizonProfit`));
		}
	});
});
