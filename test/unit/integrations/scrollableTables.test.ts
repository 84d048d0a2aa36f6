import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { localeOfPath, scrollableTables, tableRegionLabel } from '../../../src/integrations/scrollableTables.ts';

const render = (markdown: string, path: string) =>
	markdownToHtml(markdown, {
		hastPlugins: [scrollableTables],
		fileURL: pathToFileURL(path),
		features: { gfm: true },
	} as never).html;

const table = `| 阶段 | 时长 | 内容 | 产出 |\n| --- | --- | --- | --- |\n| 开场 | 10 | 目标 | 无 |\n`;

describe('scrollableTables (Sätteri)', () => {
	test('wraps a Chinese lesson table in a focusable region named after its headings', () => {
		const html = render(`# 标题\n\n${table}`, '/x/src/content/docs/lectures/01.mdx');
		expect(html).toMatch(
			/<div class="course-table-scroll" role="region" tabindex="0" aria-label="表格：阶段、时长、内容等"><table>/,
		);
		expect(html).toMatch(/<\/table><\/div>/);
	});

	test('names an English lesson table in English, and never after a body cell', () => {
		const md = '| Term | Meaning |\n| --- | --- |\n| CLV | lifetime value |\n';
		const html = render(md, '/x/src/content/docs/en/reference/glossary.mdx');
		expect(html).toContain('aria-label="Table: Term, Meaning"');
		expect(html).not.toContain('CLV"');
	});

	test('wraps every table on the page, and leaves other content alone', () => {
		const html = render(`${table}\nText.\n\n${table}`, '/x/src/content/docs/index.mdx');
		expect(html.match(/class="course-table-scroll"/g)).toHaveLength(2);
		expect(html).toContain('<p>Text.</p>');
	});
});

describe('tableRegionLabel', () => {
	test('shows at most three headings and says when there are more', () => {
		expect(tableRegionLabel(['A', 'B', 'C', 'D'], 'en')).toBe('Table: A, B, C…');
		expect(tableRegionLabel(['甲', '乙'], 'zh-CN')).toBe('表格：甲、乙');
	});

	test('falls back to the bare word when the table has no headings', () => {
		expect(tableRegionLabel([' ', ''], 'en')).toBe('Table');
		expect(tableRegionLabel([], 'zh-CN')).toBe('表格');
	});
});

describe('localeOfPath', () => {
	test('reads English from the en/ folder, Chinese otherwise', () => {
		expect(localeOfPath('/a/src/content/docs/en/x.mdx')).toBe('en');
		expect(localeOfPath('C:\\a\\src\\content\\docs\\en\\x.mdx')).toBe('en');
		expect(localeOfPath('/a/src/content/docs/lectures/x.mdx')).toBe('zh-CN');
		expect(localeOfPath(undefined)).toBe('zh-CN');
	});
});
