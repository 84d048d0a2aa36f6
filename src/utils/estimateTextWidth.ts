/**
 * Estimates how wide a line of SVG text will be, in the units of its font size. SVG cannot measure text at build time,
 * so the diagrams size their boxes and viewBox from this estimate instead: Han characters and full-width punctuation are
 * one em, Latin letters about half of one. It errs on the wide side so that labels in either language fit.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const char of text) em += charEm(char);
	return em * fontSize * (bold ? 1.07 : 1);
}

/** Approximate advance of one character, in em, for common sans-serif system fonts. */
function charEm(char: string): number {
	if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d]/u.test(char)) return 1;
	if (/[iljtfrI.,;:'!|()[\]{}\-/ ]/.test(char)) return 0.32;
	if (/[mwMW@%]/.test(char)) return 0.86;
	if (/[A-Z0-9×−–]/.test(char)) return 0.64;
	return 0.55;
}
