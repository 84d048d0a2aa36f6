import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The engine bundled for a browser, as one script (the same source files the site and the CLI use). */
async function browserBundle(): Promise<string> {
	const output = await build({
		root,
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: false,
			lib: { entry: `${root}test/e2e/fixtures/fingerprintEntry.ts`, formats: ['iife'], name: 'fingerprint' },
		},
	});
	const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
	const chunk = chunks.find((c) => c.type === 'chunk');
	if (chunk?.type !== 'chunk') throw new Error('vite produced no script');
	return chunk.code;
}

// The test injects the engine as an inline script, which the site's Content-Security-Policy rightly refuses.
test.use({ bypassCSP: true });

const cases = [
	['ict-equipment', 42, 2000, 'expected'],
	['telecom-business', 7, 1500, 'stochastic'],
	['ecommerce-membership', 2026, 800, 'expected'],
] as const;

test('the same scenario, seed and decisions give identical numbers in Node and in Chromium', async ({ page }) => {
	test.setTimeout(120_000);
	const bundle = await browserBundle();
	await page.goto('/');
	await page.addScriptTag({ content: bundle });
	for (const [scenario, seed, size, mode] of cases) {
		const inNode = execFileSync(
			process.execPath,
			[`${root}scripts/engineFingerprint.ts`, scenario, String(seed), String(size), mode],
			{
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		const inBrowser = await page.evaluate(
			([s, seedValue, sizeValue, modeValue]) =>
				(globalThis as unknown as { engineFingerprint: (...a: unknown[]) => string }).engineFingerprint(
					s,
					seedValue,
					sizeValue,
					modeValue,
				),
			[scenario, seed, size, mode] as const,
		);
		expect(inBrowser.length).toBeGreaterThan(100_000);
		// Compare as strings: every double must match to the last bit.
		expect(inBrowser === inNode, `${scenario} seed ${seed} (${mode}) differs between Node and Chromium`).toBe(true);
	}
});
