import { crc32 } from './crc32.ts';
import { type EventType, eventTypes } from './scenarioOutline.ts';
import { sessionId } from './sessionId.ts';
import type { Checked, CheckFailure } from './shareCode.ts';
import type { WorkshopSession } from './workshopSession.ts';

/**
 * A round's unlock code: the facilitator reads or shows it when a round opens, and a team types it in. It carries the
 * round, its events, the wall-clock minute at which the round closes, what "time's up" does, a tag of the session and
 * a checksum, in 12 characters of Crockford's base 32 (no I, L, O or U, so nothing reads as another character),
 * shown as `XXXX-XXXX-XXXX`. No server is involved: every team's page checks the code against its own session.
 *
 * Layout, one character = 5 bits:
 * - 0: round − 1 (3 bits) and the lock flag (bit 3)
 * - 1: the round's events, one bit per `eventTypes` entry
 * - 2–5: the closing minute, counted from `EPOCH_MS`, modulo 32⁴ (about two years; read back as the nearest to now)
 * - 6–8: 15 bits of the session id, so a code from another session is named as such
 * - 9–11: 15 bits of the CRC-32 of characters 0–8, so a mistyped code is named as such
 */
export interface RoundOpening {
	round: number;
	/** The event types that open the round, in `eventTypes` order. */
	events: EventType[];
	/** When the round closes: milliseconds since 1970, on a whole minute. */
	closesAt: number;
	/** Whether the team's page stops running the round once it has closed (otherwise it only warns). */
	lock: boolean;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ROUND_CODE_LENGTH = 12;
/** 2026-01-01T00:00Z: closing minutes are counted from here. */
const EPOCH_MS = Date.UTC(2026, 0, 1);
const MINUTE_MS = 60_000;
const TIME_SPAN = 32 ** 4;

function digits(value: number, count: number): string {
	let out = '';
	for (let i = count - 1; i >= 0; i--) out += ALPHABET[Math.floor(value / 32 ** i) % 32];
	return out;
}

function readBase32(text: string): number {
	let value = 0;
	for (const ch of text) value = value * 32 + ALPHABET.indexOf(ch);
	return value;
}

/** 15 bits of the session id (its first four hex digits, less one bit). */
function sessionTag(session: WorkshopSession): number {
	return Number.parseInt(sessionId(session).slice(0, 4), 16) >> 1;
}

function checkOf(body: string): number {
	return Number.parseInt(crc32(new TextEncoder().encode(body)).slice(0, 4), 16) >> 1;
}

/** The events the session schedules for a round, in `eventTypes` order. */
export function roundEvents(session: WorkshopSession, round: number): EventType[] {
	return eventTypes.filter((type) => session.events.some((e) => e.round === round && e.type === type));
}

/** The unlock code of a round of a session, with its events taken from the session's schedule. */
export function roundCode(session: WorkshopSession, opening: Omit<RoundOpening, 'events'>): string {
	const { round, closesAt, lock } = opening;
	if (!Number.isInteger(round) || round < 1 || round > Math.min(8, session.rounds))
		throw new RangeError(`round ${round} is not a round of this session`);
	const mask = roundEvents(session, round).reduce((m, type) => m | (1 << eventTypes.indexOf(type)), 0);
	const minute = Math.round((closesAt - EPOCH_MS) / MINUTE_MS);
	const body =
		digits(round - 1 + (lock ? 8 : 0), 1) +
		digits(mask, 1) +
		digits(((minute % TIME_SPAN) + TIME_SPAN) % TIME_SPAN, 4) +
		digits(sessionTag(session), 3);
	return body + digits(checkOf(body), 3);
}

/** The code as it is shown and read out: three groups of four. */
export function formatRoundCode(code: string): string {
	return code.replace(/(.{4})(?=.)/g, '$1-');
}

function refuse(check: CheckFailure['check'], detail: string, args?: CheckFailure['args']): CheckFailure {
	return args ? { ok: false, check, detail, args } : { ok: false, check, detail };
}

/**
 * Reads a typed round code for the round a team is about to play. In order: its characters (spaces, dashes and case
 * do not matter; O is read as 0 and I or L as 1, as Crockford's base 32 does), its checksum (a typo), its session,
 * its round (`args.found`, `args.expected`) and its events against the session's schedule. `now` picks the closing
 * time nearest to it among those the four time characters could mean.
 */
export function readRoundCode(
	raw: string,
	session: WorkshopSession,
	expectedRound: number,
	now: number,
): Checked<RoundOpening> {
	const text = raw
		.toUpperCase()
		.replace(/[\s-]+/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (text === '') return refuse('empty', '');
	if (text.length !== ROUND_CODE_LENGTH || [...text].some((ch) => !ALPHABET.includes(ch)))
		return refuse('roundCodeShape', '', { length: ROUND_CODE_LENGTH });
	const body = text.slice(0, 9);
	if (readBase32(text.slice(9)) !== checkOf(body)) return refuse('roundCodeChecksum', '');
	if (readBase32(text.slice(6, 9)) !== sessionTag(session)) return refuse('roundCodeSession', '');
	const head = readBase32(text.slice(0, 1));
	const round = (head % 8) + 1;
	if (round !== expectedRound) return refuse('roundCodeRound', '', { found: round, expected: expectedRound });
	const mask = readBase32(text.slice(1, 2));
	const events = eventTypes.filter((_, i) => mask & (1 << i));
	if (mask >= 1 << eventTypes.length || events.join() !== roundEvents(session, round).join())
		return refuse('roundCodeEvent', '');
	const nowMinute = Math.floor((now - EPOCH_MS) / MINUTE_MS);
	const stored = readBase32(text.slice(2, 6));
	// The closing minute that these characters could mean and that lies nearest to now.
	const base = nowMinute - (((nowMinute % TIME_SPAN) + TIME_SPAN) % TIME_SPAN);
	const candidates = [base - TIME_SPAN, base, base + TIME_SPAN].map((b) => b + stored);
	const minute = candidates.reduce((best, c) => (Math.abs(c - nowMinute) < Math.abs(best - nowMinute) ? c : best));
	return { ok: true, value: { round, events, closesAt: EPOCH_MS + minute * MINUTE_MS, lock: head >= 8 } };
}
