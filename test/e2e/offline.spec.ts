import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { zipSite } from '../../scripts/zipSite.mjs';
import { uiStrings } from '../../src/i18n/uiStrings.ts';
import { distPages } from './support/distPages.ts';

// After one online visit the service worker has precached the whole site; with the network cut, every page, search,
// the simulator lab, the analyzer and workshop mode must still work, as from a USB stick in a room without Wi-Fi.
const distDir = join(import.meta.dirname, '..', '..', 'dist');

test('after one visit, every page, search, the lab, the analyzer and workshop mode work offline', async ({
	browser,
	baseURL,
}) => {
	test.setTimeout(240_000);
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The precache is complete when the Workbox cache holds every entry of the manifest in sw.js.
	const expected = (readFileSync(join(distDir, 'sw.js'), 'utf8').match(/\{url:"/g) ?? []).length;
	expect(expected).toBeGreaterThan(100);
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					let count = 0;
					for (const key of await caches.keys()) count += (await (await caches.open(key)).keys()).length;
					return count;
				}),
			{ timeout: 60_000 },
		)
		.toBeGreaterThanOrEqual(expected);

	await context.setOffline(true);

	// Every page of the build opens from the cache with its heading.
	const unreachable: string[] = [];
	for (const { route } of distPages().filter((p) => !p.route.endsWith('404.html'))) {
		const response = await page.goto(route);
		if (!response?.ok() || (await page.getByRole('heading', { level: 1 }).count()) === 0) unreachable.push(route);
	}
	expect(unreachable).toEqual([]);

	await page.goto('/lectures/01-marketing-and-service-strategy/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('第一讲');
	await page.goto('/en/lectures/01-marketing-and-service-strategy/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Lecture 1');

	for (const { home, term } of [
		{ home: '/', term: '鲸鱼曲线' },
		{ home: '/en/', term: 'whale curve' },
	]) {
		await page.goto(home);
		await page.getByRole('button', { name: /搜索|Search/ }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox').fill(term);
		await expect(dialog.getByRole('link').first()).toBeVisible();
		await page.keyboard.press('Escape');
	}

	const t = uiStrings('en');
	await page.goto('/en/labs/simulator/');
	await page.locator('.course-lab-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByLabel(t('lab.picker.scenario')).selectOption('ict-equipment');
	await page.getByRole('button', { name: t('lab.action.generate') }).click();
	await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeEnabled({ timeout: 30_000 });
	// Chart.js is loaded on first use; offline it must come from the precache and draw.
	await expect(page.getByRole('figure', { name: t('lab.tier.curvesTitle') }).locator('canvas')).toBeVisible({
		timeout: 30_000,
	});

	// The analyzer: a demo log, checked and scored, with its worker from the cache.
	await page.goto('/en/labs/analyzer/');
	await page.locator('.course-analyzer-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByRole('button', { name: t('analyzer.demo.load') }).click();
	await page.getByRole('button', { name: t('analyzer.map.check') }).click({ timeout: 30_000 });
	await expect(page.getByRole('table', { name: t('analyzer.rfm.segmentsCaption') })).toBeVisible({ timeout: 30_000 });

	// Workshop mode: the facilitator makes a session (with its QR code), a team opens the link and starts.
	await page.goto('/en/workshop/facilitator/');
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByRole('button', { name: t('workshop.facilitator.create') }).click();
	await expect(page.locator('.workshop-qr')).toBeVisible({ timeout: 20_000 });
	const link = await page.getByLabel(t('workshop.facilitator.link')).inputValue();
	await page.goto(link);
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: t('workshop.team.start') }).click();
	await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeEnabled({ timeout: 30_000 });
	await context.close();
});

test('the package zip holds the pages, the service worker and the search index', () => {
	const outFile = join(mkdtempSync(join(tmpdir(), 'course-zip-')), 'course-site.zip');
	const { files } = zipSite(distDir, outFile);
	expect(existsSync(outFile)).toBe(true);
	const names = Object.keys(unzipSync(new Uint8Array(readFileSync(outFile))));
	expect(names.length).toBe(files.length);
	for (const name of ['index.html', 'en/index.html', 'sw.js']) expect(names).toContain(name);
	expect(names.some((name) => name.startsWith('pagefind/'))).toBe(true);
});
