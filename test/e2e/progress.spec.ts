import { expect, type Page, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

// The progress page carries a real three-question knowledge check: 1 and 2 single choice (first option right),
// 3 multiple choice (first two options right). It is the page with a quiz these tests use.
const locales = [
	{
		lang: 'zh-CN',
		path: '/reference/progress/',
		title: '学习进度',
		nav: '主要',
		question: (n: number) => `第 ${n} 题`,
		check: '核对答案',
		correct: '回答正确',
		notYet: '还不对',
		score: (score: number) => `得分：${score} / 3`,
		passed: '通过！',
		tryAgain: '再做一次',
		best: '最好成绩：3 / 3，已通过',
		sidebarCompleted: '已完成',
		statusCompleted: '已完成',
		statusNotStarted: '未开始',
		exportLabel: '导出进度文件',
		importLabel: '导入进度文件',
		imported: '导入完成，更新了以下内容',
		errors: {
			notJson: '不是有效的 JSON',
			wrongVersion: '格式版本是 2',
			badShape: '应为0 到 total 之间的整数',
			lessonId: '应为课程编号',
			tooLarge: '文件太大',
			unchanged: '现有进度没有任何改动',
		},
		storageFull: '存储空间已满',
		storageReset: '已经损坏',
	},
	{
		lang: 'en',
		path: '/en/reference/progress/',
		title: 'Your progress',
		nav: 'Main',
		question: (n: number) => `Question ${n}`,
		check: 'Check answer',
		correct: 'Correct',
		notYet: 'Not yet',
		score: (score: number) => `Score: ${score} / 3`,
		passed: 'Passed',
		tryAgain: 'Try again',
		best: 'best result on this knowledge check: 3 / 3, passed',
		sidebarCompleted: 'completed',
		statusCompleted: 'Completed',
		statusNotStarted: 'Not started',
		exportLabel: 'Export progress',
		importLabel: 'Import a progress file',
		imported: 'Imported. What changed',
		errors: {
			notJson: 'not valid JSON',
			wrongVersion: 'format version 2',
			badShape: 'should be a whole number from 0 to total',
			lessonId: 'should be a lesson id',
			tooLarge: 'too large',
			unchanged: 'Your progress has not been changed',
		},
		storageFull: 'storage is full',
		storageReset: 'was damaged',
	},
];

const STORAGE_KEY = 'course-progress:v1';

type Locale = (typeof locales)[number];

/** A knowledge-check question: its fieldset (by its legend) and the block around it with button and feedback. */
function question(page: Page, locale: Locale, n: number) {
	const group = page.getByRole('group', { name: new RegExp(`^${locale.question(n)}`) });
	const block = page.locator('.course-quiz-question').filter({ has: group });
	return { group, block, feedback: block.locator('[aria-live="polite"]') };
}

/** Answers every question right with the mouse, to reach a passed quiz quickly. */
async function passQuiz(page: Page, locale: Locale) {
	for (const [n, choices] of [
		[1, [0]],
		[2, [0]],
		[3, [0, 1]],
	] as const) {
		const { group, block } = question(page, locale, n);
		for (const choice of choices) await group.locator('input').nth(choice).check();
		await block.getByRole('button', { name: locale.check }).click();
	}
	await expect(page.locator('.course-quiz-result')).toContainText(locale.score(3));
}

function sidebarLink(page: Page, locale: Locale) {
	return page.getByRole('navigation', { name: locale.nav }).getByRole('link', { name: new RegExp(`^${locale.title}`) });
}

function progressRow(page: Page, locale: Locale) {
	return page.getByRole('row', { name: new RegExp(`^${locale.title}`) });
}

for (const locale of locales) {
	test.describe(`progress (${locale.lang})`, () => {
		test('the knowledge check works by keyboard alone, announces feedback and keeps the score', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.path);
			const q1 = question(page, locale, 1);
			const q2 = question(page, locale, 2);
			const q3 = question(page, locale, 3);
			await expect(q1.feedback).toHaveAttribute('aria-live', 'polite');

			// First attempt: question 1 right, question 2 wrong, question 3 half right.
			await q1.group.getByRole('radio').first().focus();
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await expect(q1.block.getByRole('button', { name: locale.check })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(q1.feedback).toContainText(locale.correct);
			await expect(q1.feedback).toContainText('✓');

			await page.keyboard.press('Tab');
			await expect(q2.group.getByRole('radio').first()).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(q2.group.getByRole('radio').nth(1)).toBeChecked();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await expect(q2.feedback).toContainText(locale.notYet);
			// The explanation of the chosen choice and of the right one both show.
			await expect(q2.feedback.getByRole('listitem')).toHaveCount(2);

			await page.keyboard.press('Tab');
			await expect(q3.group.getByRole('checkbox').first()).toBeFocused();
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(q3.block.getByRole('button', { name: locale.check })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(q3.feedback).toContainText(locale.notYet);

			const result = page.locator('.course-quiz-result');
			await expect(result).toHaveAttribute('aria-live', 'polite');
			await expect(result).toContainText(locale.score(1));
			await expect(result).not.toContainText(locale.passed);

			// Try again: focus goes back to the first answer and the questions open up again.
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: locale.tryAgain })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(q1.group.getByRole('radio').first()).toBeFocused();
			await expect(q1.group.getByRole('radio').first()).not.toBeChecked();
			await expect(q1.feedback).toBeEmpty();

			// Second attempt, all right.
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await expect(result).toContainText(locale.score(3));
			await expect(result).toContainText(locale.passed);

			// The best result survives a reload, and the lesson counts as completed.
			await page.reload();
			await expect(page.locator('.course-quiz-status')).toContainText(locale.best);
			await expect(progressRow(page, locale)).toContainText(locale.statusCompleted);
			await expect(sidebarLink(page, locale)).toHaveAccessibleName(
				new RegExp(`^${locale.title}\\s*${locale.sidebarCompleted}$`),
			);
			await expect(sidebarLink(page, locale)).toContainText('✓');
			expect(errors).toEqual([]);
		});

		test('the sidebar marks the completed lesson on other pages too', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.path);
			await expect(sidebarLink(page, locale)).not.toContainText('✓');
			await passQuiz(page, locale);
			// Marked at once on this page, without a reload.
			await expect(sidebarLink(page, locale)).toContainText(locale.sidebarCompleted);
			await page.goto(locale.lang === 'en' ? '/en/' : '/');
			await expect(sidebarLink(page, locale)).toHaveAccessibleName(
				new RegExp(`^${locale.title}\\s*${locale.sidebarCompleted}$`),
			);
			expect(errors).toEqual([]);
		});

		test('an exported file restores the progress in a fresh browser', async ({ page, browser }, testInfo) => {
			const errors = collectErrors(page);
			await page.goto(locale.path);
			await passQuiz(page, locale);
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name: locale.exportLabel }).click();
			const download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^course-progress-\d{4}-\d{2}-\d{2}\.json$/);
			const file = testInfo.outputPath('progress.json');
			await download.saveAs(file);
			await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();

			const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
			try {
				const fresh = await context.newPage();
				const freshErrors = collectErrors(fresh);
				await fresh.goto(locale.path);
				await expect(progressRow(fresh, locale)).toContainText(locale.statusNotStarted);
				await fresh.getByLabel(locale.importLabel).setInputFiles(file);
				await expect(fresh.getByRole('status').filter({ hasText: locale.imported })).toContainText('3 / 3');
				await expect(progressRow(fresh, locale)).toContainText(locale.statusCompleted);
				await expect(sidebarLink(fresh, locale)).toContainText(locale.sidebarCompleted);
				await fresh.reload();
				await expect(progressRow(fresh, locale)).toContainText(locale.statusCompleted);
				expect(freshErrors).toEqual([]);
			} finally {
				await context.close();
			}
			expect(errors).toEqual([]);
		});

		test('a malformed file shows what is wrong and leaves the progress alone', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.path);
			await passQuiz(page, locale);
			const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
			expect(before).toContain('reference/progress');

			const files = [
				{ name: 'notes.json', text: 'these are my notes', message: locale.errors.notJson },
				{ name: 'v2.json', text: '{"version": 2, "lessons": {}}', message: locale.errors.wrongVersion },
				{
					name: 'score.json',
					text: '{"version":1,"lessons":{"reference/progress":{"quiz":{"score":9,"total":3,"passed":true,"at":"2025-01-01T00:00:00Z"}}}}',
					message: `lessons["reference/progress"].quiz.score`,
				},
				{
					name: 'html.json',
					text: '{"version":1,"lessons":{"<img src=x onerror=alert(1)>":{}}}',
					message: '<img src=x onerror=alert(1)>',
				},
				{ name: 'big.json', text: `{"version":1,"pad":"${'x'.repeat(300_000)}"}`, message: locale.errors.tooLarge },
			];
			const alert = page.getByRole('alert');
			for (const file of files) {
				await page
					.getByLabel(locale.importLabel)
					.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
				await expect(alert, file.name).toContainText(file.message);
				await expect(alert, file.name).toContainText(locale.errors.unchanged);
				// Errors are text: the would-be markup in a bad lesson id stays text.
				await expect(alert.locator('img')).toHaveCount(0);
				expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
			}
			await expect(alert).toContainText(locale.errors.tooLarge);
			await page
				.getByLabel(locale.importLabel)
				.setInputFiles({ name: 'score.json', mimeType: 'application/json', buffer: Buffer.from(files[2]?.text ?? '') });
			await expect(alert).toContainText(locale.errors.badShape);
			await expect(progressRow(page, locale)).toContainText(locale.statusCompleted);
			expect(errors).toEqual([]);
		});

		test('saving is reported off when storage is full, and damaged progress is reset with a notice', async ({
			page,
		}) => {
			const errors = collectErrors(page);
			await page.goto(locale.path);
			await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "lessons": {'), STORAGE_KEY);
			await page.reload();
			await expect(page.locator('.course-quiz-status')).toContainText(locale.storageReset);
			await expect(page.locator('course-progress-table .course-progress-notice')).toContainText(locale.storageReset);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.title);

			// From now on every save of the course's progress fails as a full storage does.
			await page.evaluate((key) => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (name: string, value: string) {
					if (name.startsWith(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					setItem.call(this, name, value);
				};
			}, STORAGE_KEY);
			await passQuiz(page, locale);
			await expect(page.locator('.course-quiz-result')).toContainText(locale.storageFull);
			// Still counted on this page, from memory.
			await expect(progressRow(page, locale)).toContainText(locale.statusCompleted);
			expect(errors).toEqual([]);
		});

		test('the progress page and its knowledge check have no WCAG 2.1 A/AA violations', async ({ page }) => {
			// Four full axe runs (two themes, before and after answering) on a long page take a while on a busy machine.
			test.setTimeout(90_000);
			for (const colorScheme of ['dark', 'light'] as const) {
				await page.emulateMedia({ colorScheme });
				await page.goto(locale.path);
				await expectNoAxeViolations(page);
				// Again with feedback (right and wrong), marks, the score and an import error on screen.
				for (const [n, choices] of [
					[1, [0]],
					[2, [1]],
					[3, [0, 1]],
				] as const) {
					const { group, block } = question(page, locale, n);
					for (const choice of choices) await group.locator('input').nth(choice).check();
					await block.getByRole('button', { name: locale.check }).click();
				}
				await expect(page.locator('.course-quiz-result')).toContainText(locale.score(2));
				await page.getByRole('button', { name: locale.exportLabel }).click();
				await page
					.getByLabel(locale.importLabel)
					.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
				await expect(page.getByRole('alert')).toContainText(locale.errors.notJson);
				await expectNoAxeViolations(page);
			}
		});
	});
}
