/**
 * Okabe–Ito fills for diagram boxes, each paired with the text colour that reaches at least 4.5:1 on it. The pairs are
 * fixed rather than themed, so the contrast holds in light and dark mode alike.
 */
export const diagramPalette = [
	{ fill: '#0072b2', ink: '#ffffff' }, // blue: 5.2:1 with white
	{ fill: '#e69f00', ink: '#000000' }, // orange: 9.3:1 with black
	{ fill: '#009e73', ink: '#000000' }, // bluish green: 6.1:1 with black
	{ fill: '#cc79a7', ink: '#000000' }, // reddish purple: 6.9:1 with black
	{ fill: '#56b4e9', ink: '#000000' }, // sky blue: 9.1:1 with black
	{ fill: '#d55e00', ink: '#000000' }, // vermillion: 5.4:1 with black
] as const;

/** Returns the palette entry for position `index`, cycling when a diagram has more parts than colours. */
export function paletteAt(index: number): (typeof diagramPalette)[number] {
	return diagramPalette[index % diagramPalette.length] ?? diagramPalette[0];
}
