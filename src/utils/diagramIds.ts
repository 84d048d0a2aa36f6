/**
 * Returns element ids for a diagram's `<title>` and `<desc>` (and `base`, a prefix for any other ids it needs, such as
 * arrow markers), derived from its text so that they are stable between
 * builds and distinct for different diagrams on the same page (aria-labelledby needs unique ids).
 */
export function diagramIds(kind: string, text: string): { base: string; titleId: string; descId: string } {
	// FNV-1a: tiny, deterministic and good enough to tell a page's few diagrams apart.
	let hash = 0x811c9dc5;
	for (const char of `${kind}:${text}`) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	const base = `${kind}-${hash.toString(36)}`;
	return { base, titleId: `${base}-title`, descId: `${base}-desc` };
}
