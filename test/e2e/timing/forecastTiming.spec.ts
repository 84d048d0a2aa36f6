import { expect, test } from '@playwright/test';
import { generatePortfolio } from '../support/labSteps.ts';

// How long a slider step takes to reach the forecast charts. It runs in the "timing" project, alone on the machine
// after every other test, so the figures say what the code costs rather than how busy the other test worker was.
test('the forecast time while a slider moves is measured and printed (10,000 customers × 12 periods)', async ({
	page,
}) => {
	test.setTimeout(180_000);
	await page.goto('/en/labs/simulator/');
	await generatePortfolio(page, 'en', '10000');
	await page.getByRole('button', { name: 'Use this tiering' }).click();
	const panel = page.locator('[data-forecast-ms]');
	await expect(panel).toHaveAttribute('data-forecast-ms', /\d/, { timeout: 60_000 });
	// In the page: from the key press to the moment both forecast charts hold the new figures (the charts stamp
	// data-update-ms right after Chart.js has redrawn them, before the browser paints), and to the next animation
	// frame after that (which waits for the frame clock, so it says when the figures are on screen, not what they cost).
	await page.evaluate(() => {
		const w = window as unknown as { pressedAt: number; updates: number[]; painted: number[]; seen: number };
		w.updates = [];
		w.painted = [];
		w.seen = 0;
		document.addEventListener(
			'keydown',
			() => {
				w.pressedAt = performance.now();
				w.seen = 0;
			},
			{ capture: true },
		);
		const charts = document.querySelectorAll('.course-allocate__forecast canvas');
		new MutationObserver((records) => {
			// Both charts usually redraw in one task, so one call may bring both records.
			const before = w.seen;
			w.seen += records.length;
			if (before >= charts.length || w.seen < charts.length) return;
			const at = performance.now() - w.pressedAt;
			w.updates.push(at);
			requestAnimationFrame(() => w.painted.push(performance.now() - w.pressedAt));
		}).observe(document.querySelector('.course-allocate__forecast') as Element, {
			attributes: true,
			subtree: true,
			attributeFilter: ['data-update-ms'],
		});
	});
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
	const within = (xs: number[], limit: number) => xs.filter((x) => x <= limit).length;
	const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
	const tiers = page.locator('.course-allocate__tier');
	// A step patches the plan of the tier it changes, so time one in the smallest tier (the top) and one in the
	// largest (the bottom): the cheapest and the dearest step.
	for (const [name, card] of [
		['top tier', tiers.first()],
		['largest tier', tiers.last()],
	] as const) {
		const slider = card.getByRole('slider').first();
		await slider.focus();
		// The status quo fills the budget to the yuan, so the first step up from it would break the budget and stop
		// the forecast: step down twice, then go back and forth below it.
		for (let i = 0; i < 2; i++) {
			const before = await panel.getAttribute('data-forecast-count');
			await slider.press('ArrowLeft');
			await expect.poll(async () => panel.getAttribute('data-forecast-count'), { timeout: 10_000 }).not.toBe(before);
		}
		await page.evaluate(() => {
			const w = window as unknown as { updates: number[]; painted: number[] };
			w.updates = [];
			w.painted = [];
		});
		const samples: number[] = [];
		for (let i = 0; i < 21; i++) {
			// A new forecast is told by its count: two can take the same time to a tenth of a millisecond.
			const before = await panel.getAttribute('data-forecast-count');
			await slider.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
			await expect.poll(async () => panel.getAttribute('data-forecast-count'), { timeout: 10_000 }).not.toBe(before);
			samples.push(Number(await panel.getAttribute('data-forecast-ms')));
			await page.waitForTimeout(80);
		}
		const { updates, painted } = await page.evaluate(() => {
			const w = window as unknown as { updates: number[]; painted: number[] };
			return { updates: w.updates, painted: w.painted };
		});
		const redrawn = await page
			.locator('.course-allocate__forecast canvas[data-update-ms]')
			.evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.updateMs));
		console.log(
			`[forecast] 10,000 customers × 12 periods, ${samples.length} key presses in the ${name}: worker compute median ${median(samples).toFixed(1)} ms (range ${range(samples)}); last in-place chart redraws ${redrawn.join(', ') || 'n/a'} ms; key press to both charts updated median ${median(updates).toFixed(1)} ms (range ${range(updates)}, ${within(updates, 16)} of ${updates.length} within 16 ms); to the next animation frame median ${median(painted).toFixed(1)} ms`,
		);
		expect(redrawn, 'both forecast charts are redrawn in place').toHaveLength(2);
		expect(updates.length).toBeGreaterThan(5);
	}
	// Figures, not timing assertions (timing on a shared 2-core machine is noisy): they must have been measured.
});
