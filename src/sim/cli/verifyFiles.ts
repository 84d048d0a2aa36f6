import { checkText } from '../../i18n/checkText.ts';
import type { Translate } from '../../i18n/uiStrings.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { admitHandIns } from '../workshop/admitHandIns.ts';
import { debriefCsv } from '../workshop/debriefTables.ts';
import { sessionId } from '../workshop/sessionId.ts';
import { MAX_RESULT_FILE_BYTES } from '../workshop/teamResult.ts';
import type { VerifiedTeam } from '../workshop/verifyTeamResult.ts';
import type { WorkshopSession } from '../workshop/workshopSession.ts';
import { UsageError } from './cliErrors.ts';
import { ReadRefused, readCapped } from './readCapped.ts';

export interface FilesReport {
	/** One line per accepted file. */
	verified: string[];
	/** One line per refused file, naming the check that failed. */
	rejected: string[];
	/** One line per other session that files came from: its id, how many files, which, and what differs. */
	groups: string[];
	/** The debrief CSV of the accepted teams (`debriefCsv`). */
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
 * Verifies team result files (JSON, or a text file holding a pasted code) against the facilitator's session, through
 * the debrief page's own loop (`admitHandIns`): a hand-in from any other session, even one that recomputes to its
 * claims, is refused with the field that differs, and a team name may appear once. The refusals of other sessions'
 * files are also grouped by session, one line each, naming the files and what differs, so a folder that mixes two
 * sessions reads as two groups rather than a list of errors. Messages are in the language of `t`.
 */
export function verifyFiles(paths: readonly string[], session: WorkshopSession, t: Translate): FilesReport {
	const report: FilesReport = { verified: [], rejected: [], groups: [], csv: '', teams: [] };
	const items = paths.map((path) => ({
		name: printableExcerpt(path),
		text: readTextFile(path, MAX_RESULT_FILE_BYTES, '', 'a team result'),
	}));
	const others = new Map<string, { files: string[]; reason: string }>();
	const fileOf = new Map<string, string>();
	for (const admission of admitHandIns(items, session, [])) {
		const { name } = admission;
		if (admission.kind === 'accepted') {
			const team = admission.team;
			report.teams.push(team);
			fileOf.set(team.team, name);
			const score = team.claims.score;
			report.verified.push(
				`${name}: verified: team "${printableExcerpt(team.team)}", session ${sessionId(session)} (${team.session.scenario}, seed ${team.session.seed}), ` +
					`${team.roundsPlayed}/${team.session.rounds} rounds` +
					(score ? `, score ${score.score}, profit ${score.horizonProfit}` : ''),
			);
		} else if (admission.kind === 'duplicate') {
			const { team, loaded } = admission;
			report.rejected.push(
				`${name}: rejected: team "${printableExcerpt(team.team)}" was already loaded from ${fileOf.get(team.team) ?? 'another file'} ` +
					`(${loaded.roundsPlayed}/${loaded.session.rounds} rounds there, ${team.roundsPlayed} here)`,
			);
		} else if (admission.kind === 'sameSession') {
			report.rejected.push(`${name}: rejected: this is the session link itself, not a team's hand-in`);
		} else if (admission.kind === 'rejected') {
			const reason = checkText(t, admission.failure);
			report.rejected.push(`${name}: rejected: [${admission.failure.check}] ${reason}`);
			if (admission.otherSession) {
				const group = others.get(admission.otherSession) ?? { files: [], reason };
				group.files.push(name);
				others.set(admission.otherSession, group);
			}
		}
	}
	for (const [id, group] of others)
		report.groups.push(
			`session ${id}: ${group.files.length} file(s) of another session, all refused: ${group.files.join(', ')}. ${group.reason}`,
		);
	report.csv = report.teams.length ? debriefCsv(report.teams, session) : '';
	return report;
}
