/**
 * Returns ids for the `<title>` and `<desc>` of an SVG diagram, and a `base` for any other id it needs (an arrow marker),
 * derived from the diagram's own text. They stay the same from build to build and differ between the diagrams of one
 * page, which `aria-labelledby`, `aria-describedby` and `marker-end="url(#…)"` all need.
 */
export function labelIds(kind: string, text: string): { base: string; titleId: string; descId: string } {
	// FNV-1a over the code points: tiny, deterministic, and plenty to tell a page's few diagrams apart.
	let hash = 0x811c9dc5;
	for (const char of `${kind}:${text}`) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	const base = `${kind}-${hash.toString(36)}`;
	return { base, titleId: `${base}-title`, descId: `${base}-desc` };
}
