import '../zodConfig.ts';
import { z } from 'zod';
import type { ExerciseResults } from '../exercise/exerciseSteps.ts';
import { type TierAllocation, tierAllocationKeys } from '../model/tierAllocation.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { type TieringSpec, tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { crc32 } from './crc32.ts';
import { type Checked, decodeShareCode, encodeShareCode, failure } from './shareCode.ts';
import { shapeFailure, teamNameSchema, type WorkshopSession, workshopSessionSchema } from './workshopSession.ts';

/** Result codes are `t1.…`; result files say so in `format` and `version`. */
export const RESULT_CODE_KIND = 't';
export const RESULT_VERSION = 1;
export const RESULT_FILE_FORMAT = 'customer-tiering-team-result';
/** A real result file is a few kilobytes; this is far above any and far below what would hang a page. */
export const MAX_RESULT_FILE_BYTES = 1_000_000;

// Claimed figures are rounded to cents and hundredths: enough to catch any edit, short enough for a pasted code.
const round2 = (x: number) => Math.round(x * 100) / 100;
const figure = z.number().finite();

/** One round's figures as the team's page showed them: flows summed over the round, stocks at its end. */
const claimedRoundSchema = z.strictObject({
	revenue: figure,
	costToServe: figure,
	profit: figure,
	satisfaction: figure,
	customers: figure,
});

const claimedScoreSchema = z.strictObject({
	score: figure,
	valueIndex: figure,
	horizonProfit: figure,
	residualClv: figure,
	topTierSatisfaction: figure,
	mvcRetention: figure,
});

export const claimedResultsSchema = z.strictObject({
	rounds: z.array(claimedRoundSchema).max(8),
	score: claimedScoreSchema.nullable(),
});
export type ClaimedResults = z.infer<typeof claimedResultsSchema>;

/**
 * A team's hand-in: its session, its name, its tiering and every locked decision (per round, per tier, the values
 * in `tierAllocationKeys` order, which keeps the code short) and the results it claims.
 */
export const teamResultSchema = z.strictObject({
	session: workshopSessionSchema,
	team: teamNameSchema,
	tiering: tieringSpecSchema,
	decisions: z.array(z.array(z.array(z.number().finite()).length(tierAllocationKeys.length)).min(1).max(12)).max(8),
	claimed: claimedResultsSchema,
});
export type TeamResult = z.infer<typeof teamResultSchema>;

/** The figures a team claims, taken from the results its page computed (or the instructor's recomputation). */
export function claimsOf(results: Pick<ExerciseResults, 'rounds' | 'score'>, roundsPlayed: number): ClaimedResults {
	const rounds = results.rounds.slice(0, roundsPlayed).map((round) => {
		const sum = { revenue: 0, costToServe: 0, profit: 0 };
		for (const p of round.periods) {
			sum.revenue += p.total.revenue;
			sum.costToServe += p.total.costToServe;
			sum.profit += p.total.profit;
		}
		const last = round.periods.at(-1)?.total;
		return {
			revenue: round2(sum.revenue),
			costToServe: round2(sum.costToServe),
			profit: round2(sum.profit),
			satisfaction: round2(last?.satisfaction ?? 0),
			customers: round2(last?.customers ?? 0),
		};
	});
	const s = results.score;
	return {
		rounds,
		score:
			roundsPlayed === 0
				? null
				: {
						score: round2(s.score),
						valueIndex: round2(s.valueIndex),
						horizonProfit: round2(s.horizonProfit),
						residualClv: round2(s.residualClv),
						topTierSatisfaction: round2(s.topTierSatisfaction),
						mvcRetention: round2(s.mvcRetention),
					},
	};
}

export function encodeDecisions(decisions: readonly (readonly TierAllocation[])[]): number[][][] {
	return decisions.map((round) => round.map((tier) => tierAllocationKeys.map((key) => tier[key])));
}

export function decodeDecisions(rows: readonly (readonly number[])[][]): TierAllocation[][] {
	return rows.map((round) =>
		round.map(
			(values) => Object.fromEntries(tierAllocationKeys.map((key, k) => [key, values[k]])) as unknown as TierAllocation,
		),
	);
}

/** Assembles a hand-in from what the team's exercise holds. */
export function buildTeamResult(
	session: WorkshopSession,
	team: string,
	tiering: TieringSpec,
	decisions: readonly (readonly TierAllocation[])[],
	results: Pick<ExerciseResults, 'rounds' | 'score'> | null,
): TeamResult {
	return teamResultSchema.parse({
		session,
		team,
		tiering,
		decisions: encodeDecisions(decisions),
		claimed: results ? claimsOf(results, decisions.length) : { rounds: [], score: null },
	});
}

/** The hand-in as a code to paste: `t1.…`. */
export function teamResultCode(result: TeamResult): string {
	return encodeShareCode(RESULT_CODE_KIND, RESULT_VERSION, result);
}

/** The hand-in as a JSON file, with the CRC-32 of its content so a damaged or edited file is named as such. */
export function teamResultFile(result: TeamResult): string {
	const body = teamResultSchema.parse(result);
	return `${JSON.stringify(
		{
			format: RESULT_FILE_FORMAT,
			version: RESULT_VERSION,
			...body,
			checksum: crc32(new TextEncoder().encode(JSON.stringify(body))),
		},
		null,
		2,
	)}\n`;
}

function checkShape(value: unknown): Checked<TeamResult> {
	const parsed = teamResultSchema.safeParse(value);
	return parsed.success ? { ok: true, value: parsed.data } : shapeFailure(parsed.error);
}

function readFile(text: string): Checked<TeamResult> {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// A file cut short is the usual reason a result file is not JSON.
		return failure(text.trimEnd().endsWith('}') ? 'json' : 'truncated', '');
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return failure('kind', typeof value);
	const { format, version, checksum, ...rest } = value as Record<string, unknown>;
	if (format !== RESULT_FILE_FORMAT)
		return failure(
			'kind',
			`format: found ${printableExcerpt(JSON.stringify(format) ?? 'nothing', 60)}, expected "${RESULT_FILE_FORMAT}"`,
		);
	// JSON.stringify tells the string "1" from the number 1, which String() would print alike.
	if (version !== RESULT_VERSION)
		return failure(
			'version',
			`version: found ${printableExcerpt(JSON.stringify(version) ?? 'nothing', 60)}, expected ${RESULT_VERSION}`,
		);
	const shaped = checkShape(rest);
	if (!shaped.ok) return shaped;
	// The checksum is over the file's content as written, in the schema's key order.
	const actual = crc32(new TextEncoder().encode(JSON.stringify(shaped.value)));
	if (actual !== checksum)
		return failure(
			'checksum',
			`checksum: found ${printableExcerpt(JSON.stringify(checksum) ?? 'nothing', 60)}, content gives "${actual}"`,
		);
	return shaped;
}

/**
 * Reads a hand-in, either form: a JSON result file or a pasted `t1.` code. Checks the envelope (size, kind, version,
 * checksum) and the shape; the results themselves are checked by `verifyTeamResult`.
 */
export function parseTeamResult(text: string): Checked<TeamResult> {
	if (text.length > MAX_RESULT_FILE_BYTES) return failure('tooLarge', `${text.length} > ${MAX_RESULT_FILE_BYTES}`);
	const trimmed = text.trim();
	if (trimmed === '') return failure('empty', '');
	if (trimmed.startsWith('{')) return readFile(trimmed);
	const decoded = decodeShareCode(trimmed, RESULT_CODE_KIND, RESULT_VERSION);
	return decoded.ok ? checkShape(decoded.value) : decoded;
}
