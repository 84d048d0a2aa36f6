/**
 * Line breaking for SVG text, which has no automatic wrapping of its own. Widths are estimated from character classes
 * (Han and full-width forms take one em, Latin letters about half of one), which is close enough for labels in a
 * diagram whose text comes from the page in either language.
 */

// Characters that must not begin a line (Chinese closing punctuation and Latin marks), so they stay with what precedes.
const noLineStart = new Set([...'，。、；：！？）》」』”’…,.;:!?)]}%']);

const narrow = new Set([..."iljtfrI.,;:'!|()[]{}-/ "]);
const wide = new Set([...'mwMW@']);

/** Estimated advance width of one character, in em. */
export function charWidth(char: string): number {
	if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d]/u.test(char)) return 1;
	if (narrow.has(char)) return 0.3;
	if (wide.has(char)) return 0.85;
	if (/[A-Z0-9]/.test(char)) return 0.64;
	return 0.56;
}

/** Estimated width of a string in px at the given font size. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const char of text) em += charWidth(char);
	return em * fontSize;
}

/** Splits text into units that may not be broken: a Latin word with its trailing spaces, or one Han character. */
function breakUnits(text: string): string[] {
	const units: string[] = [];
	for (const match of text.matchAll(
		/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu,
	)) {
		const unit = match[0];
		const previous = units.at(-1);
		if (previous !== undefined && noLineStart.has(unit[0] ?? '')) units[units.length - 1] = previous + unit;
		else units.push(unit);
	}
	return units;
}

/**
 * Returns the lines that `text` takes when wrapped to `maxWidth` px at `fontSize` px, breaking between Latin words and
 * between Han characters (never before closing punctuation). A single unit wider than the line gets a line of its own.
 */
export function wrapSvgText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text.trim())) {
		const candidate = line + unit;
		if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
			lines.push(line.trimEnd());
			line = unit.trimStart();
		} else {
			line = candidate;
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}
