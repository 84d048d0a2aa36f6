import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright never downloads a browser here: it drives the system Chromium (Debian's package by default).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
	throw new Error(
		`No Chromium at ${executablePath}: apt-get install chromium (Debian), or npx playwright install chromium, or set CHROMIUM_PATH`,
	);
}
const port = Number(process.env.E2E_PORT || 4399);

// Specs that print timing figures; they run in their own project (below).
const timingSpecs = /timing\/.*\.spec\.ts$/;

const chromiumUse = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath,
		// These flags keep Chromium from reaching for the network at start-up, which this machine refuses.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			// Two workers mean two pages at once; Chromium may treat the one not in front as hidden and stop its frames
			// and timers, which stalls anything that waits for a frame.
			'--disable-renderer-backgrounding',
			'--disable-backgrounding-occluded-windows',
			'--disable-background-timer-throttling',
		],
	},
};

export default defineConfig({
	testDir: 'test/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	// axe over a long lecture in both themes takes 15-20 s alone and passed 30 s on a loaded 2-core machine.
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: timingSpecs,
			use: chromiumUse,
		},
		{
			// Timing figures: after every other test, one at a time, so no second test worker competes for the two cores.
			name: 'timing',
			testMatch: timingSpecs,
			dependencies: ['chromium'],
			workers: 1,
			// No trace: recording one snapshots the DOM on the page's main thread around every action, 30 ms a key
			// press in a profile, which lands inside the very window a timing spec measures.
			use: { ...chromiumUse, trace: 'off' },
		},
	],
	webServer: {
		// The production build, served as a user would get it (npm test builds it first).
		command: `node node_modules/astro/bin/astro.mjs preview --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
