/** The longest excerpt of an input that a message quotes: enough to recognise it, never a whole file. */
export const MAX_EXCERPT_CHARS = 200;

// Control, format (zero-width, bidi overrides), line and paragraph separators and lone surrogates: characters that a
// terminal obeys (ANSI escapes, CR) or that make text read other than it is stored (U+202E).
const unprintable = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** A character's code point as `U+202E`. */
export function codePoint(char: string): string {
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text from an input made safe to quote in a message or print to a terminal: every control or invisible character
 * written as `<U+001B>`, and cut to `max` characters with an ellipsis. Inputs are quoted, never obeyed.
 */
export function printableExcerpt(text: string, max = MAX_EXCERPT_CHARS): string {
	const chars = Array.from(text);
	const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
	return cut.replace(unprintable, (c) => `<${codePoint(c)}>`);
}
