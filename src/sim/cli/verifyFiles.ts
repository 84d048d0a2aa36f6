import { checkText } from '../../i18n/checkText.ts';
import type { Translate } from '../../i18n/uiStrings.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { debriefCsv } from '../workshop/leaderboard.ts';
import { sessionId } from '../workshop/sessionId.ts';
import { MAX_RESULT_FILE_BYTES, parseTeamResult } from '../workshop/teamResult.ts';
import { type VerifiedTeam, verifyTeamResult } from '../workshop/verifyTeamResult.ts';
import type { WorkshopSession } from '../workshop/workshopSession.ts';
import { UsageError } from './cliErrors.ts';
import { ReadRefused, readCapped } from './readCapped.ts';

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
 * A file's bytes, read with a byte cap whatever `stat` says (see `readCapped`); a refusal names the option, the file,
 * the cap and what the file should have been.
 */
export function readFileBytes(path: string, maxBytes: number, option: string, what: string): Uint8Array {
	const prefix = option ? `${option}: ` : '';
	try {
		return readCapped(path, maxBytes);
	} catch (error) {
		if (!(error instanceof ReadRefused)) throw error;
		const shown = printableExcerpt(path);
		throw new UsageError(
			error.reason === 'tooLarge'
				? `${prefix}"${shown}" is larger than ${maxBytes} bytes, far more than ${what}`
				: `${prefix}cannot read "${shown}"`,
		);
	}
}

/** A UTF-8 text file (a BOM is dropped), read as `readFileBytes` reads it. */
export function readTextFile(path: string, maxBytes: number, option: string, what: string): string {
	return new TextDecoder('utf-8').decode(readFileBytes(path, maxBytes, option, what));
}

/**
 * Verifies team result files (JSON, or a text file holding a pasted code) against the facilitator's session, as the
 * debrief page does: a hand-in from any other session, even one that recomputes to its claims, is refused with the
 * field that differs, and a team name may appear once. Messages are in the language of `t`.
 */
export function verifyFiles(paths: readonly string[], session: WorkshopSession, t: Translate): FilesReport {
	const report: FilesReport = { verified: [], rejected: [], csv: '', teams: [] };
	for (const path of paths) {
		const shown = printableExcerpt(path);
		const text = readTextFile(path, MAX_RESULT_FILE_BYTES, '', 'a team result');
		const parsed = parseTeamResult(text);
		const checked = parsed.ok ? verifyTeamResult(parsed.value, session) : parsed;
		if (!checked.ok) {
			report.rejected.push(`${shown}: rejected: [${checked.check}] ${checkText(t, checked)}`);
			continue;
		}
		const team = checked.value;
		const name = printableExcerpt(team.team);
		if (report.teams.some((x) => x.team === team.team)) {
			report.rejected.push(`${shown}: rejected: team "${name}" was already loaded from another file`);
			continue;
		}
		report.teams.push(team);
		const score = team.claims.score;
		report.verified.push(
			`${shown}: verified: team "${name}", session ${sessionId(session)} (${team.session.scenario}, seed ${team.session.seed}), ` +
				`${team.roundsPlayed}/${team.session.rounds} rounds` +
				(score ? `, score ${score.score}, profit ${score.horizonProfit}` : ''),
		);
	}
	report.csv = report.teams.length ? debriefCsv(report.teams) : '';
	return report;
}
