import { decodeShareCode } from './shareCode.ts';

// A code's start: kind letter and version (`t1.`, `w1.`), its CRC-32 and the body's first characters. The look-behind
// keeps "abt1.…" from counting, but lets punctuation of any script stand right before it ("红队：t1.…", "(t1.…").
const START = /(?<![A-Za-z0-9_-])([tw])(\d+)\.([0-9a-f]{8})\.([A-Za-z0-9_-]*)/g;
// A line of chat that could be the rest of a wrapped code: base64url characters only.
const CONTINUATION = /^\s+([A-Za-z0-9_-]+)(?=\s|$)/;

const decodes = (code: string) => decodeShareCode(code, code[0] as string, Number(/^[a-z](\d+)/.exec(code)?.[1])).ok;

/**
 * The codes in a pasted text, in order: `t1.` hand-ins and `w1.` session codes (a session link counts by its code),
 * with whatever words surround them in a chat message left out ("红队：t1.… 谢谢老师" gives the code alone).
 *
 * A chat app may wrap a long code over lines; when a code does not decode on its own and the words after it, joined
 * on, make one that does, they are taken as its rest. A text that starts with `{` is a pasted result file and is
 * returned whole. A text with no code at all is returned whole too (trimmed), so that the reader says what is wrong
 * with it rather than nothing; an empty text gives no codes.
 */
export function extractCodes(text: string): string[] {
	const trimmed = text.trim();
	if (trimmed === '') return [];
	if (trimmed.startsWith('{')) return [trimmed];
	const codes: string[] = [];
	let taken = 0;
	for (const match of trimmed.matchAll(START)) {
		let code = match[0];
		let end = (match.index ?? 0) + code.length;
		if (!decodes(code)) {
			let joined = code;
			let at = end;
			// At most a dozen wrapped lines: a real code is a few hundred characters.
			for (let k = 0; k < 12; k++) {
				const next = CONTINUATION.exec(trimmed.slice(at));
				if (!next) break;
				joined += next[1];
				at += next[0].length;
				if (decodes(joined)) {
					code = joined;
					end = at;
					break;
				}
			}
		}
		// A start inside the previous code's wrapped rest is part of that code, not a code of its own.
		if ((match.index ?? 0) < taken) continue;
		codes.push(code);
		taken = end;
	}
	return codes.length ? codes : [trimmed];
}
