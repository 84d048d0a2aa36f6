import { printableExcerpt } from '../text/printableExcerpt.ts';
import { canonicalSession } from './sessionId.ts';
import type { WorkshopSession } from './workshopSession.ts';

/** The first field in which a hand-in's session is not the facilitator's, with both values as printable JSON. */
export interface SessionDifference {
	field: keyof WorkshopSession;
	found: string;
	expected: string;
}

// Long enough to show a roster or a schedule, short enough for one line of a message.
const EXCERPT = 120;

/**
 * Compares a hand-in's session with the facilitator's, field by field over the canonical form, and returns the first
 * difference, or null when they are the same session. The recomputation of a hand-in happens inside its own session,
 * so this comparison is what ties it to the room: a session with more rounds, another seed or mode, no events, fewer
 * customers or an extra roster name is another session, whatever its id.
 */
export function sessionDifference(found: WorkshopSession, expected: WorkshopSession): SessionDifference | null {
	const a = JSON.parse(canonicalSession(found)) as Record<string, unknown>;
	const b = JSON.parse(canonicalSession(expected)) as Record<string, unknown>;
	for (const field of Object.keys(b) as (keyof WorkshopSession)[]) {
		const x = JSON.stringify(a[field]);
		const y = JSON.stringify(b[field]);
		if (x !== y)
			return { field, found: printableExcerpt(x ?? 'nothing', EXCERPT), expected: printableExcerpt(y, EXCERPT) };
	}
	return null;
}
