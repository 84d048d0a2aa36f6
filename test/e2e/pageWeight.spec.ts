import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';

// The JavaScript budget per page, gzipped, of everything the page loads once it has been scrolled through and gone
// idle (islands hydrate when visible; Starlight fetches its search UI when idle). Printed so the figures can be read.
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const budgets = [
	{ route: '/', kind: 'text', limit: 40 },
	{ route: '/methods/four-step-positioning/', kind: 'text', limit: 40 },
	{ route: '/reference/progress/', kind: 'text with a quiz', limit: 40 },
	{ route: '/labs/simulator/', kind: 'lab', limit: 250 },
	{ route: '/en/labs/simulator/', kind: 'lab', limit: 250 },
	{ route: '/labs/analyzer/', kind: 'analyzer', limit: 250 },
	{ route: '/en/labs/analyzer/', kind: 'analyzer', limit: 250 },
	{ route: '/workshop/facilitator/', kind: 'workshop', limit: 250 },
	{ route: '/en/workshop/team/', kind: 'workshop', limit: 250 },
	{ route: '/workshop/debrief/', kind: 'workshop', limit: 250 },
	{ route: '/en/workshop/debrief/', kind: 'workshop', limit: 250 },
];

async function loadedScripts(page: Page, route: string, runLab: boolean): Promise<Map<string, number>> {
	const scripts = new Map<string, number>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		const type = response.request().resourceType();
		if (
			(type === 'script' || url.pathname.endsWith('.js') || url.pathname.endsWith('.mjs')) &&
			url.origin === new URL(page.url() || 'http://localhost').origin
		) {
			try {
				scripts.set(url.pathname, gzipSync(readFileSync(`${dist}${url.pathname}`)).length);
			} catch {
				// Not a file of the build (e.g. a data URL): it has no weight on the wire.
			}
		}
	});
	await page.goto(route);
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += 400) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 30));
		}
	});
	// A lesson's lab starts by itself: wait until it has drawn its first chart, so the charting library counts too.
	if (runLab && (await page.locator('.course-lab-host').count())) {
		await page.locator('.course-lab-host').first().scrollIntoViewIfNeeded();
		if (route.includes('/labs/')) {
			await page.getByRole('button', { name: /生成客户组合|Generate the portfolio/ }).click();
			await page.getByRole('button', { name: /采用这个分级|Use this tiering/ }).click();
		}
		await page.locator('.course-lab canvas').first().waitFor({ timeout: 30_000 });
	}
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	return scripts;
}

const kb = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
const largest = (scripts: Map<string, number>, n: number) =>
	[...scripts.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([p, s]) => `${p.replace('/_astro/', '')} ${(s / 1024).toFixed(1)}`)
		.join(', ');

for (const budget of budgets) {
	test(`JavaScript on ${budget.route} (${budget.kind}) stays within ${budget.limit} KB gzipped on load`, async ({
		page,
	}) => {
		const scripts = await loadedScripts(page, budget.route, false);
		const total = kb(scripts);
		console.log(
			`[page weight] ${budget.route}: ${total.toFixed(1)} KB gzipped JS on load in ${scripts.size} files (limit ${budget.limit}); largest: ${largest(scripts, 5)}`,
		);
		expect(scripts.size).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(budget.limit);
		expect(
			[...scripts.keys()].some((p) => /faker/i.test(p)),
			'faker must not reach the page',
		).toBe(false);
	});
}

// A lesson's lab starts by itself when scrolled into view, and once it has drawn its charts it has also fetched the
// worker and Chart.js: that total is held to the lab budget as well.
for (const route of ['/en/lectures/04-service-strategy-and-control/', '/labs/simulator/']) {
	test(`JavaScript on ${route} stays within 250 KB gzipped once its lab has drawn a chart`, async ({ page }) => {
		const scripts = await loadedScripts(page, route, true);
		console.log(
			`[page weight] ${route}: ${kb(scripts).toFixed(1)} KB gzipped JS once the lab has drawn a chart, in ${scripts.size} files (limit 250); all: ${largest(scripts, 99)}`,
		);
		expect(kb(scripts)).toBeLessThanOrEqual(250);
		expect(
			[...scripts.keys()].some((p) => /chart/i.test(p)),
			'the lab drew a chart',
		).toBe(true);
		expect(
			[...scripts.keys()].some((p) => /faker/i.test(p)),
			'faker must not reach the page',
		).toBe(false);
	});
}
