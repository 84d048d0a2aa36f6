import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { encodeShareCode } from '../../src/sim/workshop/shareCode.ts';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks.ts';

// The completion flows as a learner and a trainer meet them, in both languages: the final assessment (scored, with
// explanations after submitting, a time limit, the result kept), the certificate and its check on the instructor page
// and on the command line (a tampered code refused), and the course evaluation summed up on the instructor page.

interface Question {
	id: string;
	multiple?: boolean;
	choices: { text: string; correct?: boolean }[];
}
/** The questions as authored, read from the content files: the test's own answer key, not the page's. */
const questionsOf = (locale: Locale): Question[] =>
	JSON.parse(readFileSync(`src/content/assessment/${locale}.json`, 'utf8')).questions;
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
const cli = join(process.cwd(), 'src', 'sim', 'cli', 'main.ts');

/** Ticks the right choices of every question but those in `wrong`, where it ticks the first wrong one instead. */
async function answer(page: Page, questions: Question[], wrong: number[], skip: number[] = []) {
	for (const [q, question] of questions.entries()) {
		if (skip.includes(q)) continue;
		const item = page.locator(`li[data-question="${q}"]`);
		const picks = wrong.includes(q)
			? [question.choices.findIndex((c) => !c.correct)]
			: question.choices.flatMap((c, i) => (c.correct ? [i] : []));
		for (const i of picks) await item.getByLabel(question.choices[i]?.text ?? '', { exact: true }).check();
	}
}

/** Screenshots at a phone's and a wide desktop's size, with an axe check at each: the state on screen, not the bare page. */
async function screenshot(page: Page, name: string) {
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 1920, height: 1080 },
	]) {
		await page.setViewportSize(size);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
		await expectNoAxeViolations(page);
		await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}.png`), fullPage: size.width < 1000 });
	}
}

// The service worker would precache the whole site in every test.
test.use({ serviceWorkers: 'block' });

for (const locale of ['zh-CN', 'en'] as const) {
	const t = uiStrings(locale);
	const questions = questionsOf(locale);

	test(`${locale}: pass the final assessment, make the certificate, and check its code on the page and the CLI`, async ({
		page,
	}) => {
		// Five states, each checked by axe at two sizes, on a shared 2-core machine.
		test.setTimeout(240_000);
		const errors = collectErrors(page);
		await page.goto(`${prefix(locale)}/assessment/final/`);
		await expect(page.getByText(t('assessment.noLimit'))).toBeVisible();
		await page.getByRole('button', { name: t('assessment.start') }).click();
		await expect(page.locator('li[data-question="0"] legend')).toBeFocused();

		// Questions 3 and 4 wrong, question 20 left out: submitting first asks about the one unanswered.
		await answer(page, questions, [2, 3], [19]);
		await page.getByRole('button', { name: t('assessment.submit') }).click();
		await expect(page.getByRole('alert')).toContainText(t('assessment.unanswered', { count: 1, numbers: '20' }));
		// Nothing is marked before submitting.
		await expect(page.getByText(t('assessment.questionRight'))).toHaveCount(0);

		// A reload keeps the answers given so far.
		await page.reload();
		await expect(page.getByText(t('assessment.resume'))).toBeVisible();
		const first = questions[0]?.choices.find((c) => c.correct)?.text ?? '';
		await expect(page.locator('li[data-question="0"]').getByLabel(first, { exact: true })).toBeChecked();
		await answer(page, questions, [2, 3], [...Array(19).keys()]);
		await page.getByRole('button', { name: t('assessment.submit') }).click();

		const verdict = t('assessment.resultPassed', { score: 18, total: 20, required: 16 });
		await expect(page.getByText(verdict)).toBeVisible();
		await expect(page.locator('.course-assessment-results')).toBeFocused();
		await expect(page.getByText(t('assessment.questionWrong'))).toHaveCount(2);
		await expect(page.locator('li[data-question="2"]')).toHaveAttribute('data-result', 'wrong');
		// Every choice's explanation shows after submitting.
		await expect(page.locator('.course-quiz-feedback li')).toHaveCount(
			questions.reduce((n, q) => n + q.choices.length, 0),
		);
		await screenshot(page, `assessment-results-${locale}`);

		// The score is in progress: a reload shows the result and the best score.
		await page.reload();
		await expect(page.getByText(verdict)).toBeVisible();
		await expect(
			page.getByText(t('assessment.best', { score: 18, total: 20, verdict: t('assessment.best.passed') })),
		).toBeVisible();
		await page.getByRole('link', { name: t('assessment.certificateLink') }).click();

		// The certificate: a name is required, then the sheet and its code appear.
		await page.getByRole('button', { name: t('certificate.show') }).click();
		await expect(page.getByRole('alert')).toHaveText(t('certificate.nameEmpty'));
		await page.getByLabel(t('certificate.nameLabel')).fill(locale === 'en' ? 'Wang Fang' : '王芳');
		await page.getByRole('button', { name: t('certificate.show') }).click();
		const sheet = page.getByRole('region', { name: t('certificate.title') });
		await expect(sheet).toBeFocused();
		await expect(sheet).toContainText(locale === 'en' ? 'Wang Fang' : '王芳');
		await expect(sheet).toContainText(t('certificate.scoreValue', { score: 18, total: 20, required: 16 }));
		await expect(sheet).toContainText(t('certificate.lecturesNone'));
		const code = (await sheet.locator('code').textContent()) ?? '';
		expect(code).toMatch(/^c1\.[0-9a-f]{8}\./);
		await screenshot(page, `certificate-${locale}`);
		// Printed, the certificate stands alone on one A4 landscape sheet, without the site around it.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: t('certificate.print') })).toBeHidden();
		await expect(sheet).toBeVisible();
		await page.screenshot({ path: test.info().outputPath(`certificate-print-${locale}.png`) });
		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
		// Landscape: the media box is wider than it is tall (A4 is 842 × 595 points).
		const [, width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdf) ?? [];
		expect(Number(width)).toBeGreaterThan(Number(height));
		await page.emulateMedia({ media: 'screen' });

		// The trainer's check: the code checks out and shows what the certificate says.
		await page.goto(`${prefix(locale)}/instructor/certificate-check/`);
		const field = page.getByLabel(t('certificate.check.label'));
		await field.fill(code);
		await page.getByRole('button', { name: t('certificate.check.button') }).click();
		const result = page.getByRole('status');
		await expect(result).toContainText(t('certificate.check.valid'));
		await expect(result).toContainText(locale === 'en' ? 'Wang Fang' : '王芳');
		await expect(result).toContainText('3: 2 · 4: 2 · ');
		await expect(result).toContainText('9: 2+3+4');
		await screenshot(page, `certificate-check-${locale}`);

		// One character changed: refused by the checksum, in the page's language, and nothing else shown.
		const i = code.length - 10;
		const typo = code.slice(0, i) + (code[i] === 'Q' ? 'R' : 'Q') + code.slice(i + 1);
		await field.fill(typo);
		await page.getByRole('button', { name: t('certificate.check.button') }).click();
		const refusal = page.getByRole('alert');
		await expect(refusal).toContainText(t('certificate.check.failedPrefix'));
		await expect(result).toBeEmpty();
		const reason = (await refusal.textContent()) ?? '';
		expect(
			['checksum', 'truncated', 'encoding', 'json'].some((c) =>
				reason.includes(t(`workshop.check.${c}` as Parameters<typeof t>[0])),
			),
		).toBe(true);

		// Re-checksummed with a higher score, as anyone could: refused by the recompute.
		const decoded = execFileSync(process.execPath, [cli, 'verify', '--certificate', code, '--locale', locale], {
			encoding: 'utf8',
		});
		expect(decoded).toContain(t('certificate.check.valid'));
		const bank = await page.locator('course-certificate-check').getAttribute('data-bank');
		// Answer 1 to every question scores 4 (the questions whose key is the first choice), claimed as 20.
		const payload = { n: 'Wang Fang', d: '2026-12-07', l: [], a: Array(20).fill(1), b: bank, s: 20, t: 20 };
		const forged = encodeShareCode('c', 1, payload);
		await field.fill(forged);
		await page.getByRole('button', { name: t('certificate.check.button') }).click();
		await expect(refusal).toContainText(t('certificate.check.score'));
		await expect(refusal).toContainText('(20 ≠ 4)');
		await expectNoAxeViolations(page);

		// The command line gives the same verdicts, and exits 1 on a refused code.
		let failed = '';
		try {
			execFileSync(process.execPath, [cli, 'verify', '--certificate', forged, '--locale', locale], {
				encoding: 'utf8',
				stdio: 'pipe',
			});
		} catch (error) {
			failed = `${(error as { status: number }).status} ${(error as { stderr: string }).stderr}`;
		}
		expect(failed).toMatch(/^1 /);
		expect(failed).toContain(t('certificate.check.score'));
		expect(errors).toEqual([]);
	});

	test(`${locale}: a timed assessment submits itself when time is up, and a bad limit is named`, async ({ page }) => {
		await page.clock.install();
		await page.goto(`${prefix(locale)}/assessment/final/?minutes=abc`);
		await expect(page.getByText(t('assessment.limitInvalid', { value: 'abc' }))).toBeVisible();
		await page.goto(`${prefix(locale)}/assessment/final/?minutes=10`);
		await expect(page.getByText(t('assessment.limit', { minutes: 10 }))).toBeVisible();
		await page.getByRole('button', { name: t('assessment.start') }).click();
		await expect(page.getByRole('timer')).toHaveText(t('assessment.remaining', { time: '10:00' }));
		await answer(page, questions.slice(0, 5), []);
		await page.clock.fastForward('05:30');
		await expect(page.getByText(t('assessment.remainingWarning', { minutes: 5 }))).toBeVisible();
		// A reload does not restart the clock.
		await page.reload();
		await expect(page.getByRole('timer')).toContainText(/4:[0-3]\d/);
		await page.clock.fastForward('05:00');
		await expect(page.getByText(t('assessment.timeUp'))).toBeVisible();
		await expect(page.getByText(t('assessment.resultNotPassed', { score: 5, total: 20, required: 16 }))).toBeVisible();
		await expect(page.getByRole('link', { name: t('assessment.certificateLink') })).toBeHidden();
		// Not passed: the certificate page says so and links back.
		await page.goto(`${prefix(locale)}/assessment/certificate/`);
		await expect(page.getByText(t('certificate.notYet'))).toBeVisible();
	});

	test(`${locale}: an evaluation is kept, exported as a file and a code, and summed up by the trainer`, async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const errors = collectErrors(page);
		await page.goto(`${prefix(locale)}/assessment/evaluation/`);
		const rate = (item: string, value: number) =>
			page
				.getByRole('group', { name: t(`evaluation.item.${item}` as Parameters<typeof t>[0]) })
				.getByLabel(t(`evaluation.scale.${value}` as Parameters<typeof t>[0]));
		await rate('overall', 5).check();
		await rate('pace', 2).check();
		const comment = 'Labs <b>bold</b> & <img src=x onerror=alert(1)>';
		await page.getByLabel(t('evaluation.comment.best')).fill(comment);
		await expect(page.getByText(t('evaluation.saved'))).toBeVisible();
		await page.reload();
		await expect(rate('overall', 5)).toBeChecked();
		await expect(page.getByLabel(t('evaluation.comment.best'))).toHaveValue(comment);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t('evaluation.export') }).click();
		const file = await download;
		const dir = mkdtempSync(join(tmpdir(), 'evaluation-'));
		const path = join(dir, file.suggestedFilename());
		await file.saveAs(path);
		expect(file.suggestedFilename()).toMatch(/^course-evaluation-[0-9a-f]{12}\.json$/);
		await page.getByRole('button', { name: t('evaluation.showCode') }).click();
		const code = await page.getByLabel(t('evaluation.codeLabel')).inputValue();
		expect(code).toMatch(/^e1\./);
		await screenshot(page, `evaluation-${locale}`);

		// A second learner's form, and a file that is no evaluation.
		const other = JSON.parse(readFileSync(path, 'utf8'));
		writeFileSync(
			join(dir, 'second.json'),
			JSON.stringify({ ...other, id: '0123456789ab', ratings: { overall: 3 }, comments: { best: '', improve: '' } }),
		);
		writeFileSync(join(dir, 'progress.json'), '{"version": 1, "lessons": {}}');

		await page.goto(`${prefix(locale)}/instructor/evaluation-summary/`);
		await page
			.getByLabel(t('evaluation.summary.files'))
			.setInputFiles([path, join(dir, 'second.json'), join(dir, 'progress.json')]);
		await expect(page.getByText(t('evaluation.summary.count', { count: 2 }))).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(
			t('evaluation.summary.error.notEvaluation', { source: 'progress.json' }),
		);
		// The same learner's code counts once; a cut-off code is refused with its line.
		await page.getByLabel(t('evaluation.summary.codes')).fill(`${code}\n${code.slice(0, -5)}`);
		await page.getByRole('button', { name: t('evaluation.summary.addCodes') }).click();
		const line1 = t('evaluation.summary.codeSource', { line: 1 });
		await expect(page.getByText(t('evaluation.summary.duplicate', { source: line1 }))).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(t('evaluation.summary.codeSource', { line: 2 }));
		await expect(page.getByText(t('evaluation.summary.count', { count: 2 }))).toBeVisible();

		const table = page.getByRole('table', { name: t('evaluation.summary.caption') });
		const overall = table.getByRole('row', { name: t('evaluation.item.overall') });
		// Ratings 5 and 3: two responses, mean 4.00, one 3 and one 5.
		await expect(overall.getByRole('cell')).toHaveText(['2', '4.00', '0', '0', '1', '0', '1']);
		await expect(
			table
				.getByRole('row', { name: t('evaluation.item.trainer') })
				.getByRole('cell')
				.first(),
		).toHaveText('0');
		// A comment is text, never markup.
		await expect(page.getByText(comment)).toBeVisible();
		expect(await page.locator('.course-evaluation-report img').count()).toBe(0);
		await screenshot(page, `evaluation-summary-${locale}`);
		expect(errors).toEqual([]);
	});
}

for (const locale of ['zh-CN', 'en'] as const) {
	const t = uiStrings(locale);
	const questions = questionsOf(locale);

	test(`${locale}: the assessment and the certificate work from the keyboard alone`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(`${prefix(locale)}/assessment/final/`);
		await page.getByRole('button', { name: t('assessment.start') }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('li[data-question="0"] legend')).toBeFocused();
		for (const [q, question] of questions.entries()) {
			// The choices are shuffled per attempt: find where each right one sits on the page.
			const shown = (await page.locator(`li[data-question="${q}"] label`).allTextContents()).map((x) => x.trim());
			const right = question.choices.flatMap((c) => (c.correct ? [shown.indexOf(c.text)] : []));
			expect(right).not.toContain(-1);
			if (question.multiple) {
				// Tab visits each checkbox; Space ticks the right ones.
				for (let i = 0; i < shown.length; i++) {
					await page.keyboard.press('Tab');
					if (right.includes(i)) await page.keyboard.press('Space');
				}
			} else {
				// Tab enters the radio group at its first choice; the arrow keys move and choose.
				await page.keyboard.press('Tab');
				const at = right[0] ?? 0;
				if (at === 0) await page.keyboard.press('Space');
				for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
			}
		}
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: t('assessment.submit') })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('.course-assessment-results')).toBeFocused();
		await expect(page.getByText(t('assessment.resultPassed', { score: 20, total: 20, required: 16 }))).toBeVisible();

		await page.getByRole('link', { name: t('assessment.certificateLink') }).focus();
		await page.keyboard.press('Enter');
		// The form shows once the page's script has found the passed attempt.
		const name = page.getByLabel(t('certificate.nameLabel'));
		await expect(name).toBeVisible();
		await name.focus();
		await page.keyboard.type(locale === 'en' ? 'Li Lei' : '李雷');
		await page.keyboard.press('Enter');
		const sheet = page.getByRole('region', { name: t('certificate.title') });
		await expect(sheet).toBeFocused();
		await expect(sheet).toContainText(t('certificate.scoreValue', { score: 20, total: 20, required: 16 }));
		expect(errors).toEqual([]);
	});

	test(`${locale}: a damaged saved attempt is named, set aside and kept, and a new attempt works`, async ({ page }) => {
		const errors = collectErrors(page);
		const damaged = '{"current": {"seed": 7, "startedAt": 1, "limitMinutes": null, "answers": [1, 2';
		await page.goto(`${prefix(locale)}/assessment/final/`);
		await page.evaluate((text) => localStorage.setItem('course-assessment:v1', text), damaged);
		await page.reload();
		await expect(page.getByRole('alert')).toHaveText(t('assessment.damaged'));
		// Looking changes nothing: the damaged text is still where it was.
		expect(await page.evaluate(() => localStorage.getItem('course-assessment:v1'))).toBe(damaged);
		// The certificate page names the same cause, not "take the assessment".
		await page.goto(`${prefix(locale)}/assessment/certificate/`);
		await expect(page.getByText(t('certificate.damaged'))).toBeVisible();
		await expect(page.getByText(t('certificate.notYet'))).toBeHidden();

		await page.goto(`${prefix(locale)}/assessment/final/`);
		await page.getByRole('button', { name: t('assessment.start') }).click();
		await answer(page, questions.slice(0, 1), []);
		const stored = await page.evaluate(() => ({
			aside: localStorage.getItem('course-assessment:v1:unreadable'),
			now: JSON.parse(localStorage.getItem('course-assessment:v1') ?? '{}'),
		}));
		expect(stored.aside).toBe(damaged);
		expect(stored.now.current.answers).toHaveLength(20);
		// Once replaced by a good record, the notice does not come back.
		await page.reload();
		await expect(page.getByText(t('assessment.resume'))).toBeVisible();
		await expect(page.getByText(t('assessment.damaged'))).toBeHidden();
		expect(errors).toEqual([]);
	});

	test(`${locale}: a damaged saved evaluation is named and kept, and the form saves again`, async ({ page }) => {
		const errors = collectErrors(page);
		const damaged = '{"kind": "course-evaluation", "version": 1, "id": "not-an-id"}';
		await page.goto(`${prefix(locale)}/assessment/evaluation/`);
		await page.evaluate((text) => localStorage.setItem('course-evaluation:v1', text), damaged);
		await page.reload();
		await expect(page.getByRole('alert')).toHaveText(t('evaluation.damaged'));
		await page
			.getByRole('group', { name: t('evaluation.item.overall') })
			.getByLabel(t('evaluation.scale.4'))
			.check();
		await expect(page.getByText(t('evaluation.saved'))).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('course-evaluation:v1:unreadable'))).toBe(damaged);
		await page.reload();
		await expect(page.getByText(t('evaluation.damaged'))).toBeHidden();
		await expect(
			page.getByRole('group', { name: t('evaluation.item.overall') }).getByLabel(t('evaluation.scale.4')),
		).toBeChecked();
		expect(errors).toEqual([]);
	});

	test(`${locale}: the certificate check names what is wrong with a pasted code, in the page's language`, async ({
		page,
	}) => {
		const errors = collectErrors(page);
		await page.goto(`${prefix(locale)}/instructor/certificate-check/`);
		const field = page.getByLabel(t('certificate.check.label'));
		const check = page.getByRole('button', { name: t('certificate.check.button') });
		const refusal = page.getByRole('alert');
		const result = page.getByRole('status');
		const bank = await page.locator('course-certificate-check').getAttribute('data-bank');
		const cases: [string, string][] = [
			['', t('workshop.check.empty')],
			// Another kind of code pasted by mistake: a course-evaluation code.
			[encodeShareCode('e', 1, { kind: 'course-evaluation' }), t('workshop.check.kind')],
			// A certificate whose date is no calendar day.
			[
				encodeShareCode('c', 1, { n: 'Li Lei', d: '2026-02-30', l: [], a: Array(20).fill(1), b: bank, s: 4, t: 20 }),
				`${t('certificate.check.shape')} ${t('certificate.check.shapeField', { field: t('certificate.field.d'), key: 'd' })}`,
			],
			// Honest about its score, but not a pass.
			[
				encodeShareCode('c', 1, { n: 'Li Lei', d: '2026-12-07', l: [], a: Array(20).fill(1), b: bank, s: 4, t: 20 }),
				t('certificate.check.notPassed'),
			],
		];
		for (const [code, reason] of cases) {
			await field.fill(code);
			await check.click();
			await expect(refusal).toContainText(t('certificate.check.failedPrefix'));
			await expect(refusal).toContainText(reason);
			await expect(result).toBeEmpty();
			// The pasted code stays in the field, to be corrected rather than pasted again.
			await expect(field).toHaveValue(code);
		}
		await screenshot(page, `certificate-check-refused-${locale}`);
		expect(errors).toEqual([]);
	});
}

test('a full certificate, eight lectures and the longest name, prints on one A4 landscape page without the site', async ({
	page,
}) => {
	const questions = questionsOf('en');
	// The test's own answer key, from the authored questions: every answer right.
	const answers = questions.map((q) => q.choices.reduce((mask, c, i) => (c.correct ? mask | (1 << i) : mask), 0));
	const lectures = readdirSync('src/content/docs/lectures').map((file) => `lectures/${file.replace(/\.mdx$/, '')}`);
	expect(lectures).toHaveLength(8);
	const at = '2026-12-07T09:00:00.000Z';
	const progress = {
		version: 1,
		lessons: Object.fromEntries(
			lectures.map((id) => [id, { quiz: { score: 5, total: 5, passed: true, at }, lab: { done: true, at } }]),
		),
	};
	const longest = 'Maximilian Alexander Featherstonehaugh-Montgomery Wolfeschlegel'.slice(0, 60);
	await page.goto('/en/assessment/certificate/');
	await page.evaluate(
		({ record, progressText, name }) => {
			localStorage.setItem('course-assessment:v1', record);
			localStorage.setItem('course-progress:v1', progressText);
			localStorage.setItem('course-certificate-name:v1', name);
		},
		{
			record: JSON.stringify({ best: { answers, score: 20, total: 20, date: '2026-12-07' } }),
			progressText: JSON.stringify(progress),
			name: longest,
		},
	);
	await page.reload();
	const sheet = page.getByRole('region', { name: uiStrings('en')('certificate.title') });
	await expect(sheet).toContainText(longest);
	await expect(sheet.getByRole('listitem')).toHaveCount(8);

	await page.emulateMedia({ media: 'print' });
	// A4 landscape at 96 CSS pixels per inch, to look at what the printer gets.
	await page.setViewportSize({ width: 1123, height: 794 });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('.sidebar-pane')).toBeHidden();
	await page.screenshot({ path: test.info().outputPath('certificate-print-full.png') });
	const pdf = await page.pdf({ preferCSSPageSize: true });
	writeFileSync(test.info().outputPath('certificate-full.pdf'), pdf);
	const text = pdf.toString('latin1');
	expect(text.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
	const [, width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(text) ?? [];
	expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([842, 595]);
	// Nothing of the sheet is cut off: its content fits inside its printed box.
	const overflow = await sheet.evaluate((el) => el.scrollHeight - el.clientHeight);
	expect(overflow).toBeLessThanOrEqual(0);
});
