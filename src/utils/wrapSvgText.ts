/*
 * SVG has no automatic line breaking, so diagrams that receive their words as props (Chinese or English) break them
 * into lines here. Widths are estimates in em: exact glyph metrics are unknown at build time, so the estimates err
 * on the wide side and a line never overflows its box.
 */

// Han, kana, CJK punctuation and full-width forms take a full em and may break between any two characters.
const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
// Characters that must not begin a line (closing punctuation in both scripts).
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]}%]$/u;

/** Estimated width of one character in em, for the sans-serif fonts Starlight uses. */
function charWidth(char: string): number {
	if (WIDE.test(char)) return 1;
	if (char === ' ') return 0.3;
	if (/[mwMW@]/.test(char)) return 0.9;
	if (/[A-Z0-9%&]/.test(char)) return 0.68;
	if (/[iljtfr.,;:'!|()[\]-]/.test(char)) return 0.36;
	return 0.56;
}

/** Returns the estimated width of `text` in em; multiply by the font size for user units. */
export function measureText(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char);
	return width;
}

/** A piece that stays on one line, and whether a space separates it from the piece before. */
type Token = { text: string; spaceBefore: boolean };

/** Splits text into unbreakable pieces: Latin words whole, wide characters one by one, closing marks glued on. */
function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let word = '';
	let spaceBefore = false;
	const flush = () => {
		if (!word) return;
		tokens.push({ text: word, spaceBefore });
		word = '';
		spaceBefore = false;
	};
	for (const char of text.trim()) {
		if (/\s/.test(char)) {
			flush();
			spaceBefore = true;
		} else if (NO_LINE_START.test(char) && (word || (!spaceBefore && tokens.length > 0))) {
			// Glue a closing mark to the piece before so that it never starts a line.
			const last = tokens[tokens.length - 1];
			if (word) word += char;
			else if (last) last.text += char;
		} else if (WIDE.test(char)) {
			flush();
			tokens.push({ text: char, spaceBefore });
			spaceBefore = false;
		} else {
			word += char;
		}
	}
	flush();
	return tokens;
}

/**
 * Breaks `text` into lines no wider than `maxEm` (estimated), greedily. Latin text breaks at spaces, Chinese between
 * characters, and closing punctuation never starts a line. A single word wider than the limit gets a line of its own.
 */
export function wrapSvgText(text: string, maxEm: number): string[] {
	const lines: string[] = [];
	let line = '';
	let width = 0;
	for (const token of tokenize(text)) {
		const gap = token.spaceBefore && line ? ' ' : '';
		const added = measureText(gap + token.text);
		if (line && width + added > maxEm) {
			lines.push(line);
			line = token.text;
			width = measureText(token.text);
		} else {
			line += gap + token.text;
			width += added;
		}
	}
	if (line) lines.push(line);
	return lines;
}
