/**
 * Colours for the teams on the debrief's charts. A team named after a colour (红队, 蓝队, "Green team") is drawn in
 * it, so the room finds its line at once; every other team takes the next free colour of the Okabe–Ito palette,
 * which stays distinguishable with every common colour-vision deficiency. Every colour has at least 4:1 contrast
 * with the projector's black (none is black, navy or dark grey); on the page's white the light ones (yellow, sky,
 * pink, orange) are faint, which is why each line also has its own dash and point shape. Grey is left to the
 * reference policies.
 */
export const namedColours = {
	red: '#d55e00',
	orange: '#e69f00',
	yellow: '#f0e442',
	green: '#009e73',
	blue: '#0072b2',
	sky: '#56b4e9',
	purple: '#cc79a7',
	pink: '#f4a3c8',
	brown: '#a6761d',
} as const;
export type ColourName = keyof typeof namedColours;

/** The colours unnamed teams take, in order: Okabe–Ito without its black, then the two extras above. */
export const teamPalette: readonly string[] = [
	namedColours.blue,
	namedColours.orange,
	namedColours.green,
	namedColours.purple,
	namedColours.sky,
	namedColours.red,
	namedColours.yellow,
	namedColours.brown,
	namedColours.pink,
];

/** The grey of reference lines: 3.9:1 on white, 5.3:1 on black. */
export const referenceGrey = '#808080';

// Colour words, longest first so "天蓝" is sky before "蓝" is blue and "purple" is not read as "red" in a longer word.
const words: [RegExp, ColourName][] = [
	[/天蓝|浅蓝|sky|light ?blue|cyan|青/i, 'sky'],
	[/红|赤|\bred\b|crimson|scarlet/i, 'red'],
	[/橙|橘|\borange\b/i, 'orange'],
	[/黄|金|\byellow\b|\bgold(en)?\b/i, 'yellow'],
	[/绿|\bgreen\b/i, 'green'],
	[/蓝|\bblue\b|navy/i, 'blue'],
	[/紫|\bpurple\b|violet/i, 'purple'],
	[/粉|\bpink\b/i, 'pink'],
	[/棕|褐|咖啡|\bbrown\b/i, 'brown'],
];

/** The colour a team's name calls for, if it names exactly one colour. */
export function colourOfName(name: string): ColourName | null {
	const found = new Set<ColourName>();
	let rest = name;
	for (const [pattern, colour] of words) {
		if (pattern.test(rest)) {
			found.add(colour);
			rest = rest.replace(new RegExp(pattern.source, 'gi'), ' ');
		}
	}
	return found.size === 1 ? ([...found][0] as ColourName) : null;
}

/**
 * A colour for each team, in the order given: its own colour where its name has one and no earlier team took it,
 * else the first palette colour no team has. Beyond the palette's nine colours, colours repeat in order (the chart
 * then tells lines apart by their dash and point shape, and shows one small chart per team).
 */
export function teamColours(names: readonly string[]): string[] {
	const wanted = names.map(colourOfName);
	const taken = new Set<string>();
	const out: (string | null)[] = wanted.map((colour) => {
		if (!colour) return null;
		const hex = namedColours[colour];
		if (taken.has(hex)) return null;
		taken.add(hex);
		return hex;
	});
	let next = 0;
	return out.map((hex) => {
		if (hex) return hex;
		const free = teamPalette.find((c) => !taken.has(c));
		if (free) {
			taken.add(free);
			return free;
		}
		const cycled = teamPalette[next % teamPalette.length] as string;
		next++;
		return cycled;
	});
}
