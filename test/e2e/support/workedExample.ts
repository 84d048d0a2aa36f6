import { expect, type Page } from '@playwright/test';

/** The heading that opens a lecture's worked example, and the heading of the exercise it must come before. */
const headings = {
	'zh-CN': { example: /^算例：\S/, exercise: '模拟练习' },
	en: { example: /^Worked example: \S/, exercise: 'Simulation exercise' },
} as const;

/**
 * Asserts that a lecture page has its worked example: a "算例：…" / "Worked example: …" section before the simulation
 * exercise, holding a table of figures computed at build time that is named by its caption, has column and row
 * headers, and shows numbers formatted for the page (no empty or NaN cells).
 */
export async function expectWorkedExample(page: Page, lang: keyof typeof headings): Promise<void> {
	const { example, exercise } = headings[lang];
	const h2 = (await page.locator('.sl-markdown-content h2').allTextContents()).map((t) => t.trim());
	const at = h2.findIndex((text) => example.test(text));
	expect(at, `a worked-example heading among ${h2.join(' | ')}`).toBeGreaterThanOrEqual(0);
	expect(at).toBeLessThan(h2.indexOf(exercise));

	const table = page.locator('table[data-example]');
	await expect(table).toHaveCount(1);
	await expect(table).toBeVisible();
	const caption = (await table.locator('caption').textContent())?.trim() ?? '';
	expect(caption.length).toBeGreaterThan(5);
	await expect(page.getByRole('table', { name: caption, exact: true })).toBeVisible();
	expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
	const rows = table.locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(1);
	expect(await table.locator('tbody th[scope="row"]').count()).toBe(await rows.count());
	const cells = await table.locator('tbody td').allTextContents();
	for (const cell of cells) expect(cell.trim()).toMatch(/^(—|[-+]?\d[\d,.]*(%|万|亿|K|M|B)?)$/);
	expect(cells.some((c) => /\d/.test(c))).toBe(true);
	// Figures quoted in the prose come from the same computation and are never empty.
	for (const figure of await page.locator('.course-figure').allTextContents()) expect(figure).toMatch(/\d/);
}
