import { openWebStorage } from '../../progress/openWebStorage.ts';
import type { RoundOpening } from '../../sim/workshop/roundCode.ts';

// What a team's device remembers of a session, in localStorage under the session's id: the rounds it has opened
// with their codes (so a reload keeps the shared closing time) and which team it plays (so reopening the link offers
// "continue as …" instead of a list where one slip picks another team).

const ROUNDS = 'workshop-rounds:v1:';
const TEAM = 'workshop-team:v1:';

/** The storage key of a session's opened rounds, for a page that listens to other tabs opening one. */
export const openedRoundsKey = (sessionId: string) => ROUNDS + sessionId;

/** The rounds this device has opened, by round number. A damaged entry counts as none: the code is typed again. */
export function loadOpenedRounds(sessionId: string): Record<number, RoundOpening> {
	const text = openWebStorage()?.getItem(ROUNDS + sessionId);
	if (!text) return {};
	try {
		const data = JSON.parse(text) as unknown;
		if (typeof data !== 'object' || data === null) return {};
		const out: Record<number, RoundOpening> = {};
		for (const value of Object.values(data)) {
			const o = value as Partial<RoundOpening>;
			if (
				typeof o.round === 'number' &&
				typeof o.closesAt === 'number' &&
				typeof o.lock === 'boolean' &&
				Array.isArray(o.events)
			)
				out[o.round] = o as RoundOpening;
		}
		return out;
	} catch {
		return {};
	}
}

/** Remembers an opened round (a reissued code of the same round replaces the first, with its new closing time). */
export function saveOpenedRound(sessionId: string, opening: RoundOpening): Record<number, RoundOpening> {
	const next = { ...loadOpenedRounds(sessionId), [opening.round]: opening };
	try {
		openWebStorage()?.setItem(ROUNDS + sessionId, JSON.stringify(next));
	} catch {
		// Storage full or off: the round stays open in this page until it is closed.
	}
	return next;
}

/** The team this device last played in a session, if it remembers one. */
export function rememberedTeam(sessionId: string): number | null {
	const text = openWebStorage()?.getItem(TEAM + sessionId);
	return text !== null && text !== undefined && /^\d{1,2}$/.test(text) ? Number(text) : null;
}

export function rememberTeam(sessionId: string, team: number): void {
	try {
		openWebStorage()?.setItem(TEAM + sessionId, String(team));
	} catch {
		// Not remembered: the device is asked again next time, which is safe.
	}
}
