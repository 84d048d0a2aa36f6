/**
 * The worked examples of the eight lectures, computed with the engine's own functions while the pages are built, so
 * every figure a lecture walks through is what the current model gives for the stated scenario and seed. Each example
 * returns a small table: row and column ids (the page names them in its own language) and numeric cells with the way
 * they are to be formatted. Nothing here is typed by hand but the scenario, the seed and the levers being compared.
 */
import { simpleClv } from '../sim/analytics/customerLifetimeValue.ts';
import { CLOSING_TABLE_OPTIONS, type ClosingScenario, closingScenario } from '../sim/exercise/closingTable.ts';
import { createSession, type Session } from '../sim/exercise/createSession.ts';
import { explainScore } from '../sim/exercise/explainFigures.ts';
import { type PlayedRounds, playRounds } from '../sim/exercise/playRounds.ts';
import { policyValue, scoreExercise } from '../sim/exercise/scoreExercise.ts';
import { servicePlan } from '../sim/model/servicePlan.ts';
import { annualChurn, serviceUtility, targetSatisfaction } from '../sim/model/serviceResponse.ts';
import { statusQuoAllocation, type TierAllocation } from '../sim/model/tierAllocation.ts';
import { type ReferencePolicy, referenceDecisions } from '../sim/policies/referenceAllocations.ts';
import { portfolioFacts } from '../sim/portfolio/portfolioFacts.ts';
import { findScenario } from '../sim/scenarios/scenarioCatalog.ts';
import { summariseTiers } from '../sim/tiering/summariseTiers.ts';
import type { Tiering } from '../sim/tiering/tiering.ts';
import { tieringSpecSchema } from '../sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../sim/tiering/tierPortfolio.ts';

/** How a cell is shown: a share as a percentage, a count, an amount of money, or a plain decimal (satisfaction). */
export type CellFormat = 'percent' | 'count' | 'money' | 'decimal' | 'signedPercent';

export interface ExampleCell {
	value: number;
	format: CellFormat;
}

/** One worked example: where its numbers come from and the table the page shows. */
export interface ExampleTable {
	scenarioId: string;
	seed: number;
	rounds: number;
	columns: string[];
	rows: { id: string; cells: Record<string, ExampleCell | undefined> }[];
}

/** The seed every worked example uses: the labs' default, so a learner can reproduce each figure in the lab. */
export const EXAMPLE_SEED = 42;
/** Rounds a policy is played for in the examples: the length of a lab exercise. */
export const EXAMPLE_ROUNDS = 4;

const sessions = new Map<string, Session>();

/** The session of a scenario at the example seed and its default size, generated once per build. */
export function exampleSession(scenarioId: string, seed = EXAMPLE_SEED): Session {
	const key = `${scenarioId}|${seed}`;
	let session = sessions.get(key);
	if (!session) {
		const scenario = findScenario(scenarioId);
		if (!scenario) throw new Error(`workedExamples: unknown scenario "${scenarioId}"`);
		session = createSession(scenario, seed);
		sessions.set(key, session);
	}
	return session;
}

/** The strategic / key / ordinary tiering with its default cut-offs: the tiers the lectures talk about. */
export function strategicKeyOrdinary(session: Session): Tiering {
	return tierPortfolio(tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), session.attributes);
}

const pct = (value: number): ExampleCell => ({ value, format: 'percent' });
const count = (value: number): ExampleCell => ({ value, format: 'count' });
const money = (value: number): ExampleCell => ({ value, format: 'money' });
const decimal = (value: number): ExampleCell => ({ value, format: 'decimal' });

/** Sums one tier's (or, with `tier` undefined, the portfolio's) metric over every period played. */
export function sumOverPeriods(
	played: PlayedRounds,
	metric: 'revenue' | 'costToServe' | 'profit',
	tier?: number,
): number {
	let sum = 0;
	for (const round of played.rounds)
		for (const period of round.periods) sum += (tier === undefined ? period.total : period.tiers[tier])?.[metric] ?? 0;
	return sum;
}

/** A tier's (or the portfolio's) metrics at the end of the last period played. */
function lastMetrics(played: PlayedRounds, tier?: number) {
	const last = played.rounds.at(-1)?.periods.at(-1);
	const metrics = tier === undefined ? last?.total : last?.tiers[tier];
	if (!metrics) throw new Error('workedExamples: no period was played');
	return metrics;
}

/**
 * Lecture 1: the 80/20 rule and the whale curve of a portfolio — how many customers, how many of them lose money,
 * and the shares of revenue and profit of the top 20%, the middle 70% and the bottom 10%.
 */
export function portfolioExample(scenarioId = 'ict-equipment', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const facts = portfolioFacts(session.portfolio.revenue, session.economics.profit);
	let belowZero = 0;
	for (const p of session.economics.profit) if (p < 0) belowZero += 1;
	const value = (cell: ExampleCell) => ({ value: cell });
	return {
		scenarioId,
		seed,
		rounds: 0,
		columns: ['value'],
		rows: [
			{ id: 'customers', cells: value(count(session.portfolio.size)) },
			{ id: 'top20RevenueShare', cells: value(pct(facts.top20RevenueShare)) },
			{ id: 'top20ProfitShare', cells: value(pct(facts.top20ProfitShare)) },
			{ id: 'middle70ProfitShare', cells: value(pct(facts.middle70ProfitShare)) },
			{ id: 'bottom10ProfitShare', cells: value(pct(facts.bottom10ProfitShare)) },
			{ id: 'belowZeroCustomers', cells: value(count(belowZero)) },
			{ id: 'belowZeroShare', cells: value(pct(facts.belowZeroShare)) },
		],
	};
}

/**
 * Lecture 2: the same portfolio tiered twice — ABC by revenue (cut-offs 80% / 95%) and value × potential (top 30%
 * by profit and by potential) — with each tier's size and its shares of customers, revenue and profit.
 */
export function tieringExample(scenarioId = 'ict-equipment', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const n = session.portfolio.size;
	const rows: ExampleTable['rows'] = [];
	for (const method of ['abc', 'valuePotential'] as const) {
		const tiering = tierPortfolio(tieringSpecSchema.parse({ method }), session.attributes);
		for (const tier of summariseTiers(tiering, session.attributes)) {
			rows.push({
				id: `${method}.${tier.tierId}`,
				cells: {
					customers: count(tier.count),
					customerShare: pct(tier.count / n),
					revenueShare: pct(tier.revenueShare),
					profitShare: pct(tier.profitShare),
				},
			});
		}
	}
	return { scenarioId, seed, rounds: 0, columns: ['customers', 'customerShare', 'revenueShare', 'profitShare'], rows };
}

/**
 * Lecture 3: annual churn, retention and simple CLV of one customer at satisfaction 3, 4 and 5, with the margin of the
 * portfolio's average profitable customer; then, from satisfaction 4, what one more point of retention and 1% more
 * margin each add to that CLV — the retention lever is the stronger (Gupta, Lehmann & Stuart 2004).
 */
export function retentionExample(scenarioId = 'ict-equipment', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const { churn, scoring } = session.scenario;
	let margin = 0;
	let profitable = 0;
	for (const p of session.economics.profit) {
		if (p <= 0) continue;
		margin += p;
		profitable += 1;
	}
	margin /= profitable;
	const d = scoring.discountRate;
	const at = (s: number) => {
		const c = annualChurn(s, churn);
		return { churn: c, retention: 1 - c, clv: simpleClv(margin, 1 - c, d) };
	};
	const base = at(4);
	const rows: ExampleTable['rows'] = [3, 4, 5].map((s) => {
		const x = at(s);
		return {
			id: `s${s}`,
			cells: {
				margin: money(margin),
				churn: pct(x.churn),
				retention: pct(x.retention),
				clv: money(x.clv),
				change: s === 4 ? undefined : { value: x.clv / base.clv - 1, format: 'signedPercent' },
			},
		};
	});
	const retentionUp = simpleClv(margin, base.retention + 0.01, d);
	const marginUp = simpleClv(margin * 1.01, base.retention, d);
	rows.push({
		id: 'retentionPlusPoint',
		cells: {
			margin: money(margin),
			churn: pct(base.churn - 0.01),
			retention: pct(base.retention + 0.01),
			clv: money(retentionUp),
			change: { value: retentionUp / base.clv - 1, format: 'signedPercent' },
		},
	});
	rows.push({
		id: 'marginPlusPercent',
		cells: {
			margin: money(margin * 1.01),
			churn: pct(base.churn),
			retention: pct(base.retention),
			clv: money(marginUp),
			change: { value: marginUp / base.clv - 1, format: 'signedPercent' },
		},
	});
	return { scenarioId, seed, rounds: 0, columns: ['margin', 'churn', 'retention', 'clv', 'change'], rows };
}

/** Plays a reference policy for the example's rounds on a tiering. */
export function playPolicy(session: Session, tiering: Tiering, policy: ReferencePolicy): PlayedRounds {
	return playRounds(session, tiering, referenceDecisions(policy, session, tiering).slice(0, EXAMPLE_ROUNDS));
}

/**
 * Lecture 4: cost to serve and profit of each strategic / key / ordinary tier over four rounds, under today's service
 * (status quo) and under the needs-based policy that shares the same budget by mean service need.
 */
export function serviceCostExample(scenarioId = 'ict-equipment', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const tiering = strategicKeyOrdinary(session);
	const statusQuo = playPolicy(session, tiering, 'status-quo');
	const needs = playPolicy(session, tiering, 'needs-based');
	const row = (id: string, tier?: number) => ({
		id,
		cells: {
			statusQuoCost: money(sumOverPeriods(statusQuo, 'costToServe', tier)),
			needsCost: money(sumOverPeriods(needs, 'costToServe', tier)),
			statusQuoProfit: money(sumOverPeriods(statusQuo, 'profit', tier)),
			needsProfit: money(sumOverPeriods(needs, 'profit', tier)),
			statusQuoSatisfaction: decimal(lastMetrics(statusQuo, tier).satisfaction),
			needsSatisfaction: decimal(lastMetrics(needs, tier).satisfaction),
		},
	});
	return {
		scenarioId,
		seed,
		rounds: EXAMPLE_ROUNDS,
		columns: [
			'statusQuoCost',
			'needsCost',
			'statusQuoProfit',
			'needsProfit',
			'statusQuoSatisfaction',
			'needsSatisfaction',
		],
		rows: [...tiering.tierIds.map((id, t) => row(id, t)), row('total')],
	};
}

/** How far the channel example moves ordinary customers: half their assisted contacts go, self-service rises by 30 points. */
export const CHANNEL_SHIFT = { assistedKept: 0.5, digitalAdded: 0.3 } as const;

/**
 * Lecture 5: the ordinary tier moved from assisted contacts to digital self-service (half the assisted contacts
 * dropped, 30 percentage points more of the need offered digitally), everything else as today: the ordinary tier's
 * cost to serve, satisfaction, customers kept and profit over four rounds, before and after.
 */
export function channelExample(scenarioId = 'industrial-automation', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const tiering = strategicKeyOrdinary(session);
	const ordinary = tiering.tierIds.indexOf('ordinary');
	const today = referenceDecisions('status-quo', session, tiering).slice(0, EXAMPLE_ROUNDS);
	const shifted = today.map((round) =>
		round.map(
			(a, t): TierAllocation =>
				t === ordinary
					? {
							...a,
							assisted: a.assisted * CHANNEL_SHIFT.assistedKept,
							digital: Math.min(1, a.digital + CHANNEL_SHIFT.digitalAdded),
						}
					: a,
		),
	);
	let start = 0;
	for (const t of tiering.tierOf) if (t === ordinary) start += 1;
	const row = (id: string, played: PlayedRounds) => ({
		id,
		cells: {
			costToServe: money(sumOverPeriods(played, 'costToServe', ordinary)),
			satisfaction: decimal(lastMetrics(played, ordinary).satisfaction),
			retained: pct(lastMetrics(played, ordinary).customers / start),
			profit: money(sumOverPeriods(played, 'profit', ordinary)),
			value: money(policyValue(played).value),
		},
	});
	return {
		scenarioId,
		seed,
		rounds: EXAMPLE_ROUNDS,
		columns: ['costToServe', 'satisfaction', 'retained', 'profit', 'value'],
		rows: [row('assisted', playRounds(session, tiering, today)), row('digital', playRounds(session, tiering, shifted))],
	};
}

/**
 * Lecture 6: the strategic tier with no iron-triangle team, with the teams it has today, and with every team the
 * scenario has: accounts covered, the tier's satisfaction at the end, the share of its customers kept, its profit
 * over four rounds and the value of the whole policy (horizon profit plus residual CLV).
 */
export function ironTriangleExample(scenarioId = 'ict-equipment', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const tiering = strategicKeyOrdinary(session);
	const strategic = tiering.tierIds.indexOf('strategic');
	const today = referenceDecisions('status-quo', session, tiering).slice(0, EXAMPLE_ROUNDS);
	const { teams: available, accountsPerTeam } = session.scenario.resources.ironTriangle;
	let start = 0;
	for (const t of tiering.tierOf) if (t === strategic) start += 1;
	const todayTeams = today[0]?.[strategic]?.ironTriangleTeams ?? 0;
	const variants = [
		{ id: 'none', teams: 0 },
		{ id: 'today', teams: todayTeams },
		{ id: 'all', teams: available },
	].filter((v, k, all) => all.findIndex((w) => w.teams === v.teams) === k);
	const rows = variants.map(({ id, teams }) => {
		const decisions = today.map((round) =>
			round.map((a, t) => ({
				...a,
				ironTriangleTeams: t === strategic ? teams : t < strategic ? a.ironTriangleTeams : 0,
			})),
		);
		const played = playRounds(session, tiering, decisions);
		return {
			id,
			cells: {
				teams: count(teams),
				accounts: count(Math.min(start, teams * accountsPerTeam)),
				satisfaction: decimal(lastMetrics(played, strategic).satisfaction),
				retained: pct(lastMetrics(played, strategic).customers / start),
				profit: money(sumOverPeriods(played, 'profit', strategic)),
				value: money(policyValue(played).value),
			},
		};
	});
	return {
		scenarioId,
		seed,
		rounds: EXAMPLE_ROUNDS,
		columns: ['teams', 'accounts', 'satisfaction', 'retained', 'profit', 'value'],
		rows,
	};
}

/** Coverage levels of the response example: shortfalls and surpluses of the same sizes around a need met exactly. */
export const RESPONSE_COVERAGES = [0.5, 0.75, 1, 1.25, 1.5] as const;

/**
 * Lecture 7: the satisfaction response for one customer — the standard-need ordinary customer of median revenue, with the personal
 * attention it gets today — at its coverage today and at coverages from half to one and a half times its need: u(c),
 * the satisfaction it drifts towards, and the gain or loss against a need met exactly. Shortfalls weigh double.
 */
export function responseExample(
	scenarioId = 'ict-equipment',
	seed = EXAMPLE_SEED,
): ExampleTable & { customer: number; attention: number } {
	const session = exampleSession(scenarioId, seed);
	const tiering = strategicKeyOrdinary(session);
	const ordinary = tiering.tierIds.indexOf('ordinary');
	// Lecture 7 groups customers as standard, technical and strategic: the example is a standard one.
	const standard = Math.max(
		0,
		session.scenario.portfolio.segments.findIndex((segment) => segment.id === 'standard'),
	);
	const members: number[] = [];
	for (let i = 0; i < session.portfolio.size; i++)
		if (tiering.tierOf[i] === ordinary && session.portfolio.segment[i] === standard) members.push(i);
	const revenue = session.portfolio.revenue;
	members.sort((a, b) => (revenue[a] as number) - (revenue[b] as number) || a - b);
	const customer = members[members.length >> 1] as number;
	const plan = servicePlan(
		session.portfolio,
		session.scenario,
		statusQuoAllocation(session.portfolio, session.scenario),
	);
	const attention = plan.attention[customer] as number;
	const met = targetSatisfaction(1, attention);
	const row = (id: string, c: number) => ({
		id,
		cells: {
			coverage: pct(c),
			utility: decimal(serviceUtility(c)),
			target: decimal(targetSatisfaction(c, attention)),
			change: decimal(targetSatisfaction(c, attention) - met),
		},
	});
	return {
		scenarioId,
		seed,
		rounds: 0,
		customer,
		attention,
		columns: ['coverage', 'utility', 'target', 'change'],
		rows: [
			row('today', plan.coverage[customer] as number),
			...RESPONSE_COVERAGES.map((c) => row(`c${Math.round(c * 100)}`, c)),
		],
	};
}

/**
 * Lecture 8: the scenario's score weights and how the status-quo and the needs-based policy score over four rounds on
 * the strategic / key / ordinary tiering: each part's figure, its weight and what it adds, then the total.
 */
export function scoreExample(scenarioId = 'ict-equipment', seed = EXAMPLE_SEED): ExampleTable {
	const session = exampleSession(scenarioId, seed);
	const tiering = strategicKeyOrdinary(session);
	const statusQuo = playPolicy(session, tiering, 'status-quo');
	const yardstick = policyValue(statusQuo).value;
	const weights = session.scenario.scoring;
	const explain = (policy: ReferencePolicy) =>
		explainScore(
			scoreExercise(session, policy === 'status-quo' ? statusQuo : playPolicy(session, tiering, policy), yardstick),
			weights,
		);
	const sq = explain('status-quo');
	const nb = explain('needs-based');
	const rows: ExampleTable['rows'] = sq.parts.map((part, k) => ({
		id: part.part,
		cells: {
			weight: pct(part.weight),
			statusQuoFigure: decimal(part.figure),
			statusQuoPoints: decimal(part.contribution),
			needsFigure: decimal(nb.parts[k]?.figure ?? 0),
			needsPoints: decimal(nb.parts[k]?.contribution ?? 0),
		},
	}));
	rows.push({
		id: 'score',
		cells: {
			weight: pct(weights.value + weights.topTierSatisfaction + weights.mvcRetention),
			statusQuoPoints: decimal(sq.total),
			needsPoints: decimal(nb.total),
		},
	});
	return {
		scenarioId,
		seed,
		rounds: EXAMPLE_ROUNDS,
		columns: ['weight', 'statusQuoFigure', 'statusQuoPoints', 'needsFigure', 'needsPoints'],
		rows,
	};
}

const closings = new Map<string, ClosingScenario>();

/**
 * One scenario of the closing table (`closingTable` in the engine) at the settings the pages quote, computed once per
 * build: the model page shows every scenario, lecture 4 quotes ICT, both from here.
 */
export function closingOf(scenarioId: string): ClosingScenario {
	let closing = closings.get(scenarioId);
	if (!closing) {
		closing = closingScenario(scenarioId, CLOSING_TABLE_OPTIONS);
		closings.set(scenarioId, closing);
	}
	return closing;
}

/**
 * Lecture 4 and the model page: the best decisions the optimiser finds for a scenario beside the reference policies —
 * the share of the budget used (mean over the rounds, and the last round), value and score. Row `best` repeats the
 * reference policy with the highest score.
 */
export function closingExample(scenarioId = 'ict-equipment'): ExampleTable {
	const closing = closingOf(scenarioId);
	const cells = (r: ClosingScenario['rows'][number]) => ({
		budgetMean: pct(r.budgetShare.reduce((a, b) => a + b, 0) / r.budgetShare.length),
		budgetLast: pct(r.budgetShare.at(-1) ?? 0),
		value: money(r.value),
		score: decimal(r.score),
	});
	const best = closing.rows.find((r) => r.policy === closing.bestReference);
	if (!best) throw new Error(`workedExamples: closing table of ${scenarioId} has no row ${closing.bestReference}`);
	return {
		scenarioId,
		seed: CLOSING_TABLE_OPTIONS.seed,
		rounds: best.budgetShare.length,
		columns: ['budgetMean', 'budgetLast', 'value', 'score'],
		rows: [...closing.rows.map((r) => ({ id: r.policy, cells: cells(r) })), { id: 'best', cells: cells(best) }],
	};
}

/** Every worked example by the name a page passes to the component. */
export const workedExamples = {
	portfolio: portfolioExample,
	tiering: tieringExample,
	retention: retentionExample,
	serviceCost: serviceCostExample,
	channel: channelExample,
	ironTriangle: ironTriangleExample,
	response: responseExample,
	score: scoreExample,
	closing: closingExample,
} as const;
export type WorkedExampleId = keyof typeof workedExamples;

const cache = new Map<WorkedExampleId, ExampleTable>();

/** A worked example's table at its scenario and the example seed, computed once per build for both languages. */
export function workedExample(id: WorkedExampleId): ExampleTable {
	let table = cache.get(id);
	if (!table) {
		table = workedExamples[id]();
		cache.set(id, table);
	}
	return table;
}

/** One cell of a worked example, for a figure quoted in the prose; throws when the row or column does not exist. */
export function exampleCell(id: WorkedExampleId, row: string, column: string): ExampleCell {
	const cell = workedExample(id).rows.find((r) => r.id === row)?.cells[column];
	if (!cell) throw new Error(`workedExamples: ${id} has no cell ${row} / ${column}`);
	return cell;
}
