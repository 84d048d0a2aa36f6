import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { dist } from './distPages.ts';

/**
 * Opens a page, scrolls it through (islands hydrate when visible) and waits until it is idle (Starlight fetches its
 * search UI then); returns every same-origin script it loaded, by path, with its gzipped size in bytes. With `runLab`,
 * a lab is also driven until it has drawn its first chart, so the charting library counts too.
 */
export async function loadedScripts(page: Page, route: string, runLab: boolean): Promise<Map<string, number>> {
	const scripts = new Map<string, number>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		const type = response.request().resourceType();
		if (
			(type === 'script' || url.pathname.endsWith('.js') || url.pathname.endsWith('.mjs')) &&
			url.origin === new URL(page.url() || 'http://localhost').origin
		) {
			try {
				scripts.set(url.pathname, gzipSync(readFileSync(`${dist}${url.pathname.slice(1)}`)).length);
			} catch {
				// Not a file of the build (e.g. a data URL): it has no weight on the wire.
			}
		}
	});
	await page.goto(route);
	await page.evaluate(async () => {
		// A frame, or 100 ms if none comes: headless Chromium sometimes schedules no frames for a page at all, and an
		// unbounded rAF wait then hung this sweep until the test timed out (a CI run on the analyzer did so).
		const frame = () =>
			new Promise((r) => {
				const done = () => setTimeout(r, 30);
				const fallback = setTimeout(done, 100);
				requestAnimationFrame(() => {
					clearTimeout(fallback);
					done();
				});
			});
		for (let y = 0; y < document.body.scrollHeight; y += 400) {
			window.scrollTo(0, y);
			await frame();
		}
		// On a busy machine the sweep can pass an island between two frames, and client:visible never sees it (a CI run
		// left a lab unhydrated so, and loaded none of its code): bring any still waiting into view, as a reader would.
		for (const island of document.querySelectorAll('astro-island[ssr]')) {
			island.scrollIntoView({ block: 'center' });
			await frame();
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

/** The total of loadedScripts' sizes, in KB. */
export const totalKb = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
