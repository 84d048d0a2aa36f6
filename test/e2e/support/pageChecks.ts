import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rule sets of axe; the accessibility bar. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Collects console errors and uncaught exceptions of a page, so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Fails with the list of axe violations (rule, impact, first target) when the page has any. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary ?? ''}`,
	);
	expect(summary).toEqual([]);
}
