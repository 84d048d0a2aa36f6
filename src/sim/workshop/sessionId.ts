import { sha256 } from './sha256.ts';
import type { WorkshopSession } from './workshopSession.ts';

/**
 * The session as one canonical JSON text: its fields in a fixed order, events sorted by round and type (their order
 * in a link does not change the game). Two sessions are the same session exactly when these texts are equal.
 */
export function canonicalSession(session: WorkshopSession): string {
	const events = [...session.events]
		.sort((a, b) => a.round - b.round || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
		.map(({ round, type }) => ({ round, type }));
	const { scenario, seed, size, rounds, mode, teams, minutesPerRound } = session;
	return JSON.stringify({ scenario, seed, size, rounds, mode, events, teams, minutesPerRound });
}

/** How many hex digits of the digest the id shows: 48 bits, short enough to read out, far from a chance match. */
const ID_DIGITS = 12;

/**
 * A short id of the session, shown on every page of it so a team can tell it is in the right room: the first digits of
 * the SHA-256 of the canonical session. Until issue 26 it was a CRC-32, which anyone can steer to any value by
 * choosing a roster name; sessions are now told apart by comparing them whole (`sessionDifference`), and the id only
 * names them. Its own module, so a page can show it without loading the session schema.
 */
export function sessionId(session: WorkshopSession): string {
	return sha256(new TextEncoder().encode(canonicalSession(session)))
		.slice(0, ID_DIGITS)
		.toUpperCase();
}
