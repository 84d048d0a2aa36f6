import { expect, type Locator, type Page, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

// The progress page carries a real three-question knowledge check: 1 and 2 single choice with three options, 3 multiple
// choice with three options, two of them right. It is the page with a quiz these tests use. The choices are shown in an
// order drawn for each attempt, so the tests find the right ones by their data (`data-correct`), never by position.
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

/** Where the right and the wrong choices of a question are in the order on screen (counted from 0). */
async function positions(group: Locator): Promise<{ right: number[]; wrong: number[] }> {
	const right = await group.locator('input').evaluateAll((inputs) => inputs.map((i) => i.hasAttribute('data-correct')));
	return {
		right: right.flatMap((isRight, i) => (isRight ? [i] : [])),
		wrong: right.flatMap((isRight, i) => (isRight ? [] : [i])),
	};
}

/** With focus on the first radio of a group, chooses the one at `index` (on screen) by keyboard alone. */
async function chooseRadio(page: Page, index: number | undefined) {
	if (index === undefined) throw new Error('no such choice');
	if (index === 0) await page.keyboard.press('Space');
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

/** The authored position (the input's value, from 1) of every choice of each question, in the order on screen. */
function shownOrder(page: Page) {
	return page
		.locator('.course-quiz-choices')
		.evaluateAll((lists) => lists.map((list) => [...list.querySelectorAll('input')].map((input) => input.value)));
}

/** Answers every question right with the mouse, to reach a passed quiz quickly. */
async function passQuiz(page: Page, locale: Locale) {
	for (const n of [1, 2, 3]) {
		const { group, block } = question(page, locale, n);
		for (const choice of await group.locator('input[data-correct]').all()) await choice.check();
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
			await chooseRadio(page, (await positions(q1.group)).right[0]);
			await page.keyboard.press('Tab');
			await expect(q1.block.getByRole('button', { name: locale.check })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(q1.feedback).toContainText(locale.correct);
			await expect(q1.feedback).toContainText('✓');

			await page.keyboard.press('Tab');
			await expect(q2.group.getByRole('radio').first()).toBeFocused();
			const wrong = (await positions(q2.group)).wrong[0] ?? 0;
			await chooseRadio(page, wrong);
			await expect(q2.group.getByRole('radio').nth(wrong)).toBeChecked();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await expect(q2.feedback).toContainText(locale.notYet);
			// The explanation of the chosen choice and of the right one both show.
			await expect(q2.feedback.getByRole('listitem')).toHaveCount(2);

			await page.keyboard.press('Tab');
			// Only the first choice on screen: right or wrong, one choice is never the whole answer.
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

			// Second attempt, all right, in the new order.
			await chooseRadio(page, (await positions(q1.group)).right[0]);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await chooseRadio(page, (await positions(q2.group)).right[0]);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			const boxes = await positions(q3.group);
			for (let i = 0; i < boxes.right.length + boxes.wrong.length; i++) {
				if (boxes.right.includes(i)) await page.keyboard.press('Space');
				await page.keyboard.press('Tab');
			}
			await expect(q3.block.getByRole('button', { name: locale.check })).toBeFocused();
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

		test('the choices keep their order on a reload and take a new one on trying again', async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(locale.path);
			const first = await shownOrder(page);
			for (const order of first) expect([...order].sort()).toEqual(['1', '2', '3']);
			await page.reload();
			expect(await shownOrder(page)).toEqual(first);

			// Every answer wrong, then try again: a new order, which a reload keeps in turn.
			for (const n of [1, 2, 3]) {
				const { group, block } = question(page, locale, n);
				await group.locator('input:not([data-correct])').first().check();
				await block.getByRole('button', { name: locale.check }).click();
			}
			await expect(page.locator('.course-quiz-result')).toContainText(locale.score(0));
			await page.getByRole('button', { name: locale.tryAgain }).click();
			const second = await shownOrder(page);
			expect(second).not.toEqual(first);
			await page.reload();
			expect(await shownOrder(page)).toEqual(second);

			// Moving the choices keeps each label on its own input, and the score counts what the choices say.
			const labelled = await page
				.locator('.course-quiz-choices input')
				.evaluateAll((inputs) =>
					inputs.every((input) => input.nextElementSibling === (input as HTMLInputElement).labels?.[0]),
				);
			expect(labelled).toBe(true);
			await passQuiz(page, locale);
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
				for (const n of [1, 2, 3]) {
					const { group, block } = question(page, locale, n);
					// Question 2 wrong, the others right.
					const choices =
						n === 2 ? group.locator('input:not([data-correct])').first() : group.locator('input[data-correct]');
					for (const choice of await choices.all()) await choice.check();
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
