/**
 * A Sätteri hast plugin that puts every Markdown table of a lesson in a scroll box keyboard users can reach: a named
 * region with `tabindex="0"`. Starlight lets a wide table scroll sideways inside its column, but a scroll box that
 * takes no focus cannot be scrolled without a mouse (WCAG 2.1.1; axe `scrollable-region-focusable`). Whether a table
 * overflows depends on the fonts and the browser build, so every table gets the box, not only the ones that
 * overflowed on one machine. The region is named after the table's column headings, in the page's language.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, which runs its own plugin shape (not rehype's), so this is one.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';

/** The words of the region's name in each course language. */
const wording = {
	'zh-CN': { table: '表格', separator: '、', more: '等', colon: '：' },
	en: { table: 'Table', separator: ', ', more: '…', colon: ': ' },
} as const;

export type TableLocale = keyof typeof wording;

/**
 * The accessible name of a table's scroll box: "Table: Stage, Minutes, Content" (at most three headings, so a screen
 * reader does not read a whole header row on every focus).
 */
export function tableRegionLabel(headings: readonly string[], locale: TableLocale): string {
	const words = wording[locale];
	const named = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean);
	if (named.length === 0) return words.table;
	const shown = named.slice(0, 3).join(words.separator);
	return `${words.table}${words.colon}${shown}${named.length > 3 ? words.more : ''}`;
}

/** The page's language from its source path: English lessons live under `src/content/docs/en/`. */
export function localeOfPath(path: string | undefined): TableLocale {
	return path && /[\\/]content[\\/]docs[\\/]en[\\/]/.test(path) ? 'en' : 'zh-CN';
}

interface HastLike {
	type: string;
	tagName?: string;
	children?: readonly HastLike[];
}

/** The header cells of a table, in order (only `thead`'s, so a body cell never names the table). */
function headingNodes(node: HastLike, inBody = false): HastLike[] {
	if (node.type === 'element' && node.tagName === 'th' && !inBody) return [node];
	const body = inBody || (node.type === 'element' && node.tagName === 'tbody');
	return (node.children ?? []).flatMap((child) => headingNodes(child, body));
}

/** Wraps each `<table>` in `<div class="course-table-scroll" role="region" tabindex="0" aria-label="…">`. */
export const scrollableTables: HastPluginEntry = ({ fileURL }) => {
	const locale = localeOfPath(fileURL ? fileURLToPath(fileURL) : undefined);
	return {
		name: 'course-scrollable-tables',
		element: [
			{
				filter: ['table'],
				visit(node, ctx) {
					const headings = headingNodes(node as HastLike).map((th) => ctx.textContent(th as never));
					ctx.wrapNode(node, {
						type: 'element',
						tagName: 'div',
						properties: {
							className: ['course-table-scroll'],
							role: 'region',
							tabIndex: 0,
							ariaLabel: tableRegionLabel(headings, locale),
						},
						children: [],
					});
				},
			},
		],
	};
};
