// The simulation's command line: `npm run sim -- <command> [options]`. It drives the same exercise machine as the
// lesson pages. Bad input exits with code 2 and one line naming the field; there is never a stack trace.
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createActor, waitFor } from 'xstate';
import { ZodError } from 'zod';
import en from '../../content/i18n/en.json' with { type: 'json' };
import zhCN from '../../content/i18n/zh-CN.json' with { type: 'json' };
import { checkText } from '../../i18n/checkText.ts';
import { translator } from '../../i18n/translator.ts';
import { isoDayNumber } from '../analytics/dayNumber.ts';
import { purchaseModelChoices } from '../analytics/purchaseModel.ts';
import { rfmScores } from '../analytics/rfmScores.ts';
import { summariseCustomers } from '../analytics/transactionLog.ts';
import { type ClvDiagnostics, clvDiagnostics } from '../analyzer/clvDiagnostics.ts';
import { readTransactionText } from '../analyzer/readTransactionText.ts';
import { CLOSING_TABLE_OPTIONS, closingTable } from '../exercise/closingTable.ts';
import { type DecisionsFile, decisionsSchema } from '../exercise/decisionsSchema.ts';
import { applyTiering, type ExerciseConfig, referenceDraft, sessionFor } from '../exercise/exerciseSteps.ts';
import { optimiseDecisions } from '../exercise/optimiseDecisions.ts';
import type { ExerciseScore } from '../exercise/scoreExercise.ts';
import { toCsv } from '../format/toCsv.ts';
import { decodeAs, decodeBytes, guessableEncodings } from '../import/decodeBytes.ts';
import { exerciseMachine } from '../machines/exerciseMachine.ts';
import type { PeriodMetrics } from '../model/simulatePeriods.ts';
import type { TierAllocation } from '../model/tierAllocation.ts';
import { type ReferencePolicy, referencePolicies } from '../policies/referenceAllocations.ts';
import { cooperationStages, sizeClasses } from '../portfolio/generatePortfolio.ts';
import { nameCustomers } from '../portfolio/nameCustomers.ts';
import { findScenario, scenarios } from '../scenarios/scenarioCatalog.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { type TieringSpec, type TieringSpecInput, tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { codeFromPasted, isSessionCode } from '../workshop/sessionHash.ts';
import { MAX_CODE_LENGTH } from '../workshop/shareCode.ts';
import { parseSessionCode, type WorkshopSession } from '../workshop/workshopSession.ts';
import { certificateReport } from './certificateReport.ts';
import { closingTableMarkdown } from './closingTableMarkdown.ts';
import { clvDiagnosticsJson, clvWarningLines } from './clvReport.ts';
import { runBenchmark } from './runBenchmark.ts';
import { readFileBytes, readTextFile, verifyFiles } from './verifyFiles.ts';

/** A decisions or tiering file is a few kilobytes; this is far above any and far below what would exhaust memory. */
const MAX_JSON_FILE_BYTES = 1_000_000;
/** The same limit as the analyzer page's (`MAX_IMPORT_BYTES`): 50 MB of transactions. */
const MAX_TRANSACTION_FILE_BYTES = 50 * 1024 * 1024;

/** An error the user caused; printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A verdict that is not a success (a rejected hand-in): its output still prints, its reasons go to stderr, exit 1. */
export class FailedVerdict extends Error {
	readonly output: string;
	constructor(output: string, reasons: string) {
		super(reasons);
		this.output = output;
	}
}

const usage = `usage: npm run sim -- <command> [options]
  scenarios                                   list scenario ids and titles
  portfolio --scenario ID [--seed N] [--size N] [--locale zh-CN|en] [--format json|csv]
  decisions --scenario ID --policy P          print an editable decisions file
  run (--decisions FILE | --scenario ID --policy P) [--seed N] [--size N] [--budget-scale X]
      [--mode expected|stochastic] [--format json|csv]
  optimise --scenario ID [--tiering FILE] [--seed N] [--size N] [--budget-scale X] [--evals N]
      [--objective score|value] [--out FILE]  the best decisions a search finds; --out writes them as a decisions file
  closing-table [--seed N] [--size N] [--evals N]
                                              every scenario: the optimum against the reference policies (Markdown);
                                              the defaults are the figures the model page and lecture 4 show
  bench [--size N] [--periods N]
  clv --transactions FILE [--calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD]] [--predict-weeks N]
      [--margin X] [--discount X] [--model bgnbd|mbgnbd|auto] [--customer ID] [--encoding E] [--format json|csv]
      fits on purchases up to the calibration end; with a holdout end, checks the fit on the holdout period.
      Warnings go to stderr; an error-level one (fit not converged, parameter at a bound, ...) exits 1
  rfm --transactions FILE [--calibration-end YYYY-MM-DD] [--encoding E] [--format json|csv]
      FILE: the CDNOW whitespace format, or CSV/TSV with customer, date and amount columns; read as UTF-8 (or as
      its BOM says), else as GB18030 with a notice; --encoding gb18030|windows-1252 says which
  verify --session CODE FILE [--locale zh-CN|en]
                                              recompute a team's result file (or a file holding its code)
  verify --certificate CODE [--locale zh-CN|en]
                                              check a certificate's verification code (c1.…, or a file holding it):
                                              checksum, question set, and the score recomputed from its answers
  debrief --session CODE FILE... [--locale zh-CN|en]
                                              verify team results and print the leaderboard as CSV
      CODE: the facilitator's session link or code (w1.…), or a file holding it; every hand-in is compared with it
policies: ${referencePolicies.join(', ')}`;

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
	if (raw === undefined) return fallback;
	if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
		throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${printableExcerpt(raw)}"`);
	}
	return Number(raw);
}

function scenarioOption(raw: string | undefined) {
	if (!raw) throw new UsageError('--scenario is required (see "npm run sim -- scenarios")');
	const scenario = findScenario(raw);
	if (!scenario)
		throw new UsageError(
			`--scenario: unknown scenario "${printableExcerpt(raw)}"; known: ${scenarios.map((s) => s.id).join(', ')}`,
		);
	return scenario;
}

function policyOption(raw: string | undefined): ReferencePolicy {
	if (!raw) throw new UsageError(`--policy is required: one of ${referencePolicies.join(', ')}`);
	if (!(referencePolicies as readonly string[]).includes(raw)) {
		throw new UsageError(`--policy: unknown policy "${printableExcerpt(raw)}"; one of ${referencePolicies.join(', ')}`);
	}
	return raw as ReferencePolicy;
}

function choice<T extends string>(name: string, raw: string | undefined, options: readonly T[], fallback: T): T {
	if (raw === undefined) return fallback;
	if (!(options as readonly string[]).includes(raw))
		throw new UsageError(`--${name} must be one of ${options.join(', ')}, got "${printableExcerpt(raw)}"`);
	return raw as T;
}

/** Turns a zod error (of zod or zod/mini) into "field.path: message" for the first issue. */
function describeZodError(error: Pick<ZodError, 'issues'>, prefix: string): string {
	const issue = error.issues[0];
	const path = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
	return `${prefix}${path.replace(/^\./, prefix ? '.' : '')}: ${issue?.message ?? 'invalid'}`;
}

const roundTo = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function metricsJson(m: PeriodMetrics) {
	return {
		customers: roundTo(m.customers, 3),
		revenue: roundTo(m.revenue, 2),
		costToServe: roundTo(m.costToServe, 2),
		profit: roundTo(m.profit, 2),
		satisfaction: roundTo(m.satisfaction, 4),
		churned: roundTo(m.churned, 3),
	};
}

/** The default tiering a policy-driven run uses: strategic / key / ordinary by rules. */
const defaultTiering: TieringSpecInput = { method: 'strategicKeyOrdinary' };

/** Builds a decisions file from a reference policy (`decisions` prints it, `run --policy` runs it). */
function policyDecisions(config: ExerciseConfig, policy: ReferencePolicy): DecisionsFile {
	const spec = tieringSpecSchema.parse(defaultTiering);
	const { tiering } = applyTiering(config, spec);
	const scenario = sessionFor(config).scenario;
	return {
		version: 1,
		scenario: config.scenarioId,
		seed: config.seed,
		size: config.size,
		tiering: spec,
		rounds: Array.from({ length: scenario.rounds }, (_, r) => {
			const draft = referenceDraft(config, spec, policy, r);
			return {
				allocation: Object.fromEntries(
					tiering.tierIds.map((id, t) => [id, roundAllocation(draft[t] as TierAllocation)]),
				) as Record<string, TierAllocation>,
			};
		}),
	};
}

/**
 * Rounds a policy's decisions for the printed file. Always down: a policy that fills the budget exactly would
 * otherwise round up past it and be rejected when the file is run.
 */
function roundAllocation(a: TierAllocation): TierAllocation {
	return Object.fromEntries(
		Object.entries(a).map(([k, v]) => [k, Math.floor(v * 1e4) / 1e4]),
	) as unknown as TierAllocation;
}

/** Reads a JSON file given to `option`, capped at `MAX_JSON_FILE_BYTES`, with the parser's complaint on bad JSON. */
function readJsonFile(path: string, option: string, what: string): unknown {
	const text = readTextFile(path, MAX_JSON_FILE_BYTES, option, what);
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new UsageError(
			`${option}: "${printableExcerpt(path)}" is not valid JSON (${printableExcerpt((error as Error).message)})`,
		);
	}
}

function readDecisions(path: string): DecisionsFile {
	const data = readJsonFile(path, '--decisions', 'a decisions file');
	// JSON.parse makes "__proto__" an own key, which zod's record then drops without a word: refuse it by name.
	const rounds = (data as { rounds?: unknown } | null)?.rounds;
	if (Array.isArray(rounds))
		for (const [r, round] of rounds.entries()) {
			const allocation = (round as { allocation?: unknown } | null)?.allocation;
			if (allocation && typeof allocation === 'object' && Object.hasOwn(allocation, '__proto__'))
				throw new UsageError(`decisions.rounds[${r}].allocation.__proto__: not a tier name a file can hold`);
		}
	const parsed = decisionsSchema.safeParse(data);
	if (!parsed.success) throw new UsageError(describeZodError(parsed.error, 'decisions'));
	return parsed.data;
}

/** Runs a decisions file through the exercise machine, round by round, and returns the printable result. */
export async function runDecisions(config: ExerciseConfig, decisions: DecisionsFile, label: Record<string, unknown>) {
	const scenario = scenarioOption(config.scenarioId);
	if (decisions.rounds.length > scenario.rounds) {
		throw new UsageError(
			`decisions.rounds: ${decisions.rounds.length} rounds given, the scenario has ${scenario.rounds}`,
		);
	}
	const actor = createActor(exerciseMachine, { input: { config } }).start();
	actor.send({ type: 'portfolio.generate' });
	await waitFor(actor, (s) => !s.matches('generate'));
	actor.send({ type: 'tiering.set', spec: decisions.tiering });
	const tiered = actor.getSnapshot();
	if (tiered.context.error) throw new UsageError(`decisions.tiering: ${tiered.context.error}`);
	actor.send({ type: 'tiering.confirm' });
	const tierIds = actor.getSnapshot().context.tierIds;

	for (const [r, round] of decisions.rounds.entries()) {
		const unknown = Object.keys(round.allocation).filter((id) => !tierIds.includes(id));
		if (unknown.length) {
			throw new UsageError(
				printableExcerpt(
					`decisions.rounds[${r}].allocation.${unknown[0]}: not a tier of this tiering (tiers: ${tierIds.join(', ')})`,
				),
			);
		}
		// An own-property check: `in` would find a tier named "toString" or "constructor" on Object.prototype.
		const missing = tierIds.find((id) => !Object.hasOwn(round.allocation, id));
		if (missing)
			throw new UsageError(
				printableExcerpt(`decisions.rounds[${r}].allocation.${missing}: missing (every tier needs an allocation)`),
			);
		actor.send({
			type: 'allocation.replace',
			allocations: tierIds.map((id) => round.allocation[id] as TierAllocation),
		});
		const violations = actor.getSnapshot().context.violations;
		if (violations.length) {
			throw new UsageError(`decisions.rounds[${r}].allocation: ${violations.map((v) => v.message).join('; ')}`);
		}
		actor.send({ type: 'round.run' });
		const after = await waitFor(actor, (s) => !s.matches('run'));
		if (after.context.error) throw new UsageError(`decisions.rounds[${r}]: ${after.context.error}`);
		if (r < decisions.rounds.length - 1) actor.send({ type: 'round.next' });
	}
	const { results } = actor.getSnapshot().context;
	actor.stop();
	if (!results) throw new Error('the exercise produced no results');
	const periods = results.rounds.flatMap((round) =>
		round.periods.map((p) => ({
			period: p.period,
			round: round.round,
			events: round.periods[0] === p ? round.events.map((e) => e.type) : [],
			total: metricsJson(p.total),
			tiers: Object.fromEntries(tierIds.map((id, t) => [id, metricsJson(p.tiers[t] as PeriodMetrics)])),
		})),
	);
	return {
		scenario: config.scenarioId,
		seed: config.seed,
		size: config.size,
		mode: config.mode,
		budgetScale: config.budgetScale,
		...label,
		tiering: decisions.tiering,
		tiers: tierIds,
		periods,
		summary: summaryJson(results.score),
	};
}

/** A score as `run` and `optimise` print it, so the two can be compared figure for figure. */
function summaryJson(s: ExerciseScore) {
	return {
		totalProfit: roundTo(s.horizonProfit, 2),
		residualClv: roundTo(s.residualClv, 2),
		value: roundTo(s.value, 2),
		valueIndex: roundTo(s.valueIndex, 3),
		topTierSatisfaction: roundTo(s.topTierSatisfaction, 3),
		mvcRetention: roundTo(s.mvcRetention, 3),
		score: roundTo(s.score, 3),
	};
}

/** Reads --tiering FILE: a JSON tiering spec, as a decisions file's `tiering` holds it. */
function readTiering(path: string): TieringSpec {
	const parsed = tieringSpecSchema.safeParse(readJsonFile(path, '--tiering', 'a tiering file'));
	if (!parsed.success) throw new UsageError(describeZodError(parsed.error, 'tiering'));
	return parsed.data;
}

/**
 * Runs the optimiser and returns what it found: the decisions as a decisions file (exact, not rounded, so
 * `run --decisions` reproduces the figures to the last digit), their score and budget use, and the reference
 * policies beside them.
 */
function optimise(o: Record<string, string | undefined>) {
	if (o.mode !== undefined) throw new UsageError('--mode: optimise always plays in expected-value mode');
	const scenario = scenarioOption(o.scenario);
	const config: ExerciseConfig = { ...configFrom(o, scenario.id, scenario.portfolio.defaultSize), mode: 'expected' };
	const spec = o.tiering ? readTiering(o.tiering) : tieringSpecSchema.parse(defaultTiering);
	const objective = choice('objective', o.objective, ['score', 'value'] as const, 'score');
	const evaluations = wholeNumber('evals', o.evals, 2000, 10, 100000);
	const result = optimiseDecisions(config, spec, { objective, evaluations });
	const { tiering } = applyTiering(config, spec);
	const decisions: DecisionsFile = {
		version: 1,
		scenario: config.scenarioId,
		seed: config.seed,
		size: config.size,
		tiering: spec,
		rounds: result.decisions.map((round) => ({
			allocation: Object.fromEntries(tiering.tierIds.map((id, t) => [id, round[t] as TierAllocation])),
		})),
	};
	if (o.out) {
		try {
			writeFileSync(o.out, `${JSON.stringify(decisions, null, 2)}\n`);
		} catch {
			throw new UsageError(`--out: cannot write "${printableExcerpt(o.out)}"`);
		}
	}
	const row = (policy: string, s: ExerciseScore) => {
		const { totalProfit, residualClv, ...rest } = summaryJson(s);
		return { policy, ...rest };
	};
	const scale = config.budgetScale === 1 ? '' : ` --budget-scale ${config.budgetScale}`;
	return {
		scenario: config.scenarioId,
		seed: config.seed,
		size: config.size,
		budgetScale: config.budgetScale,
		objective,
		evaluations: result.evaluations,
		tiering: spec,
		tiers: tiering.tierIds,
		summary: summaryJson(result.score),
		budgetShare: result.budgetShare.map((x) => roundTo(x, 4)),
		bestReference: result.bestReference,
		comparison: [row('optimum', result.score), ...result.references.map((r) => row(r.policy, r.score))],
		reproduce: `npm run sim -- run --decisions ${o.out ?? 'FILE'}${scale}`,
		decisions,
	};
}

/** The options each command reads; any other is refused rather than ignored. */
const commandOptions: Record<string, readonly string[]> = {
	scenarios: [],
	portfolio: ['scenario', 'seed', 'size', 'locale', 'format'],
	decisions: ['scenario', 'policy', 'seed', 'size', 'budget-scale', 'mode'],
	run: ['decisions', 'scenario', 'policy', 'seed', 'size', 'budget-scale', 'mode', 'format'],
	optimise: ['scenario', 'tiering', 'seed', 'size', 'budget-scale', 'evals', 'objective', 'out', 'mode'],
	'closing-table': ['seed', 'size', 'evals'],
	bench: ['size', 'periods'],
	clv: [
		'transactions',
		'calibration-end',
		'holdout-end',
		'predict-weeks',
		'margin',
		'discount',
		'model',
		'customer',
		'encoding',
		'format',
	],
	rfm: ['transactions', 'calibration-end', 'encoding', 'format'],
	verify: ['session', 'locale', 'certificate'],
	debrief: ['session', 'locale'],
	help: [],
};

/**
 * The facilitator's session, from `--session`: a session link, a bare code (`w1.…`), or a file holding either. The
 * hand-ins are compared with it; without it the CLI would have only the hand-ins' own word for their session.
 */
function sessionOption(raw: string | undefined, command: string): WorkshopSession {
	if (raw === undefined)
		throw new UsageError(
			`${command} needs --session CODE: the facilitator's session link or code (or a file holding it), to check every hand-in against`,
		);
	// A file of that name wins over a look-alike code ("w1.txt"); otherwise a link or code is taken as given.
	const code = codeFromPasted(
		existsSync(raw) || !isSessionCode(raw)
			? readTextFile(raw, MAX_CODE_LENGTH * 4, '--session', 'a session link')
			: raw,
	);
	const parsed = parseSessionCode(code);
	if (!parsed.ok) throw new UsageError(`--session: ${checkText(translator(en), parsed)}`);
	return parsed.value.session;
}

/**
 * `verify --certificate`: a certificate code (`c1.…`) or a file holding one. Its own mode: a session or team files
 * alongside it would be a mix-up, so they are refused. A refused code exits 1, as a refused team result does.
 */
function verifyCertificateOption(
	raw: string,
	session: string | undefined,
	files: readonly string[],
	locale: string | undefined,
): string {
	if (session !== undefined || files.length > 0)
		throw new UsageError('verify --certificate checks one certificate code; give it no --session and no FILE');
	// A file of that name wins over a look-alike code; otherwise a code is taken as given.
	const code =
		existsSync(raw) || !/^c\d+\./.test(raw.trim())
			? readTextFile(raw, MAX_CODE_LENGTH * 4, '--certificate', 'a certificate code')
			: raw;
	const report = certificateReport(code, messagesIn(locale));
	if (!report.ok) throw new FailedVerdict('', report.text);
	return report.text;
}

/** The messages of verify and debrief, in the language `--locale` asks for (English by default). */
function messagesIn(raw: string | undefined) {
	const locale = choice('locale', raw, ['zh-CN', 'en'] as const, 'en');
	return translator(locale === 'en' ? en : zhCN);
}

/** Runs one CLI invocation; returns the text to print. Throws UsageError on bad input. */
export async function main(argv: string[]): Promise<string> {
	const [command, ...rest] = argv;
	let parsed: ReturnType<typeof parseArgs>;
	try {
		parsed = parseArgs({
			args: rest,
			options: {
				scenario: { type: 'string' },
				seed: { type: 'string' },
				size: { type: 'string' },
				locale: { type: 'string' },
				format: { type: 'string' },
				policy: { type: 'string' },
				decisions: { type: 'string' },
				'budget-scale': { type: 'string' },
				mode: { type: 'string' },
				periods: { type: 'string' },
				transactions: { type: 'string' },
				'calibration-end': { type: 'string' },
				'predict-weeks': { type: 'string' },
				margin: { type: 'string' },
				discount: { type: 'string' },
				model: { type: 'string' },
				'holdout-end': { type: 'string' },
				customer: { type: 'string' },
				encoding: { type: 'string' },
				tiering: { type: 'string' },
				evals: { type: 'string' },
				objective: { type: 'string' },
				out: { type: 'string' },
				session: { type: 'string' },
				certificate: { type: 'string' },
			},
			strict: true,
			tokens: true,
			// Only verify and debrief take file names without an option in front.
			allowPositionals: command === 'verify' || command === 'debrief',
		});
	} catch (error) {
		throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
	}
	// parseArgs keeps the last of a repeated option; "--seed 1 --seed 2" is more likely a slip than a wish.
	const seen = new Set<string>();
	for (const token of parsed.tokens ?? []) {
		if (token.kind !== 'option') continue;
		if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
		seen.add(token.name);
	}
	// An option the command does not use would be ignored without a word ("run --locale en"): refuse it instead.
	const allowed = commandOptions[command ?? ''];
	if (allowed) {
		const stray = [...seen].find((name) => !allowed.includes(name));
		if (stray)
			throw new UsageError(
				`--${stray} does not apply to "${command}"${allowed.length ? `; it takes ${allowed.map((n) => `--${n}`).join(', ')}` : ''}`,
			);
	}
	const o = parsed.values as Record<string, string | undefined>;
	const format = choice('format', o.format, ['json', 'csv'] as const, 'json');

	switch (command) {
		case 'scenarios':
			return scenarios.map((s) => `${s.id}\t${s.title['zh-CN']}\t${s.title.en}`).join('\n');
		case 'portfolio': {
			const scenario = scenarioOption(o.scenario);
			const config = {
				scenarioId: scenario.id,
				seed: wholeNumber('seed', o.seed, 42, 0, 4294967295),
				size: wholeNumber('size', o.size, scenario.portfolio.defaultSize, 50, 100000),
			};
			const locale = choice('locale', o.locale, ['zh-CN', 'en'] as const, 'zh-CN');
			const { portfolio, economics } = sessionFor(config);
			const names = await nameCustomers(portfolio, locale);
			const rows = Array.from({ length: portfolio.size }, (_, i) => ({
				id: i + 1,
				name: names.name[i],
				contact: names.contact[i],
				city: names.city[i],
				industry: scenario.portfolio.industries[portfolio.industry[i] as number]?.[locale],
				region: scenario.portfolio.regions[portfolio.region[i] as number]?.[locale],
				type: portfolio.b2b[i] ? 'B2B' : 'B2C',
				sizeClass: sizeClasses[portfolio.sizeClass[i] as number],
				segment: scenario.portfolio.segments[portfolio.segment[i] as number]?.id,
				stage: cooperationStages[portfolio.stage[i] as number],
				revenue: roundTo(portfolio.revenue[i] as number, 2),
				grossMargin: roundTo(portfolio.grossMargin[i] as number, 4),
				shareOfWallet: roundTo(portfolio.shareOfWallet[i] as number, 4),
				wallet: roundTo(portfolio.wallet[i] as number, 2),
				potential: roundTo(portfolio.potential[i] as number, 2),
				ordersPerYear: roundTo(portfolio.ordersPerYear[i] as number, 2),
				daysSinceLastOrder: portfolio.daysSinceLastOrder[i],
				tenureYears: roundTo(portfolio.tenureYears[i] as number, 2),
				contactLevels: portfolio.contactLevels[i],
				serviceNeed: roundTo(portfolio.serviceNeed[i] as number, 3),
				costToServe: roundTo(economics.costToServe[i] as number, 2),
				profit: roundTo(economics.profit[i] as number, 2),
				satisfaction: roundTo(portfolio.satisfaction[i] as number, 3),
			}));
			return format === 'csv'
				? toCsv(rows)
				: JSON.stringify({ scenario: scenario.id, ...config, locale, customers: rows }, null, 2);
		}
		case 'decisions': {
			const scenario = scenarioOption(o.scenario);
			const config = configFrom(o, scenario.id, scenario.portfolio.defaultSize);
			return JSON.stringify(policyDecisions(config, policyOption(o.policy)), null, 2);
		}
		case 'run': {
			if (o.decisions && o.policy) throw new UsageError('give either --decisions FILE or --policy P, not both');
			if (o.decisions) {
				const decisions = readDecisions(o.decisions);
				const scenario = findScenario(decisions.scenario);
				if (!scenario)
					throw new UsageError(`decisions.scenario: unknown scenario "${printableExcerpt(decisions.scenario)}"`);
				// A flag that contradicts the file would change the run without a word: say so instead.
				for (const key of ['seed', 'size'] as const) {
					const flag = o[key];
					const own = decisions[key];
					if (flag !== undefined && own !== undefined && flag !== String(own))
						throw new UsageError(
							`--${key} ${printableExcerpt(flag)} contradicts the decisions file's ${key} ${own}; drop one of them`,
						);
				}
				const config = configFrom(o, scenario.id, decisions.size ?? scenario.portfolio.defaultSize, decisions.seed);
				const result = await runDecisions(config, decisions, { decisions: o.decisions });
				return format === 'csv' ? resultCsv(result) : JSON.stringify(result, null, 2);
			}
			const scenario = scenarioOption(o.scenario);
			const config = configFrom(o, scenario.id, scenario.portfolio.defaultSize);
			const policy = policyOption(o.policy);
			const result = await runDecisions(config, policyDecisions(config, policy), { policy });
			return format === 'csv' ? resultCsv(result) : JSON.stringify(result, null, 2);
		}
		case 'optimise':
			return JSON.stringify(optimise(o), null, 2);
		case 'closing-table': {
			const options = {
				seed: wholeNumber('seed', o.seed, CLOSING_TABLE_OPTIONS.seed, 0, 2 ** 31),
				size: wholeNumber('size', o.size, CLOSING_TABLE_OPTIONS.size, 50, 100000),
				evaluations: wholeNumber('evals', o.evals, CLOSING_TABLE_OPTIONS.evaluations, 10, 100000),
			};
			return closingTableMarkdown(closingTable(options), options);
		}
		case 'bench':
			return runBenchmark(
				wholeNumber('size', o.size, 100000, 50, 1000000),
				wholeNumber('periods', o.periods, 12, 1, 120),
			);
		case 'rfm': {
			const { log, asOf } = transactionLog(o);
			const summary = summariseCustomers(log, { calibrationEnd: asOf });
			if (summary.customerIds.length === 0)
				throw new UsageError('--calibration-end: no customer bought before that date');
			const scores = rfmScores(summary);
			const rows = summary.customerIds.map((id, i) => ({
				id,
				recencyDays: summary.recency[i],
				frequency: summary.frequency[i],
				monetary: roundTo(summary.monetary[i] as number, 2),
				R: scores.r[i],
				F: scores.f[i],
				M: scores.m[i],
				RFM: scores.combined[i],
			}));
			return format === 'csv' ? toCsv(rows) : JSON.stringify({ asOf, cuts: scores.cuts, customers: rows }, null, 2);
		}
		case 'clv': {
			const { log, asOf } = transactionLog(o);
			const weeks = wholeNumber('predict-weeks', o['predict-weeks'], 52, 1, 520);
			const margin = o.margin === undefined ? 1 : decimal(o.margin);
			if (!(margin > 0 && margin <= 1))
				throw new UsageError(
					`--margin must be a share in (0, 1], written like 0.4, got "${printableExcerpt(String(o.margin))}"`,
				);
			const discount = o.discount === undefined ? 0 : decimal(o.discount);
			if (!(discount >= 0 && discount <= 1))
				throw new UsageError(
					`--discount must be an annual rate in [0, 1], written like 0.1, got "${printableExcerpt(String(o.discount))}"`,
				);
			const model = choice('model', o.model, purchaseModelChoices, 'bgnbd');
			const holdoutEnd = o['holdout-end'];
			if (holdoutEnd !== undefined) {
				if (o['calibration-end'] === undefined) throw new UsageError('--holdout-end needs --calibration-end');
				const day = isoDayNumber(holdoutEnd);
				if (day === undefined)
					throw new UsageError(
						`--holdout-end must be a date written YYYY-MM-DD, got "${printableExcerpt(holdoutEnd)}"`,
					);
				if (day <= (isoDayNumber(asOf) as number))
					throw new UsageError(`--holdout-end ${holdoutEnd} must come after --calibration-end ${asOf}`);
			}
			let d: ClvDiagnostics;
			try {
				d = clvDiagnostics(log, {
					calibrationEnd: asOf,
					...(holdoutEnd === undefined ? {} : { holdoutEnd }),
					...(o.customer === undefined ? {} : { customerId: o.customer }),
					model,
					marginRate: margin,
					horizonWeeks: weeks,
					annualDiscountRate: discount,
				});
			} catch (error) {
				throw new UsageError(`--transactions: ${(error as Error).message}`);
			}
			const { summary, models } = d;
			const rows = summary.customerIds.map((id, i) => ({
				id,
				x: summary.x[i],
				t_x: roundTo(summary.tx[i] as number, 4),
				T: roundTo(summary.T[i] as number, 4),
				pAlive: roundTo(models.pAlive[i] as number, 6),
				expectedPurchases: roundTo(models.expectedPurchases[i] as number, 6),
				expectedSpend: roundTo(models.expectedSpend[i] as number, 4),
				clv: roundTo(models.clv[i] as number, 4),
			}));
			const output =
				format === 'csv'
					? toCsv(rows)
					: JSON.stringify(
							{
								calibrationEnd: asOf,
								predictWeeks: weeks,
								margin,
								annualDiscountRate: discount,
								bgnbd: {
									...models.bgnbd.params,
									logLikelihood: models.bgnbd.logLikelihood,
									customers: models.bgnbd.customers,
								},
								gammaGamma: { ...models.gammaGamma.params, logLikelihood: models.gammaGamma.logLikelihood },
								diagnostics: clvDiagnosticsJson(d),
								customers: rows,
							},
							null,
							2,
						);
			const lines = clvWarningLines(d);
			// Errors fail loudly: the figures still print, the reasons go to stderr and the exit code is 1.
			if (lines.errors.length) throw new FailedVerdict(`${output}\n`, [...lines.errors, ...lines.warnings].join('\n'));
			if (lines.warnings.length) process.stderr.write(`${lines.warnings.join('\n')}\n`);
			return output;
		}
		case 'verify': {
			const files = parsed.positionals;
			if (o.certificate !== undefined) return verifyCertificateOption(o.certificate, o.session, files, o.locale);
			if (files.length !== 1) throw new UsageError('verify takes exactly one FILE (a team result file or code)');
			const report = verifyFiles(files, sessionOption(o.session, 'verify'), messagesIn(o.locale));
			if (report.rejected.length) throw new FailedVerdict('', report.rejected.join('\n'));
			return report.verified.join('\n');
		}
		case 'debrief': {
			const files = parsed.positionals;
			if (files.length === 0) throw new UsageError('debrief takes one or more FILEs (team result files or codes)');
			const report = verifyFiles(files, sessionOption(o.session, 'debrief'), messagesIn(o.locale));
			if (report.rejected.length) throw new FailedVerdict(report.csv, report.rejected.join('\n'));
			return report.csv.trimEnd();
		}
		case undefined:
		case 'help':
		case '--help':
			return usage;
		default:
			throw new UsageError(`unknown command "${printableExcerpt(command)}"; "npm run sim -- help" lists the commands`);
	}
}

/** A number in plain decimal notation, else NaN: Number() would also read "0x1", "0b1" and "1e0" as 1. */
function decimal(text: string): number {
	return /^\d*\.?\d+$|^\d+\.$/.test(text) ? Number(text) : Number.NaN;
}

/** Reads --transactions and the date to summarise it at, --calibration-end (default: the last purchase day). */
function transactionLog(o: Record<string, string | undefined>) {
	const path = o.transactions;
	if (!path) throw new UsageError('--transactions FILE is required');
	const bytes = readFileBytes(path, MAX_TRANSACTION_FILE_BYTES, '--transactions', 'the analyzer reads');
	// Decoded as the analyzer page decodes an upload: a BOM decides, else UTF-8 if valid, else GB18030 (GBK); or in
	// the encoding --encoding names, when that guess was wrong.
	const decoded =
		o.encoding === undefined
			? decodeBytes(bytes)
			: decodeAs(bytes, choice('encoding', o.encoding, guessableEncodings, 'gb18030'));
	if (!decoded.ok) throw new UsageError(`--transactions: "${printableExcerpt(path)}": ${decoded.problem.message}`);
	const text = decoded.text;
	// As the page does, a guess is said out loud with a sample, so a Latin-1 file read as GB18030 is noticed.
	if (decoded.guessed) {
		const sample = printableExcerpt(text.split(/\r?\n/, 1)[0] ?? '');
		process.stderr.write(
			`notice: --transactions "${printableExcerpt(path)}" has no BOM and is not UTF-8, so it was read as ${decoded.encoding}; ` +
				`its first line reads "${sample}". If that looks wrong, pass --encoding ${guessableEncodings.filter((e) => e !== decoded.encoding).join(' or ')}.\n`,
		);
	}
	let read: ReturnType<typeof readTransactionText>;
	try {
		// As the analyzer page does: a purchase dated after tomorrow (UTC) is a slip, not a purchase.
		read = readTransactionText(text, Math.floor(Date.now() / 86_400_000) + 1);
	} catch (error) {
		throw new UsageError(`--transactions: ${(error as Error).message}`);
	}
	if (read.problems.length)
		throw new UsageError(
			`--transactions: ${read.problems.length} bad rows; the first: ${printableExcerpt(String(read.problems[0]))}`,
		);
	if (read.log.day.length === 0)
		throw new UsageError(`--transactions: "${printableExcerpt(path)}" holds no transactions`);
	const end = o['calibration-end'];
	if (end !== undefined && isoDayNumber(end) === undefined)
		throw new UsageError(`--calibration-end must be a date written YYYY-MM-DD, got "${printableExcerpt(end)}"`);
	let last = read.log.day[0] as number;
	for (const d of read.log.day) if (d > last) last = d;
	const lastDate = new Date(last * 86400000).toISOString().slice(0, 10);
	// An end after the last purchase would age every customer by the gap: recency and T measure the file, not the data.
	// An earlier end is a calibration/holdout split: what follows it is the holdout.
	if (end !== undefined && (isoDayNumber(end) as number) > last)
		throw new UsageError(
			`--calibration-end ${end} is after the file's last purchase, ${lastDate}; give a date up to it`,
		);
	const asOf = end ?? lastDate;
	let first = read.log.day[0] as number;
	for (const d of read.log.day) if (d < first) first = d;
	if ((isoDayNumber(asOf) as number) < first)
		throw new UsageError('--calibration-end: no customer bought before that date');
	return { log: read.log, asOf };
}

function configFrom(
	o: Record<string, string | undefined>,
	scenarioId: string,
	size: number,
	seed?: number,
): ExerciseConfig {
	const scale = o['budget-scale'];
	if (scale !== undefined && (!/^\d+(\.\d+)?$/.test(scale) || Number(scale) < 0.1 || Number(scale) > 10)) {
		throw new UsageError(`--budget-scale must be a number from 0.1 to 10, got "${printableExcerpt(scale)}"`);
	}
	return {
		scenarioId,
		seed: wholeNumber('seed', o.seed, seed ?? 42, 0, 4294967295),
		size: wholeNumber('size', o.size, size, 50, 100000),
		mode: choice('mode', o.mode, ['expected', 'stochastic'] as const, 'expected'),
		budgetScale: scale === undefined ? 1 : Number(scale),
	};
}

function resultCsv(result: Awaited<ReturnType<typeof runDecisions>>): string {
	const rows = result.periods.flatMap((p) =>
		[['total', p.total] as const, ...Object.entries(p.tiers)].map(([tier, m]) => ({
			period: p.period,
			round: p.round,
			tier,
			...m,
		})),
	);
	return toCsv(rows);
}

/** What goes to a terminal: control and invisible characters from an input written out as `<U+001B>`, never obeyed. */
function forTerminal(text: string, isTty: boolean | undefined): string {
	return isTty
		? text
				.split('\n')
				.map((line) => printableExcerpt(line, Number.POSITIVE_INFINITY))
				.join('\n')
		: text;
}

// Run when executed directly (not when a test imports it). The exit code is set, not forced with process.exit, so a
// long output (a debrief of thousands of teams) drains into its pipe before Node exits.
if (import.meta.main) {
	const out = (text: string) => process.stdout.write(forTerminal(text, process.stdout.isTTY));
	const err = (text: string) => process.stderr.write(forTerminal(text, true));
	main(process.argv.slice(2)).then(
		(text) => {
			out(`${text}\n`);
		},
		(error: unknown) => {
			if (error instanceof FailedVerdict) {
				if (error.output) out(error.output);
				err(`${error.message}\n`);
				process.exitCode = 1;
			} else if (error instanceof UsageError) {
				err(`error: ${error.message}\n`);
				process.exitCode = 2;
			} else if (error instanceof ZodError) {
				err(`error: ${describeZodError(error, '')}\n`);
				process.exitCode = 2;
			} else {
				err(`error: ${(error as Error).message ?? String(error)}\n`);
				process.exitCode = 1;
			}
		},
	);
}
