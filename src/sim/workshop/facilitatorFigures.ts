/**
 * The figures the workshop's facilitator notes quote, computed with the engine for the session a facilitator gets by
 * default (seed, size and mode of the set-up form, the scenario's own rounds and events) and with the reference
 * policies exactly as the debrief dashboard plays them (on the strategic / key / ordinary tiering, scored against the
 * status-quo yardstick). The notes carry `{key}` placeholders that `fillFigures` replaces at build time, so no figure
 * in them is typed by hand and none can drift when the engine or a scenario file changes.
 *
 * Keys (`<p>` is one of sq, uniform, value, needs, none; `<tier>` a tier id; `<k>` a round, 1-based):
 * - scenario: `rounds`, `budget`, `churnCeiling`, `churnMidpoint`, `belowZero`, `belowZeroShare`,
 *   `tier.<tier>.count|revenueShare|profitShare`, `segment.<id>.share|needFactor`, `segment.<id>.effect.<channel>`,
 *   `statusQuo.<size>.partner|digital`;
 * - events (only those the scenario has): `<type>.round`, `competitorEntry.strength`, `downturn.walletCut|revenueCut`,
 *   `priceWar.marginCut|strength`, `serviceCrisis.accounts|satisfactionDrop|revenueShare|medianCustomers`,
 *   `budgetCut.cut|budget`;
 * - each reference policy: `<p>.score|valueIndex|horizonProfit|residualClv|topTierSatisfaction|mvcSatisfaction|
 *   mvcRetention|customersEnd|satisfactionEnd|spend|spendShare|profitLast|churnTotal|worstChurnRound|worstChurn`,
 *   `<p>.use.<resource>`, `<p>.churn.<k>`, `<p>.profit.<k>`, `<p>.tierSatisfaction.<tier>`;
 * - the same policies held to a share of the budget (`budgetScales`): `<p>@<percent>.score|valueIndex|horizonProfit|
 *   residualClv|topTierSatisfaction|mvcSatisfaction|mvcRetention|spend|spendShare` for p in sq, value, needs, and
 *   `budgetScale.<percent>`.
 */
import {
	applyTiering,
	type ExerciseConfig,
	referenceResults,
	sessionFor,
	statusQuoValue,
	YARDSTICK_TIERING,
} from '../exercise/exerciseSteps.ts';
import { playRounds, type RoundOutcome } from '../exercise/playRounds.ts';
import { type ExerciseScore, scoreExercise } from '../exercise/scoreExercise.ts';
import { type ReferencePolicy, referenceDecisions } from '../policies/referenceAllocations.ts';
import { findScenario } from '../scenarios/scenarioCatalog.ts';
import { registerScenarios } from '../scenarios/scenarioRegistry.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { defaultSchedule } from './scenarioOutline.ts';
import { type WorkshopSession, workshopExerciseConfig, workshopScenario } from './workshopSession.ts';

/** The facilitator form's defaults (see `draftFrom` in WorkshopFacilitatorIsland.tsx): what the notes describe. */
export const FACILITATOR_DEFAULTS = { seed: 42, size: 2000, mode: 'expected' } as const;

/** The budget shares the notes compare with the whole budget, in percent (the key suffix `@80`). */
export const budgetScales = [60, 80, 120] as const;

/**
 * How a figure is written: a count, a round number, a share as a percentage, an amount of money (compact, with the
 * scenario's currency), points of a score or an index (one decimal), a satisfaction (1–5) or a plain factor.
 */
export type FigureFormat = 'count' | 'round' | 'share' | 'money' | 'points' | 'satisfaction' | 'factor';

export interface Figure {
	value: number;
	format: FigureFormat;
	/** For money: the scenario's currency. */
	currency?: Scenario['currency'];
}

export type FacilitatorFigures = Record<string, Figure>;

/** The short names of the reference policies in the keys. */
export const policyKeys: Record<ReferencePolicy, string> = {
	'status-quo': 'sq',
	uniform: 'uniform',
	'value-proportional': 'value',
	'needs-based': 'needs',
	none: 'none',
};

/** The workshop session a facilitator gets for a scenario by leaving the form at its defaults. */
export function defaultWorkshopSession(base: Scenario): WorkshopSession {
	return {
		scenario: base.id,
		seed: FACILITATOR_DEFAULTS.seed,
		size: FACILITATOR_DEFAULTS.size,
		rounds: base.rounds,
		mode: FACILITATOR_DEFAULTS.mode,
		events: defaultSchedule(base),
		teams: ['A'],
		minutesPerRound: 15,
	};
}

/** The exercise configuration the debrief uses for a scenario's default session. */
export function defaultWorkshopConfig(base: Scenario): ExerciseConfig {
	const session = defaultWorkshopSession(base);
	const scenario = workshopScenario(base, session);
	if (scenario !== base) registerScenarios([scenario]);
	return workshopExerciseConfig(session, scenario);
}

const cache = new Map<string, FacilitatorFigures>();

/** Every figure the notes of a scenario may quote, computed once per scenario (a few tenths of a second). */
export function facilitatorFigures(scenarioId: string): FacilitatorFigures {
	const cached = cache.get(scenarioId);
	if (cached) return cached;
	const base = findScenario(scenarioId);
	if (!base) throw new Error(`facilitatorFigures: unknown scenario "${scenarioId}"`);
	const figures = computeFigures(base);
	cache.set(scenarioId, figures);
	return figures;
}

type Put = (key: string, value: number, format: FigureFormat) => void;

function computeFigures(base: Scenario): FacilitatorFigures {
	const config = defaultWorkshopConfig(base);
	const session = sessionFor(config);
	const { scenario } = session;
	const out: FacilitatorFigures = {};
	const put: Put = (key, value, format) => {
		out[key] = format === 'money' ? { value, format, currency: scenario.currency } : { value, format };
	};
	putScenario(put, config);
	putEvents(put, config);

	// The reference policies as the debrief shows them.
	const { tiering } = applyTiering(config, YARDSTICK_TIERING);
	const budget = scenario.resources.budgetPerPeriod;
	const references = referenceResults(config, YARDSTICK_TIERING, scenario.rounds);
	for (const policy of Object.keys(references) as ReferencePolicy[]) {
		const results = references[policy];
		const p = policyKeys[policy];
		putScore(put, p, results.score);
		putSpend(put, p, results.rounds, budget);
		const last = results.rounds.at(-1)?.periods.at(-1);
		if (!last) throw new Error(`facilitatorFigures: ${base.id} played no period`);
		put(`${p}.customersEnd`, last.total.customers, 'count');
		put(`${p}.satisfactionEnd`, last.total.satisfaction, 'satisfaction');
		tiering.tierIds.forEach((id, t) => {
			put(`${p}.tierSatisfaction.${id}`, last.tiers[t]?.satisfaction ?? 0, 'satisfaction');
		});
		for (const usage of results.rounds[0]?.usage ?? [])
			if (usage.limit > 0) put(`${p}.use.${usage.resource}`, usage.used / usage.limit, 'share');
		let worst = 0;
		let worstChurn = Number.NEGATIVE_INFINITY;
		let churnTotal = 0;
		let profit = 0;
		results.rounds.forEach((round, k) => {
			let churned = 0;
			profit = 0;
			for (const period of round.periods) {
				churned += period.total.churned;
				profit += period.total.profit;
			}
			churnTotal += churned;
			put(`${p}.churn.${k + 1}`, churned, 'count');
			put(`${p}.profit.${k + 1}`, profit, 'money');
			if (churned > worstChurn) {
				worst = k;
				worstChurn = churned;
			}
		});
		put(`${p}.profitLast`, profit, 'money');
		put(`${p}.churnTotal`, churnTotal, 'count');
		put(`${p}.worstChurnRound`, worst + 1, 'round');
		put(`${p}.worstChurn`, worstChurn, 'count');
	}

	// The same policies held to part of the budget (or given more of it). The budget scale changes nothing in a play
	// but the limits, so below 100 % this is what a team spending that share of the session's budget gets.
	const yardstick = statusQuoValue(config, scenario.rounds);
	for (const percent of budgetScales) {
		put(`budgetScale.${percent}`, percent / 100, 'share');
		for (const policy of ['status-quo', 'value-proportional', 'needs-based'] as const) {
			const decisions = referenceDecisions(policy, session, tiering, percent / 100).slice(0, scenario.rounds);
			const played = playRounds(session, tiering, decisions, config.mode, (config.budgetScale * percent) / 100);
			const p = `${policyKeys[policy]}@${percent}`;
			putScore(put, p, scoreExercise(session, played, yardstick));
			putSpend(put, p, played.rounds, budget);
		}
	}
	return out;
}

/** The scenario's parameters and its portfolio under the yardstick tiering. */
function putScenario(put: Put, config: ExerciseConfig): void {
	const session = sessionFor(config);
	const { scenario, portfolio, economics } = session;
	const { summary } = applyTiering(config, YARDSTICK_TIERING);
	put('rounds', scenario.rounds, 'count');
	put('budget', scenario.resources.budgetPerPeriod, 'money');
	put('churnCeiling', scenario.churn.ceiling, 'share');
	put('churnMidpoint', scenario.churn.midpoint, 'satisfaction');
	const belowZero = economics.profit.filter((p) => p < 0).length;
	put('belowZero', belowZero, 'count');
	put('belowZeroShare', belowZero / portfolio.size, 'share');
	for (const tier of summary) {
		put(`tier.${tier.tierId}.count`, tier.count, 'count');
		put(`tier.${tier.tierId}.revenueShare`, tier.revenueShare, 'share');
		put(`tier.${tier.tierId}.profitShare`, tier.profitShare, 'share');
	}
	for (const segment of scenario.portfolio.segments) {
		put(`segment.${segment.id}.share`, segment.share, 'share');
		put(`segment.${segment.id}.needFactor`, segment.needFactor, 'factor');
		for (const [channel, effect] of Object.entries(segment.effectiveness))
			put(`segment.${segment.id}.effect.${channel}`, effect, 'factor');
	}
	for (const size of ['large', 'medium', 'small', 'micro'] as const) {
		put(`statusQuo.${size}.partner`, scenario.statusQuo[size].partner, 'share');
		put(`statusQuo.${size}.digital`, scenario.statusQuo[size].digital, 'share');
	}
}

/** The session's events, with the parameters it plays them with. */
function putEvents(put: Put, config: ExerciseConfig): void {
	const { scenario, portfolio } = sessionFor(config);
	const budget = scenario.resources.budgetPerPeriod;
	let scale = 1;
	for (const event of scenario.events) {
		put(`${event.type}.round`, event.round, 'round');
		if (event.type === 'competitorEntry') put('competitorEntry.strength', event.strength, 'factor');
		else if (event.type === 'downturn') {
			// Customers cut their spend with us by half as much as their wallets shrink (see `playRounds`).
			put('downturn.walletCut', event.walletCut, 'share');
			put('downturn.revenueCut', event.walletCut / 2, 'share');
		} else if (event.type === 'priceWar') {
			put('priceWar.marginCut', event.marginCut, 'share');
			put('priceWar.strength', event.strength, 'factor');
		} else if (event.type === 'serviceCrisis') {
			// The accounts a crisis hits are the largest still active; at the start, the largest of all.
			const sorted = Float64Array.from(portfolio.revenue).sort();
			const total = sorted.reduce((a, b) => a + b, 0);
			const median = ((sorted[(sorted.length - 1) >> 1] as number) + (sorted[sorted.length >> 1] as number)) / 2;
			const hit = sorted.subarray(sorted.length - event.accounts).reduce((a, b) => a + b, 0);
			put('serviceCrisis.accounts', event.accounts, 'count');
			put('serviceCrisis.satisfactionDrop', event.satisfactionDrop, 'satisfaction');
			put('serviceCrisis.revenueShare', hit / total, 'share');
			put('serviceCrisis.medianCustomers', hit / median, 'count');
		} else if (event.type === 'budgetCut') {
			scale *= 1 - event.cut;
			put('budgetCut.cut', event.cut, 'share');
			put('budgetCut.budget', budget * scale, 'money');
		}
	}
}

function putScore(put: Put, p: string, score: ExerciseScore): void {
	put(`${p}.score`, score.score, 'points');
	put(`${p}.valueIndex`, score.valueIndex, 'points');
	put(`${p}.horizonProfit`, score.horizonProfit, 'money');
	put(`${p}.residualClv`, score.residualClv, 'money');
	put(`${p}.topTierSatisfaction`, score.topTierSatisfaction, 'points');
	put(`${p}.mvcSatisfaction`, score.mvcSatisfaction, 'satisfaction');
	put(`${p}.mvcRetention`, score.mvcRetention, 'points');
}

/** Budget used per period in round 1 (before any budget cut), and as a share of the scenario's budget. */
function putSpend(put: Put, p: string, rounds: readonly RoundOutcome[], budget: number): void {
	const spend = rounds[0]?.usage.find((u) => u.resource === 'budget')?.used ?? 0;
	put(`${p}.spend`, spend, 'money');
	put(`${p}.spendShare`, spend / budget, 'share');
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, format: FigureFormat): Intl.NumberFormat {
	const key = `${locale}|${format}`;
	let f = formatters.get(key);
	if (!f) {
		const options: Intl.NumberFormatOptions =
			format === 'share'
				? { style: 'percent', maximumFractionDigits: 0 }
				: format === 'money'
					? { notation: 'compact', maximumSignificantDigits: 3 }
					: format === 'points'
						? { minimumFractionDigits: 1, maximumFractionDigits: 1 }
						: format === 'satisfaction' || format === 'factor'
							? { maximumFractionDigits: 2 }
							: format === 'round'
								? { maximumFractionDigits: 0, useGrouping: false }
								: { maximumFractionDigits: 0 };
		f = new Intl.NumberFormat(locale, options);
		formatters.set(key, f);
	}
	return f;
}

const currencyNames: Record<string, Record<Scenario['currency'], string>> = {
	'zh-CN': { CNY: '元', USD: '美元' },
	en: { CNY: ' CNY', USD: ' USD' },
};

/** A figure as the notes write it in `locale` ('zh-CN' or 'en'): money compact with its currency (“700万元”, “7M CNY”). */
export function formatFigure(figure: Figure, locale: string): string {
	const text = numberFormat(locale, figure.format).format(figure.value);
	if (figure.format !== 'money') return text;
	return `${text}${currencyNames[locale]?.[figure.currency ?? 'CNY'] ?? ''}`;
}

/** A placeholder in a note: `{key}`. */
export const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** The keys a note's text refers to, in order. */
export function placeholderKeys(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** A note's text with every placeholder replaced by its figure; throws naming a key the figures do not have. */
export function fillFigures(text: string, figures: FacilitatorFigures, locale: string): string {
	return text.replace(PLACEHOLDER, (_, key: string) => {
		const figure = figures[key];
		if (!figure) throw new Error(`facilitatorFigures: no figure "${key}"`);
		return formatFigure(figure, locale);
	});
}
