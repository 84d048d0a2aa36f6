import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const docs = join(import.meta.dirname, '../../src/content/docs');
const sections = ['cases', 'methods', 'reference'];

/** The pages of a section in the default (Chinese) locale, as paths relative to the docs folder. */
function chinesePages(section: string): string[] {
	const dir = join(docs, section);
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.mdx'))
				.map((f) => `${section}/${f}`)
		: [];
}

function read(relative: string): string {
	return readFileSync(join(docs, relative), 'utf8');
}

/** The frontmatter block of an MDX page (between the first two `---` lines). */
function frontmatter(source: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
}

describe('case, method and reference pages', () => {
	const pages = sections.flatMap(chinesePages);

	test('exist at all', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	test('each have an English page at the same path, and vice versa', () => {
		for (const page of pages) expect(existsSync(join(docs, 'en', page)), page).toBe(true);
		for (const section of sections) {
			const dir = join(docs, 'en', section);
			if (!existsSync(dir)) continue;
			for (const file of readdirSync(dir))
				expect(existsSync(join(docs, section, file)), `en/${section}/${file}`).toBe(true);
		}
	});

	test('have a title, a description and the same sidebar order in both languages', () => {
		for (const page of pages) {
			const zh = frontmatter(read(page));
			const en = frontmatter(read(`en/${page}`));
			for (const fm of [zh, en]) {
				expect(fm, page).toMatch(/^title: \S/m);
				expect(fm, page).toMatch(/^description: \S/m);
			}
			// Accepts both the block form (sidebar:\n  order: 3) and the inline form (sidebar: { order: 3 }).
			const order = (fm: string) => /\border:\s*(\d+)/.exec(fm)?.[1];
			expect(order(zh), page).toBeDefined();
			expect(order(en), page).toBe(order(zh));
		}
	});
});

/** Parses a number as written in the tables: thousands separators, a typographic minus, an optional percent sign. */
function parseNumber(cell: string): number {
	const text = cell.replace(/[*,]/g, '').replace('−', '-').trim();
	return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** The rows of the two ten-customer tables (customers A–J: first the inputs, then the results), as trimmed cells. */
function customerRows(source: string): string[][] {
	return source
		.split('\n')
		.filter((line) => /^\| [A-J] \|/.test(line))
		.map((line) =>
			line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim()),
		);
}

/** The bold total rows of the page's tables, in order, as trimmed cells. */
function totalRows(source: string): string[][] {
	return source
		.split('\n')
		.filter((line) => /^\| \*\*(合计|Total)\*\* \|/.test(line))
		.map((line) =>
			line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim()),
		);
}

for (const locale of [
	{ path: 'methods/four-step-positioning.mdx', middle: '中间客户' },
	{ path: 'en/methods/four-step-positioning.mdx', middle: 'middle' },
]) {
	describe(`the worked MVC/MGC/BZ example (${locale.path})`, () => {
		const source = read(locale.path);
		const all = customerRows(source);
		const inputs = all.slice(0, 10);
		const results = all.slice(10, 20);
		const rows = inputs.map(([name, revenue, rate, cost, wallet], i) => {
			const [resultName, margin, net, potential, group] = results[i] ?? [];
			return {
				name,
				resultName,
				revenue: parseNumber(revenue ?? ''),
				rate: parseNumber(rate ?? ''),
				cost: parseNumber(cost ?? ''),
				wallet: parseNumber(wallet ?? ''),
				margin: parseNumber(margin ?? ''),
				net: parseNumber(net ?? ''),
				potential: parseNumber(potential ?? ''),
				group: group ?? '',
			};
		});

		test('has ten customers, in the same order in the inputs and in the results', () => {
			expect(all).toHaveLength(20);
			expect(rows.map((r) => r.name)).toEqual([...'ABCDEFGHIJ']);
			expect(rows.map((r) => r.resultName)).toEqual([...'ABCDEFGHIJ']);
		});

		test('computes margin, profit after cost to serve and potential margin correctly', () => {
			for (const r of rows) {
				expect(r.margin, r.name).toBeCloseTo(r.revenue * r.rate, 6);
				expect(r.net, r.name).toBeCloseTo(r.margin - r.cost, 6);
				expect(r.potential, r.name).toBeCloseTo((r.wallet - r.revenue) * r.rate, 6);
			}
		});

		test('groups every customer by the rules stated on the page', () => {
			const topTwo = [...rows]
				.filter((r) => r.net >= 0)
				.sort((a, b) => b.net - a.net)
				.slice(0, 2)
				.map((r) => r.name);
			for (const r of rows) {
				const expected = r.net < 0 ? 'BZ' : topTwo.includes(r.name) ? 'MVC' : r.potential >= 30 ? 'MGC' : locale.middle;
				expect(r.group.startsWith(expected), `${r.name}: ${r.group}`).toBe(true);
			}
		});

		test('states totals that match the rows', () => {
			const [inputTotal, resultTotal] = totalRows(source);
			const sum = (key: 'revenue' | 'margin' | 'cost' | 'net') => rows.reduce((s, r) => s + r[key], 0);
			expect(parseNumber(inputTotal?.[1] ?? '')).toBeCloseTo(sum('revenue'), 6);
			expect(parseNumber(inputTotal?.[3] ?? '')).toBeCloseTo(sum('cost'), 6);
			expect(parseNumber(resultTotal?.[1] ?? '')).toBeCloseTo(sum('margin'), 6);
			expect(parseNumber(resultTotal?.[2] ?? '')).toBeCloseTo(sum('net'), 6);
		});
	});
}

describe('the glossary', () => {
	const zh = read('reference/glossary.mdx');
	const en = read('en/reference/glossary.mdx');
	const termRows = (source: string) => source.split('\n').filter((line) => /^\| [^-|].*<span lang=/.test(line));

	test('has the same number of terms in both languages', () => {
		expect(termRows(zh).length).toBeGreaterThan(50);
		expect(termRows(en).length).toBe(termRows(zh).length);
	});

	test('marks the other-language term with its lang in every row', () => {
		for (const row of termRows(zh)) expect(row).toMatch(/<span lang="en">[^<]+<\/span>/);
		for (const row of termRows(en)) expect(row).toMatch(/<span lang="zh-CN">[^<]+<\/span>/);
	});

	test('contains every term of the syllabus term table in both languages', () => {
		const pairs = [
			['客户分级', 'customer tiering'],
			['最具价值客户（MVC）', 'most valuable customers (MVC)'],
			['最具成长性客户（MGC）', 'most growable customers (MGC)'],
			['低于零点客户（BZ）', 'below-zero customers (BZ)'],
			['服务成本', 'cost to serve'],
			['客户满意度', 'customer satisfaction'],
			['客户流失', 'churn'],
			['客户生命周期价值（CLV）', 'customer lifetime value (CLV)'],
			['铁三角', 'iron triangle'],
			['三层对接', 'three-layer contact'],
			['直销 / 分销 / 生态', 'direct sales / distribution / ecosystem'],
		];
		for (const [chinese, english] of pairs) {
			expect(zh).toContain(`| ${chinese} | <span lang="en">${english}</span> |`);
			expect(en).toContain(`| ${english} | <span lang="zh-CN">${chinese}</span> |`);
		}
	});
});
