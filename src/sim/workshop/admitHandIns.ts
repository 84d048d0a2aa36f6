import type { Scenario } from '../scenarios/scenarioSchema.ts';
import { sessionDifference } from './sessionDifference.ts';
import { codeFromPasted, isSessionCode } from './sessionHash.ts';
import { sessionId } from './sessionId.ts';
import { type CheckFailure, failure } from './shareCode.ts';
import { parseTeamResult } from './teamResult.ts';
import { type VerifiedTeam, verifyTeamResult } from './verifyTeamResult.ts';
import { parseSessionCode, type WorkshopSession } from './workshopSession.ts';

/** One thing handed in: a file's text or a pasted code, and the name the report gives it (a file name, "code 2"). */
export interface HandInItem {
	name: string;
	text: string;
}

/** What became of one item. */
export type Admission =
	/** A session link or code, adopted as the facilitator's session because there was none yet. */
	| { kind: 'session'; name: string; session: WorkshopSession; base: Scenario }
	/** A session link equal to the one set: nothing to do. */
	| { kind: 'sameSession'; name: string }
	/** A hand-in of the session, recomputed to its claims, for a team not loaded yet. */
	| { kind: 'accepted'; name: string; team: VerifiedTeam }
	/** A valid hand-in for a team already loaded (before, or earlier in the same batch): the caller decides. */
	| { kind: 'duplicate'; name: string; team: VerifiedTeam; loaded: VerifiedTeam }
	/**
	 * Refused. `otherSession` is the id of the session the hand-in (or session link) was made in, when that is what
	 * differs, so a report can group the files of another session together.
	 */
	| { kind: 'rejected'; name: string; failure: CheckFailure; otherSession?: string };

/**
 * The debrief's import loop, shared by the page and `sim debrief`: for each item in order, a session link sets the
 * session when none is set (and is refused, naming the field, when it is another one); a hand-in is parsed, checked
 * against the session in force field by field and recomputed (`verifyTeamResult`), and is refused, accepted, or
 * reported as a duplicate of a team loaded before or earlier in the batch. Nothing is accepted without a session.
 *
 * A generator, so the page can yield to the browser between items (each recomputation takes a moment) while the CLI
 * simply runs it to the end; it holds no state beyond the call.
 */
export function* admitHandIns(
	items: Iterable<HandInItem>,
	start: WorkshopSession | null,
	loaded: readonly VerifiedTeam[],
): Generator<Admission, void, void> {
	let session = start;
	const teams = new Map(loaded.map((team) => [team.team, team]));
	for (const { name, text } of items) {
		if (isSessionCode(text)) {
			const parsed = parseSessionCode(codeFromPasted(text));
			if (!parsed.ok) {
				yield { kind: 'rejected', name, failure: parsed };
			} else if (!session) {
				session = parsed.value.session;
				yield { kind: 'session', name, ...parsed.value };
			} else {
				const d = sessionDifference(parsed.value.session, session);
				if (!d) yield { kind: 'sameSession', name };
				else
					yield {
						kind: 'rejected',
						name,
						failure: failure('session', '', { ...d }),
						otherSession: sessionId(parsed.value.session),
					};
			}
			continue;
		}
		const parsed = parseTeamResult(text);
		if (!parsed.ok) {
			yield { kind: 'rejected', name, failure: parsed };
			continue;
		}
		if (!session) {
			yield { kind: 'rejected', name, failure: failure('noSession', '') };
			continue;
		}
		let checked: ReturnType<typeof verifyTeamResult>;
		try {
			checked = verifyTeamResult(parsed.value, session);
		} catch {
			// A shape the schema let through but the engine cannot play (it should not happen): refused, never thrown.
			checked = failure('schema', '');
		}
		if (!checked.ok) {
			const other = checked.check === 'session' ? sessionId(parsed.value.session) : undefined;
			yield other
				? { kind: 'rejected', name, failure: checked, otherSession: other }
				: { kind: 'rejected', name, failure: checked };
			continue;
		}
		const team = checked.value;
		const before = teams.get(team.team);
		if (before) {
			yield { kind: 'duplicate', name, team, loaded: before };
			continue;
		}
		teams.set(team.team, team);
		yield { kind: 'accepted', name, team };
	}
}

/**
 * Whether a hand-in supersedes the one loaded for its team: it played more rounds (a final code after a mid-game
 * one). Equal rounds with other decisions are not "newer": which one counts is the facilitator's call.
 */
export function isNewerHandIn(
	incoming: Pick<VerifiedTeam, 'roundsPlayed'>,
	loaded: Pick<VerifiedTeam, 'roundsPlayed'>,
) {
	return incoming.roundsPlayed > loaded.roundsPlayed;
}
