import { expect, type Frame, type FrameLocator, type Page, test } from '@playwright/test';
import {
	HARNESS_URL,
	PACKAGE_PATH,
	PLATFORM,
	platformRecord,
	RECORD_KEY,
	readPackage,
	servePlatform,
} from './scorm/platformHarness';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks';

// The SCORM 1.2 package (npm run package -- --scorm) in a real SCORM runtime, scorm-again, acting as the platform.
// The course has 35 knowledge-check questions: four in each of the eight lectures and three on the progress page.
const { entries } = readPackage();
const PROGRESS_PAGE = `${PLATFORM}${PACKAGE_PATH}reference/progress/index.html`;
const COURSE_KEYS = ['course-progress:v1', 'course-quiz-attempts:v1'];
const LECTURES = [
	'lectures/01-marketing-and-service-strategy',
	'lectures/02-customer-insight',
	'lectures/03-customer-relationships',
	'lectures/04-service-strategy-and-control',
	'lectures/05-service-models',
	'lectures/06-iron-triangle',
	'lectures/07-service-skills',
	'lectures/08-managers-and-incentives',
];

/** The course's page inside the launch page inside the platform. */
function course(page: Page): FrameLocator {
	return page.frameLocator('#sco').frameLocator('iframe');
}

function courseFrame(page: Page): Frame {
	const frame = page.frames().find((f) => f.parentFrame()?.parentFrame() === page.mainFrame());
	if (!frame) throw new Error('the course frame is not open');
	return frame;
}

/** Opens the platform and launches the course; `before` prepares the platform's storage, read when its page loads. */
async function launch(page: Page, before?: () => Promise<void>) {
	await page.goto(HARNESS_URL);
	if (before) {
		await before();
		await page.reload();
	}
	await page.evaluate(() => (window as unknown as { launch: () => void }).launch());
	await expect(course(page).locator('h1').first()).toBeVisible();
}

/** Answers the progress page's three-question check: every right choice, or one wrong choice per question. */
async function answerProgressQuiz(page: Page, right: boolean) {
	const frame = course(page);
	for (const n of [1, 2, 3]) {
		const group = frame.getByRole('group', { name: new RegExp(`^第 ${n} 题`) });
		const choices = group.locator(right ? 'input[data-correct]' : 'input:not([data-correct])');
		for (const choice of right ? await choices.all() : [choices.first()]) await choice.check();
		await frame
			.locator('.course-quiz-question')
			.filter({ has: group })
			.getByRole('button', { name: '核对答案' })
			.click();
	}
	await expect(frame.locator('.course-quiz-result')).toContainText(`得分：${right ? 3 : 0} / 3`);
}

/** Waits until the platform has committed a record that satisfies `check`. */
async function expectRecord(page: Page, check: (record: Awaited<ReturnType<typeof platformRecord>>) => void) {
	await expect(async () => check(await platformRecord(page))).toPass();
}

test.describe('SCORM package', () => {
	test('has a well-formed SCORM 1.2 manifest at its root that lists every file, and no service worker', async ({
		page,
	}) => {
		const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
		const names = Object.keys(entries);
		// The browser's own XML parser checks the manifest is well-formed; the checks below are SCORM 1.2's
		// requirements of a content package (IMS CP 1.1.2 with ADL's extensions).
		await page.setContent('<p>manifest check</p>');
		const found = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			const cp = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
			const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
			const all = (name: string) => [...doc.getElementsByTagNameNS(cp, name)];
			const organizations = all('organizations')[0];
			const resources = all('resource');
			return {
				parseError: doc.getElementsByTagName('parsererror').length > 0,
				root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
				schema: all('schema')[0]?.textContent,
				version: all('schemaversion')[0]?.textContent,
				defaultOrganization: organizations?.getAttribute('default'),
				organizations: all('organization').map((o) => o.getAttribute('identifier')),
				items: all('item').map((i) => ({
					ref: i.getAttribute('identifierref'),
					title: i.getElementsByTagNameNS(cp, 'title')[0]?.textContent,
					mastery: i.getElementsByTagNameNS(adlcp, 'masteryscore')[0]?.textContent,
				})),
				resources: resources.map((r) => ({
					id: r.getAttribute('identifier'),
					type: r.getAttribute('type'),
					scormType: r.getAttributeNS(adlcp, 'scormtype'),
					href: r.getAttribute('href'),
					files: [...r.getElementsByTagNameNS(cp, 'file')].map((f) => decodeURI(f.getAttribute('href') ?? '')),
				})),
				identifiers: [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')),
			};
		}, manifest);
		expect(found.parseError).toBe(false);
		expect(found.root).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2 manifest');
		expect(found.schema).toBe('ADL SCORM');
		expect(found.version).toBe('1.2');
		expect(new Set(found.identifiers).size).toBe(found.identifiers.length);
		expect(found.organizations).toEqual([found.defaultOrganization]);
		expect(found.items).toEqual([{ ref: 'res-course', title: expect.stringContaining('客户分类'), mastery: '80' }]);
		expect(found.resources).toHaveLength(1);
		const [resource] = found.resources;
		expect(resource).toMatchObject({
			id: 'res-course',
			type: 'webcontent',
			scormType: 'sco',
			href: 'scorm/index.html',
		});
		// Every file the manifest names is in the zip, and every file of the zip but the manifest is named.
		expect(resource?.files.filter((file) => !(file in entries))).toEqual([]);
		expect(names.filter((name) => name !== 'imsmanifest.xml').sort()).toEqual([...(resource?.files ?? [])].sort());
		expect(resource?.files).toContain('scorm/index.html');

		// The website's service worker is left out, and no page tries to register one.
		expect(names.filter((name) => /(^|\/)(sw|register-sw)\.js$|workbox-/.test(name))).toEqual([]);
		const pages = names.filter((name) => name.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(80);
		for (const name of pages) expect(new TextDecoder().decode(entries[name]), name).not.toContain('register-sw');
	});

	test('reports status and score to the platform, and resumes from its suspend data after a reload', async ({
		page,
	}) => {
		const errors = collectErrors(page);
		await servePlatform(page, entries);
		await launch(page);
		// The launch reports an attempt in progress with nothing scored yet.
		await expectRecord(page, (record) => {
			expect(record?.lesson_status).toBe('incomplete');
			expect(record?.score).toEqual({ raw: '0', min: '0', max: '100' });
			expect(record?.suspend_data).toBe('c1|');
		});

		// Navigate inside the package as a learner does: the sidebar link stays in the platform's folder.
		await course(page)
			.getByRole('navigation', { name: '主要' })
			.getByRole('link', { name: /^学习进度/ })
			.click();
		await expect(course(page).locator('h1')).toHaveText('学习进度');
		expect(courseFrame(page).url()).toBe(PROGRESS_PAGE);
		await answerProgressQuiz(page, true);

		// 3 of the course's 35 questions answered right: 9 %; the other checks are not taken yet.
		await expectRecord(page, (record) => {
			expect(record?.lesson_status).toBe('incomplete');
			expect(record?.score).toEqual({ raw: '9', min: '0', max: '100' });
			expect(record?.suspend_data).toMatch(/^c1\|reference\/progress:q3\.3\.[0-9a-z]{6}$/);
		});

		// Leaving the platform's page closes the session: a last commit, then LMSFinish, where the learner was.
		await page.goto(HARNESS_URL);
		const finished = await platformRecord(page);
		expect(finished?.events.at(-1)).toBe('LMSFinish');
		expect(finished?.lesson_location).toBe('reference/progress/index.html');

		// Another computer: nothing of the course in this browser. The platform's record alone brings the learner back.
		await page.evaluate((keys) => {
			for (const key of keys) localStorage.removeItem(key);
		}, COURSE_KEYS);
		await page.evaluate(() => (window as unknown as { launch: () => void }).launch());
		await expect(course(page).locator('h1')).toHaveText('学习进度');
		expect(courseFrame(page).url()).toBe(PROGRESS_PAGE);
		await expect(course(page).getByText('最好成绩：3 / 3，已通过')).toBeVisible();
		const stored = await courseFrame(page).evaluate(() => localStorage.getItem('course-progress:v1'));
		expect(JSON.parse(stored ?? '{}').lessons['reference/progress'].quiz).toMatchObject({ score: 3, passed: true });
		expect(errors).toEqual([]);
	});

	for (const outcome of [
		{ status: 'passed', lectures: 'q4.4', right: true, raw: '100' },
		{ status: 'failed', lectures: 'q0.4', right: false, raw: '0' },
	]) {
		test(`reports ${outcome.status} once every knowledge check is taken`, async ({ page }) => {
			await servePlatform(page, entries);
			// A learner who took all eight lectures' checks in an earlier session, in the suspend data's own format.
			const suspend = `c1|${LECTURES.map((id) => `${id}:${outcome.lectures}.tb3k00`).join(';')}`;
			await launch(page, () =>
				page.evaluate(
					([key, data]) =>
						localStorage.setItem(
							key as string,
							JSON.stringify({
								suspend_data: data,
								lesson_location: 'reference/progress/index.html',
								lesson_status: 'incomplete',
								events: [],
							}),
						),
					[RECORD_KEY, suspend],
				),
			);
			await expect(course(page).locator('h1')).toHaveText('学习进度');
			await expectRecord(page, (record) => expect(record?.lesson_status).toBe('incomplete'));
			await answerProgressQuiz(page, outcome.right);
			await expectRecord(page, (record) => {
				expect(record?.lesson_status).toBe(outcome.status);
				expect(record?.score.raw).toBe(outcome.raw);
				expect(record?.suspend_data.startsWith(suspend)).toBe(true);
			});
		});
	}

	test('opens in English when the platform says so; search and the language menu stay inside the package', async ({
		page,
	}) => {
		await servePlatform(page, entries, { language: 'en-US' });
		await launch(page);
		await expect(course(page).locator('html')).toHaveAttribute('lang', 'en');
		expect(courseFrame(page).url()).toBe(`${PLATFORM}${PACKAGE_PATH}en/index.html`);

		await course(page).getByRole('button', { name: 'Search' }).click();
		const dialog = course(page).getByRole('dialog');
		await dialog.getByRole('textbox').fill('iron triangle');
		const result = dialog.locator('.pagefind-ui__result-link').first();
		await expect(result).toHaveAttribute('href', new RegExp(`^${PACKAGE_PATH}en/.+/index\\.html(#.*)?$`));
		await result.click();
		await expect(course(page).locator('html')).toHaveAttribute('lang', 'en');
		expect(courseFrame(page).url()).toMatch(new RegExp(`^${PLATFORM}${PACKAGE_PATH}en/.+/index\\.html`));

		const before = new URL(courseFrame(page).url()).pathname;
		await course(page).getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
		await expect(course(page).locator('html')).toHaveAttribute('lang', 'zh-CN');
		expect(new URL(courseFrame(page).url()).pathname).toBe(before.replace(`${PACKAGE_PATH}en/`, PACKAGE_PATH));
	});

	test('outside a platform it opens the course and keeps progress in the browser only', async ({ page }) => {
		const errors = collectErrors(page);
		await servePlatform(page, entries, { noApi: true });
		const progress = JSON.stringify({
			version: 1,
			lessons: { 'reference/progress': { lab: { done: true, at: '2026-01-02T03:04:05.000Z' } } },
		});
		await launch(page, () => page.evaluate((text) => localStorage.setItem('course-progress:v1', text), progress));
		expect(courseFrame(page).url()).toBe(`${PLATFORM}${PACKAGE_PATH}index.html`);
		await expect(page.frameLocator('#sco').getByRole('status')).toBeHidden();
		expect(await page.evaluate(() => localStorage.getItem('course-progress:v1'))).toBe(progress);
		expect(await platformRecord(page)).toBeNull();
		expect(errors).toEqual([]);
	});

	test('a platform that refuses to save is named in the page and the course goes on', async ({ page }) => {
		await servePlatform(page, entries, { refuseCommit: true });
		await launch(page);
		const status = page.frameLocator('#sco').getByRole('status');
		await expect(status).toHaveText(
			'学习平台没有接受这次保存（LMSCommit，错误 101：General Exception）。你的进度仍保存在这个浏览器里，下次保存时会再试。',
		);
		await course(page)
			.getByRole('navigation', { name: '主要' })
			.getByRole('link', { name: /^学习进度/ })
			.click();
		await answerProgressQuiz(page, true);
		await expect(course(page).getByText('最好成绩：3 / 3，已通过')).toBeVisible();
	});

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1920, height: 1080 },
	]) {
		for (const language of ['zh-CN', 'en']) {
			test(`has no axe violations in the platform at ${viewport.width}×${viewport.height} (${language})`, async ({
				page,
			}) => {
				await page.setViewportSize(viewport);
				await servePlatform(page, entries, { language, refuseCommit: true });
				await launch(page);
				await expect(page.frameLocator('#sco').getByRole('status')).toBeVisible();
				await page.screenshot({ path: `test-results/scorm-${language}-${viewport.width}.png` });
				await expectNoAxeViolations(page);
			});
		}
	}
});
