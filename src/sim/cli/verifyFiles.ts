import { readFileSync, statSync } from 'node:fs';
import en from '../../content/i18n/en.json' with { type: 'json' };
import { debriefCsv } from '../workshop/leaderboard.ts';
import { MAX_RESULT_FILE_BYTES, parseTeamResult } from '../workshop/teamResult.ts';
import { type VerifiedTeam, verifyTeamResult } from '../workshop/verifyTeamResult.ts';
import { UsageError } from './main.ts';

const messages = en as Record<string, string>;

/** A failed check in English, as the debrief page words it, with its detail. */
function describeCheck(check: string, detail: string): string {
	const text = messages[`workshop.check.${check}`] ?? check;
	return detail ? `${text} (${detail})` : text;
}

export interface FilesReport {
	/** One line per accepted file. */
	verified: string[];
	/** One line per refused file, naming the check that failed. */
	rejected: string[];
	/** The leaderboard of the accepted teams. */
	csv: string;
	teams: VerifiedTeam[];
}

/**
 * Verifies team result files (JSON, or a text file holding a pasted code) as the debrief page does: all must come
 * from the first accepted file's session, and a team name may appear once.
 */
export function verifyFiles(paths: readonly string[]): FilesReport {
	const report: FilesReport = { verified: [], rejected: [], csv: '', teams: [] };
	for (const path of paths) {
		let text: string;
		try {
			if (statSync(path).size > MAX_RESULT_FILE_BYTES)
				throw new UsageError(`${path}: larger than ${MAX_RESULT_FILE_BYTES} bytes, not a team result`);
			text = readFileSync(path, 'utf8');
		} catch (error) {
			if (error instanceof UsageError) throw error;
			throw new UsageError(`cannot read "${path}"`);
		}
		const parsed = parseTeamResult(text);
		const checked = parsed.ok ? verifyTeamResult(parsed.value, report.teams[0]?.sessionId) : parsed;
		if (!checked.ok) {
			report.rejected.push(`${path}: rejected: [${checked.check}] ${describeCheck(checked.check, checked.detail)}`);
			continue;
		}
		const team = checked.value;
		if (report.teams.some((t) => t.team === team.team)) {
			report.rejected.push(`${path}: rejected: team "${team.team}" was already loaded from another file`);
			continue;
		}
		report.teams.push(team);
		const score = team.claims.score;
		report.verified.push(
			`${path}: verified: team "${team.team}", session ${team.sessionId} (${team.session.scenario}, seed ${team.session.seed}), ` +
				`${team.roundsPlayed}/${team.session.rounds} rounds` +
				(score ? `, score ${score.score}, profit ${score.horizonProfit}` : ''),
		);
	}
	report.csv = report.teams.length ? debriefCsv(report.teams) : '';
	return report;
}
