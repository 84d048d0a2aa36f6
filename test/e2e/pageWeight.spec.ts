import { expect, test } from '@playwright/test';
import { loadedScripts, totalKb } from './support/loadedScripts.ts';

// The JavaScript a page with a lab loads once that lab has drawn its charts (every page's load-time budget is held in
// everyPage.spec.ts). Printed so the figures can be read.
const kb = totalKb;
const largest = (scripts: Map<string, number>, n: number) =>
	[...scripts.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([p, s]) => `${p.replace('/_astro/', '')} ${(s / 1024).toFixed(1)}`)
		.join(', ');

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
