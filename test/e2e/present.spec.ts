import { expect, type Page, test } from '@playwright/test';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import zhCN from '../../src/content/i18n/zh-CN.json' with { type: 'json' };
import { deckPath, lectureDecks } from '../../src/content/slides/lectureDecks';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

// The presenter decks (/present/<lecture>/ and /en/present/<lecture>/): clicker keys, black screen, the presenter window
// that follows the deck, the lab slide's QR code, the printed handout, and the links to the decks from the site.
const locales = [
	{ lang: 'zh-CN', strings: zhCN, lecturePrefix: '/lectures/', instructor: '/instructor/' },
	{ lang: 'en', strings: en, lecturePrefix: '/en/lectures/', instructor: '/en/instructor/' },
] as const;

const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

// The service worker would precache the whole site in every test; the offline spec covers it.
test.use({ serviceWorkers: 'block' });

for (const locale of locales) {
	const t = locale.strings;
	const deck = lectureDecks[1];
	if (!deck) throw new Error('no decks');
	const slides = deck.slides[locale.lang];
	const url = deckPath(deck.slug, locale.lang);
	const slide = (page: Page, n: number) =>
		page.getByRole('region', { name: fill(t['present.slideLabel'], { n, total: slides.length }), exact: true });

	test.describe(url, () => {
		test('turns slides with the arrow keys, Page Up / Page Down, Space, Home and End, and keeps the place in the address', async ({
			page,
		}) => {
			const errors = collectErrors(page);
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(slide(page, 1)).toBeVisible();
			await expect(slide(page, 1).getByRole('heading', { level: 2 })).toHaveText(slides[0]?.title ?? '');
			await page.keyboard.press('PageDown');
			await expect(slide(page, 2)).toBeVisible();
			await expect(slide(page, 1)).toBeHidden();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Space');
			await expect(slide(page, 4)).toBeVisible();
			await expect(page).toHaveURL(/#4$/);
			await page.keyboard.press('PageUp');
			await page.keyboard.press('ArrowLeft');
			await expect(slide(page, 2)).toBeVisible();
			await page.keyboard.press('End');
			await expect(slide(page, slides.length)).toBeVisible();
			await page.keyboard.press('Home');
			await expect(slide(page, 1)).toBeVisible();
			// A reload (or a link with #n) opens the deck at that slide.
			await page.goto(`${url}#3`);
			await expect(slide(page, 3)).toBeVisible();
			expect(errors).toEqual([]);
		});

		test('B blacks the screen and B again brings the slide back', async ({ page }) => {
			await page.goto(url);
			const black = page.getByRole('img', { name: t['present.blackScreen'] });
			await expect(black).toBeHidden();
			await page.keyboard.press('b');
			await expect(black).toBeVisible();
			await page.keyboard.press('B');
			await expect(black).toBeHidden();
			await expect(slide(page, 1)).toBeVisible();
		});

		test('P opens the presenter window with the next slide, the notes and the clock, and the two windows follow each other', async ({
			page,
		}, testInfo) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(`${url}#2`);
			const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
			await presenter.waitForLoadState();
			await expect(presenter.getByRole('heading', { name: t['present.presenterHeading'] })).toBeVisible();
			await expect(slide(presenter, 2)).toBeVisible();
			const notes = presenter.locator('.deck-presenter__notes-text');
			await expect(notes).toContainText(slides[1]?.notes ?? '');
			await expect(notes).toContainText(fill(t['present.minutes'], { minutes: slides[1]?.minutes ?? 0 }));
			await expect(presenter.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);
			// Slide 2 starts after the title slide's minutes, so a presenter who has only just opened is ahead of the plan.
			await expect(
				presenter.getByText(fill(t['present.pace.ahead'], { minutes: slides[0]?.minutes ?? 0 })),
			).toBeVisible();
			await expect(presenter.getByText(fill(t['present.slot'], { range: '10:30–12:00', minutes: 90 }))).toBeVisible();
			await expect(presenter.getByRole('heading', { name: t['present.nextSlide'], exact: true })).toBeVisible();
			await expect(presenter.locator('.deck-presenter__preview h2')).toHaveText(slides[2]?.title ?? '');
			// Kept with the test results, for a person to look at: the deck and the presenter window at 1920×1080.
			await presenter.setViewportSize({ width: 1920, height: 1080 });
			const shot = testInfo.outputPath('presenter-window.png');
			await presenter.screenshot({ path: shot });
			await testInfo.attach('presenter window', { path: shot, contentType: 'image/png' });

			// The deck moves the presenter window, and the presenter window moves the deck.
			await page.keyboard.press('PageDown');
			await expect(slide(presenter, 3)).toBeVisible();
			await expect(notes).toContainText(slides[2]?.notes ?? '');
			await presenter.keyboard.press('PageDown');
			await expect(slide(page, 4)).toBeVisible();
			// Black from the presenter window blacks the room's screen, while the presenter keeps the slides.
			await presenter.keyboard.press('b');
			await expect(page.getByRole('img', { name: t['present.blackScreen'] })).toBeVisible();
			await expect(slide(presenter, 4)).toBeVisible();
		});

		test('shows the lab slide with a QR code to the lecture’s simulation section', async ({ page }) => {
			const lab = slides.findIndex((s) => s.kind === 'lab') + 1;
			await page.goto(`${url}#${lab}`);
			const qr = slide(page, lab).getByRole('img', { name: t['present.qr'] });
			await expect(qr).toBeVisible();
			await expect(slide(page, lab)).toContainText(`${locale.lecturePrefix}${deck.slug}/`);
		});

		test('prints a handout of the slides with room for notes, without the case outcomes', async ({ page }) => {
			await page.goto(url);
			await page.emulateMedia({ media: 'print' });
			const printed = page.locator('.deck-slide:visible');
			const reveals = slides.filter((s) => s.kind === 'reveal').length;
			await expect(printed).toHaveCount(slides.length - reveals);
			await expect(page.getByRole('navigation', { name: t['present.controls'] })).toBeHidden();
			// Four slides and their note lines to an A4 page (297 mm less the margins).
			const height = await printed.first().evaluate((el) => el.getBoundingClientRect().height);
			const mm = height / (96 / 25.4);
			expect(mm).toBeGreaterThan(40);
			expect(mm).toBeLessThan(68);
		});

		for (const viewport of [
			{ width: 1920, height: 1080 },
			{ width: 390, height: 844 },
		]) {
			test(`has no WCAG 2.1 A/AA violations at ${viewport.width}×${viewport.height}, on a diagram slide and in the presenter window`, async ({
				page,
			}, testInfo) => {
				test.slow();
				await page.setViewportSize(viewport);
				const diagram = slides.findIndex((s) => s.diagram) + 1;
				await page.goto(`${url}#${diagram}`);
				await expect(slide(page, diagram).getByRole('img').first()).toBeVisible();
				if (viewport.width === 1920) {
					const shot = testInfo.outputPath('diagram-slide.png');
					await page.screenshot({ path: shot });
					await testInfo.attach('diagram slide', { path: shot, contentType: 'image/png' });
				}
				await expectNoAxeViolations(page);
				await page.goto(`${url}?presenter#${diagram}`);
				await expect(page.getByRole('heading', { name: t['present.presenterHeading'] })).toBeVisible();
				await expectNoAxeViolations(page);
			});
		}
	});

	test(`every ${locale.lang} lecture links its deck, and the instructor's list has all eight`, async ({ page }) => {
		for (const lecture of lectureDecks) {
			await page.goto(`${locale.lecturePrefix}${lecture.slug}/`);
			await expect(page.getByRole('link', { name: t['present.deckLink'] })).toHaveAttribute(
				'href',
				deckPath(lecture.slug, locale.lang),
			);
		}
		await page.goto(`${locale.instructor}presenter-decks/`);
		const list = page.getByRole('table', { name: t['present.list.caption'] });
		await expect(list.getByRole('row')).toHaveCount(lectureDecks.length + 1);
		for (const lecture of lectureDecks) {
			await expect(
				list.getByRole('link', { name: lecture.slides[locale.lang][0]?.title, exact: true }),
			).toHaveAttribute('href', deckPath(lecture.slug, locale.lang));
		}
	});

	test(`the ${locale.lang} case pages keep the outcome out, and the instructor's notes hold all twelve`, async ({
		page,
	}) => {
		const prefix = locale.lang === 'en' ? '/en/' : '/';
		const outcome = locale.lang === 'en' ? /A year later|Eighteen months later/ : /一年后的结果|十八个月后的结果/;
		for (const name of ['ecommerce', 'bank', 'chain', 'retailer']) {
			await page.goto(`${prefix}cases/case-${name}/`);
			await expect(page.getByRole('heading', { level: 2, name: outcome })).toHaveCount(0);
		}
		// A lecture's case: the outcome sits in a closed disclosure, after the discussion question.
		await page.goto(`${locale.lecturePrefix}01-marketing-and-service-strategy/`);
		const reveal = page.locator('details.course-reveal');
		await expect(reveal).toHaveCount(1);
		await expect(reveal).not.toHaveAttribute('open', /.*/);
		await page.goto(`${locale.instructor}case-notes/`);
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(12 + 1);
	});
}
