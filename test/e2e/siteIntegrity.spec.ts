import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist, distPages } from './support/distPages.ts';

// Checks over the whole production build (dist/), page by page, without a browser where none is needed.
const pages = distPages();
const contentPages = pages.filter((p) => !p.route.endsWith('404.html'));

/** The file a site-relative URL resolves to in dist/, or null. */
function resolveTarget(url: string): string | null {
	const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
	const candidates = [join(dist, path), join(dist, path, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

test('every internal link and asset reference resolves to a file of the build', () => {
	const broken: string[] = [];
	let checked = 0;
	for (const page of pages) {
		for (const match of page.html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const url = match[1] as string;
			if (/^(https?:|mailto:|data:|#|javascript:)/.test(url) || url.startsWith('//')) continue;
			checked += 1;
			const absolute = url.startsWith('/') ? url : new URL(url, `http://x${page.route}`).pathname;
			if (!resolveTarget(absolute)) broken.push(`${page.route} → ${url}`);
		}
	}
	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(pages.length * 10);
});

test('no page links or loads anything from another site except plain links out', () => {
	const external: string[] = [];
	for (const page of pages) {
		for (const match of page.html.matchAll(/<(script|link|img|iframe)[^>]+(?:src|href)="(https?:\/\/[^"]+)"/g)) {
			if (match[1] === 'link' && /rel="(canonical|alternate|sitemap)"/.test(match[0])) continue;
			external.push(`${page.route}: ${match[2]}`);
		}
	}
	expect(external).toEqual([]);
});

test('every page exists in both languages with the right lang attribute', () => {
	const routes = new Set(contentPages.map((p) => p.route));
	const missing: string[] = [];
	for (const page of contentPages) {
		const isEnglish = page.route.startsWith('/en/');
		expect(page.html, page.route).toMatch(new RegExp(`<html lang="${isEnglish ? 'en' : 'zh-CN'}"`));
		const twin = isEnglish ? page.route.replace(/^\/en\//, '/') : `/en${page.route}`;
		if (!routes.has(twin)) missing.push(`${page.route} has no ${twin}`);
	}
	expect(missing).toEqual([]);
});

test('every image has a text alternative and every SVG diagram an accessible name', () => {
	const problems: string[] = [];
	for (const page of pages) {
		for (const img of page.html.matchAll(/<img\b[^>]*>/g))
			if (!/\balt="/.test(img[0])) problems.push(`${page.route}: ${img[0]}`);
		for (const svg of page.html.matchAll(/<svg\b[^>]*role="img"[^>]*>/g)) {
			if (!/aria-label(ledby)?="[^"]+"/.test(svg[0])) problems.push(`${page.route}: unnamed diagram`);
		}
	}
	expect(problems).toEqual([]);
});

const lectures = contentPages.filter((p) => /^\/(en\/)?lectures\/\d\d-/.test(p.route));

test('each of the eight lectures has its objectives, its worked example, its knowledge check and its takeaways, in both languages', () => {
	expect(lectures).toHaveLength(16);
	for (const lecture of lectures) {
		const english = lecture.route.startsWith('/en/');
		expect(lecture.html, lecture.route).toContain(english ? 'Learning objectives' : '学习目标');
		expect(lecture.html, lecture.route).toContain(english ? 'Key takeaways' : '要点回顾');
		expect(lecture.html, lecture.route).toMatch(/<fieldset[^>]*>[\s\S]*?<legend/);
		// The worked example: its heading, then a captioned table of engine-computed figures with scoped headers.
		expect(lecture.html, lecture.route).toMatch(english ? /<h2[^>]*>Worked example: / : /<h2[^>]*>算例：/);
		expect(lecture.html, lecture.route).toMatch(
			/<table[^>]*data-example="[a-zA-Z]+"[^>]*>\s*<caption[^>]*>[^<]{5,}<\/caption>[\s\S]*?<th scope="col"[\s\S]*?<th scope="row"/,
		);
	}
});

test('search finds each lecture by its Chinese title and by its English title', async ({ page }) => {
	test.setTimeout(90_000);
	for (const locale of ['', '/en'] as const) {
		await page.goto(`${locale}/`);
		const found = await page.evaluate(
			async (titles) => {
				const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
				await pagefind.init();
				const out: Record<string, string[]> = {};
				for (const title of titles) {
					const search = await pagefind.search(title);
					const data = await Promise.all(
						search.results.slice(0, 5).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
					);
					out[title] = data.map((d) => d.url);
				}
				return out;
			},
			lectures
				.filter((l) => l.route.startsWith('/en/') === (locale === '/en'))
				.map((l) => (l.html.match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1] ?? '').trim()),
		);
		expect(Object.keys(found)).toHaveLength(8);
		for (const [title, urls] of Object.entries(found)) {
			expect(title.length).toBeGreaterThan(3);
			expect(
				urls.some((u) => /\/lectures\/\d\d-/.test(u)),
				`search for "${title}" → ${urls.join(', ')}`,
			).toBe(true);
		}
	}
});

test("the search dialog speaks the page's language and ranks lessons and the glossary first", async ({ page }) => {
	test.setTimeout(90_000);
	const cases = [
		{ home: '/', term: '低于零点客户', message: /^找到 \d+ 条与“低于零点客户”相关的结果$/ },
		{ home: '/en/', term: 'below-zero customers', message: /^\d+ results for below-zero customers$/ },
	];
	for (const { home, term, message } of cases) {
		await page.goto(home);
		await page.locator('site-search button[data-open-modal]').first().click();
		const input = page.locator('#starlight__search input');
		await input.fill(term);
		await expect(page.locator('.pagefind-ui__message')).toHaveText(message, { timeout: 30_000 });
		const first = page.locator('.pagefind-ui__result-link').first();
		// A learner looking a term up lands on a lesson or the glossary, not on the model page or an instructor's note.
		await expect(first).toHaveAttribute('href', /\/(lectures|cases|methods)\/|\/reference\/glossary\//);
		await page.keyboard.press('Escape');
	}
});

test('no page shows Markdown that failed to render (a stray ** or __ in the text)', () => {
	const stray: string[] = [];
	for (const page of pages) {
		const text = page.html
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<style[\s\S]*?<\/style>/g, '')
			.replace(/<code[\s\S]*?<\/code>/g, '')
			.replace(/<[^>]+>/g, '');
		for (const match of text.matchAll(/.{0,12}(\*\*|__).{0,12}/g)) stray.push(`${page.route}: ${match[0]}`);
	}
	expect(stray).toEqual([]);
});

test('the website carries none of the packages built from it: no zip in dist/, none precached, no SCORM launch page', () => {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((name) => name.split(sep).join('/'));
	// The USB zip and the SCORM zip are written next to dist/, never into it; a zip inside would be served and precached.
	expect(files.filter((name) => /\.zip$/i.test(name))).toEqual([]);
	expect(files).not.toContain('imsmanifest.xml');
	expect(files).not.toContain('scorm/index.html');
	const precache = readFileSync(join(dist, 'sw.js'), 'utf8');
	expect(precache).toContain('index.html');
	expect(precache).not.toMatch(/\.zip\b|imsmanifest|dist-scorm/);
});
