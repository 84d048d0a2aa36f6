/**
 * Returns a stable id prefix for one diagram, derived from its name and text, so that the `<title>`/`<desc>` ids a
 * diagram's `aria-labelledby` points at are unique on a page yet identical from build to build.
 */
export function diagramId(kind: string, ...texts: string[]): string {
	// 32-bit FNV-1a over the texts: short, deterministic, and collisions only matter within a single page.
	let hash = 0x811c9dc5;
	for (const char of texts.join('\u0000')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193);
	}
	return `${kind}-${(hash >>> 0).toString(36)}`;
}
