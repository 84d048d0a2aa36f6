import { codePoint } from './printableExcerpt.ts';

/**
 * Why a name (of a team, a tier) is refused, as a stable kind the UI translates (`name.problem.<kind>`) and the
 * character that caused it:
 * - `control`: a control character (ANSI escape, CR, NUL, tab), which a terminal or a CSV would obey;
 * - `invisible`: a zero-width or other format character, which makes two names look the same;
 * - `bidi`: a bidirectional override or isolate, which makes a name read in another order than it is stored;
 * - `mixedScript`: letters of two of Latin, Greek and Cyrillic, as in a Latin name with a Greek Β: a look-alike.
 */
export interface NameProblem {
	kind: 'control' | 'invisible' | 'bidi' | 'mixedScript';
	/** The offending character as `U+202E`. */
	char: string;
	/** Its position in the name, from 1, in characters. */
	at: number;
}

const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const control = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]/u;
const invisible = /\p{Cf}/u;
// The scripts whose capitals look alike (A/Α/А, B/Β/В, …); Han, kana and the rest mix with Latin freely.
const lookAlikeScripts = [/\p{Script=Latin}/u, /\p{Script=Greek}/u, /\p{Script=Cyrillic}/u];

/** A name as stored and compared: NFC, so "é" typed as e + accent and as one character are the same name. */
export function normaliseName(name: string): string {
	return name.normalize('NFC').trim();
}

/** The first reason to refuse a name, or null when it is fine. Expects a name already normalised. */
export function nameProblem(name: string): NameProblem | null {
	const chars = Array.from(name);
	let firstScript = -1;
	for (const [i, c] of chars.entries()) {
		const kind = bidi.test(c) ? 'bidi' : control.test(c) ? 'control' : invisible.test(c) ? 'invisible' : null;
		if (kind) return { kind, char: codePoint(c), at: i + 1 };
		const script = lookAlikeScripts.findIndex((re) => re.test(c));
		if (script < 0) continue;
		if (firstScript < 0) firstScript = script;
		else if (script !== firstScript) return { kind: 'mixedScript', char: codePoint(c), at: i + 1 };
	}
	return null;
}
