import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { crc32 } from '../../src/sim/workshop/crc32.ts';
import { collectErrors, expectNoAxeViolations } from './support/pageChecks.ts';

// Workshop mode end to end: the facilitator creates a session, two teams in their own browser contexts play three
// rounds with an event, the instructor imports both, and the leaderboard matches the CLI's recomputation. Bad codes
// and files are refused with their reasons, and team names are only ever text.
const cli = join(process.cwd(), 'src', 'sim', 'cli', 'main.ts');
const xssName = '蓝队 <img src=x onerror="window.__xss=1">';

async function createSession(page: Page, locale: Locale, prefix: string): Promise<string> {
	const t = uiStrings(locale);
	await page.goto(`${prefix}/workshop/facilitator/`);
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	await page
		.getByRole('combobox', { name: t('workshop.facilitator.scenario'), exact: true })
		.selectOption('ict-equipment');
	await page.getByRole('combobox', { name: t('workshop.facilitator.size'), exact: true }).selectOption('500');
	await page.getByRole('combobox', { name: t('workshop.facilitator.rounds'), exact: true }).selectOption('3');
	await page
		.getByRole('combobox', { name: t('workshop.facilitator.eventForRound', { round: 2 }), exact: true })
		.selectOption('downturn');
	await page
		.getByRole('combobox', { name: t('workshop.facilitator.eventForRound', { round: 3 }), exact: true })
		.selectOption('');
	await page.getByLabel(t('workshop.facilitator.teams')).fill(`红队\n${xssName}`);
	await page.getByRole('button', { name: t('workshop.facilitator.create') }).click();
	await expect(page.getByRole('img', { name: /./ }).and(page.locator('.workshop-qr'))).toBeVisible({ timeout: 20_000 });
	const link = await page.getByLabel(t('workshop.facilitator.link')).inputValue();
	expect(link).toMatch(/\/workshop\/team\/#s=w1\.[0-9a-f]{8}\./);
	return link;
}

/** The facilitator opens every round in turn; returns each round's unlock code as the page shows it. */
async function openRounds(page: Page, locale: Locale, rounds: number): Promise<string[]> {
	const t = uiStrings(locale);
	const codes: string[] = [];
	for (let round = 1; round <= rounds; round++) {
		await page.getByRole('button', { name: t('workshop.facilitator.pacing.open', { round, minutes: 15 }) }).click();
		const heading = t('workshop.facilitator.pacing.codeFor', { round, time: '\u0000' }).split('\u0000')[0] ?? '';
		await expect(page.locator('.workshop-pacing__current')).toContainText(heading);
		codes.push(await page.locator('.workshop-pacing__code').innerText());
	}
	return codes;
}

/** A team plays three rounds with one reference policy and hands in; returns its code and its downloaded file. */
async function playTeam(
	browser: Browser,
	locale: Locale,
	link: string,
	team: number,
	policy: string,
	codes: readonly string[],
) {
	const t = uiStrings(locale);
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = collectErrors(page);
	await page.goto(link);
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.getByRole('radio').nth(team).check();
	await page.getByRole('button', { name: t('workshop.team.start') }).click();
	const confirm = page.getByRole('button', { name: t('lab.action.confirmTiering') });
	await expect(confirm).toBeEnabled({ timeout: 30_000 });
	// A team's rounds are locked: no reset to replay them with hindsight.
	await expect(page.getByRole('button', { name: t('lab.reset.button') })).toBeHidden();
	await confirm.click();
	for (let round = 1; round <= 3; round++) {
		const panel = page.getByRole('region', { name: t('lab.allocate.title', { round }) });
		await expect(panel).toBeVisible({ timeout: 30_000 });
		// The round runs once its code is typed; its event stays hidden until then.
		const run = page.getByRole('button', { name: t('lab.action.runRound', { round }) });
		await expect(run).toBeDisabled();
		await expect(page.getByText(t('workshop.team.eventThisRound', { event: t('event.downturn.name') }))).toHaveCount(0);
		await page.getByLabel(t('workshop.round.codeLabel', { round })).fill(codes[round - 1] ?? '');
		await page.getByRole('button', { name: t('workshop.round.open') }).click();
		// The scheduled event shows at its round, and only there.
		const event = page.getByText(t('workshop.team.eventThisRound', { event: t('event.downturn.name') }));
		if (round === 2) await expect(event).toBeVisible();
		else await expect(event).toHaveCount(0);
		await panel.getByRole('button', { name: t(`policy.${policy}` as never), exact: true }).click();
		await page.getByRole('button', { name: t('lab.action.runRound', { round }) }).click();
		await expect(page.getByRole('region', { name: t('lab.review.title', { round, rounds: 3 }) })).toBeVisible({
			timeout: 30_000,
		});
		if (round < 3) await page.getByRole('button', { name: t('lab.action.nextRound') }).click();
	}
	await expect(page.getByText(t('workshop.handIn.rounds', { played: 3, rounds: 3 }))).toBeVisible();
	const code = await page.getByLabel(t('workshop.handIn.code')).inputValue();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: t('workshop.handIn.download') }).click();
	const file = readFileSync(await (await download).path(), 'utf8');
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	expect(errors).toEqual([]);
	await context.close();
	return { code, file };
}

for (const { locale, prefix } of [
	{ locale: 'zh-CN' as Locale, prefix: '' },
	{ locale: 'en' as Locale, prefix: '/en' },
]) {
	const t = uiStrings(locale);

	test(`a workshop in ${locale}: session, two teams, debrief matching the CLI, bad imports refused`, async ({
		page,
		browser,
	}) => {
		test.setTimeout(300_000);
		const errors = collectErrors(page);
		const link = await createSession(page, locale, prefix);
		await expectNoAxeViolations(page);
		const debriefLink = await page
			.getByRole('link', { name: t('workshop.facilitator.openDebrief') })
			.getAttribute('href');

		const codes = await openRounds(page, locale, 3);
		const red = await playTeam(browser, locale, link, 0, 'status-quo', codes);
		const blue = await playTeam(browser, locale, link, 1, 'needs-based', codes);

		await page.goto(debriefLink ?? '');
		await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr])');
		const paste = page.getByLabel(t('workshop.debrief.pasteLabel'));
		await paste.fill(red.code);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await page.locator('input[type=file]').setInputFiles({
			name: 'blue.json',
			mimeType: 'application/json',
			buffer: Buffer.from(blue.file),
		});
		const board = page.getByRole('table', { name: t('workshop.debrief.leaderboard') });
		await expect(board.locator('tbody tr')).toHaveCount(2, { timeout: 30_000 });

		// The CLI recomputes both teams from the same hand-ins; the page's leaderboard says the same.
		const dir = mkdtempSync(join(tmpdir(), 'workshop-e2e-'));
		writeFileSync(join(dir, 'red.txt'), red.code);
		writeFileSync(join(dir, 'blue.json'), blue.file);
		// The CLI checks every hand-in against the facilitator's session, given as the session link.
		const csv = execFileSync(
			process.execPath,
			[cli, 'debrief', '--session', link, join(dir, 'red.txt'), join(dir, 'blue.json')],
			{ encoding: 'utf8' },
		);
		const cliRows = csv
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(','));
		const pageRows = await board
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [r.querySelector('th')?.textContent ?? '', r.querySelectorAll('td')[2]?.textContent ?? '']),
			);
		const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		expect(pageRows).toEqual(
			cliRows.map((cells) => [cells[1]?.replace(/^"|"$/g, '').replace(/""/g, '"'), decimal.format(Number(cells[3]))]),
		);
		// The team name with markup is text in the table, and nothing ran.
		await expect(board.getByRole('rowheader', { name: xssName })).toBeVisible();
		expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
		await expect(page.getByRole('figure', { name: t('workshop.debrief.chartProfit') })).toBeVisible();

		// A file with an edited figure: its checksum no longer matches.
		const edited = blue.file.replace(/"score": (\d)/, '"score": 9$1');
		await page
			.locator('input[type=file]')
			.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
		await expect(page.locator('.workshop-log__bad').first()).toContainText(t('workshop.check.checksum'));
		// The same edit with the checksum recomputed: the recomputation catches it.
		const body = JSON.parse(edited) as Record<string, unknown>;
		const { format, version, checksum: _old, ...content } = body;
		const forged = JSON.stringify({
			format,
			version,
			...content,
			checksum: crc32(new TextEncoder().encode(JSON.stringify(content))),
		});
		await page
			.locator('input[type=file]')
			.setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(forged) });
		await expect(page.locator('.workshop-log__bad').first()).toContainText(t('workshop.check.results'));
		// A code cut short when copied.
		await paste.fill(red.code.slice(0, -25));
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await expect(page.locator('.workshop-log__bad').first()).toContainText(t('workshop.check.truncated'));
		// None of it disturbed the teams loaded.
		await expect(board.locator('tbody tr')).toHaveCount(2);

		// The same team again: the page asks before replacing it.
		await paste.fill(red.code);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		await expect(page.getByRole('alertdialog')).toContainText(
			t('workshop.debrief.replaceAsk', { team: '红队', name: t('workshop.debrief.pastedCode', { n: 1 }) }),
		);
		await page.getByRole('button', { name: t('workshop.debrief.replaceNo') }).click();
		await expect(page.getByRole('alertdialog')).toHaveCount(0);

		// Ranking on profit, projector mode and the CSV export.
		await page.getByRole('radio', { name: t('workshop.debrief.metric.profit') }).check();
		await page.getByRole('button', { name: t('workshop.debrief.projector') }).click();
		await expect(page.locator('html')).toHaveAttribute('data-projector', '');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t('workshop.debrief.exportCsv') }).click();
		const exported = readFileSync(await (await download).path(), 'utf8');
		expect(exported.replace(/^\ufeff/, '')).toBe(csv);
		await expectNoAxeViolations(page);

		// A reload of the debrief keeps the teams.
		await page.reload();
		await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
		await expect(page.getByRole('table', { name: t('workshop.debrief.leaderboard') }).locator('tbody tr')).toHaveCount(
			2,
			{
				timeout: 30_000,
			},
		);
		expect(errors).toEqual([]);
	});

	test(`the team page in ${locale}: a damaged link says which check failed, and solo practice starts`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		await page.goto(`${prefix}/workshop/team/#s=w1.00000000.eJwrSS0u0U1KTM4EAB0SBF0`);
		await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
		await expect(page.getByRole('alert')).toContainText(t('workshop.team.badLink'));
		await expect(page.getByRole('alert')).toContainText(/./);
		await page.goto(`${prefix}/workshop/team/#s=w9.00000000.abc`);
		await expect(page.getByRole('alert')).toContainText(t('workshop.check.version'));
		await page.getByRole('button', { name: t('workshop.solo.start') }).click();
		await expect(page.getByText(t('workshop.team.playingAs', { team: t('workshop.solo.teamName') }))).toBeVisible();
		await expect(page.getByRole('button', { name: t('lab.action.confirmTiering') })).toBeEnabled({ timeout: 30_000 });
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}

test("the facilitator's form starts light, refuses a bad setup with its reason, and a reload keeps the session", async ({
	page,
}) => {
	const t = uiStrings('en');
	const errors = collectErrors(page);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/en/workshop/facilitator/');
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	// The form needs neither the simulation lab nor, until it is used, the session schema.
	expect(scripts.filter((path) => /SimulationLabIsland|WorkshopTeamIsland|workshopSession/.test(path))).toEqual([]);
	const size = page.getByRole('combobox', { name: t('workshop.facilitator.size'), exact: true });
	await expect(size.locator('option')).toHaveText(['500', '1,000', '2,000', '5,000']);

	const teams = page.getByLabel(t('workshop.facilitator.teams'));
	await teams.fill('Red\nRed');
	await page.getByRole('button', { name: t('workshop.facilitator.create') }).click();
	await expect(page.getByRole('alert')).toHaveText(
		t('workshop.facilitator.invalid', { detail: t('workshop.facilitator.problem.duplicate', { name: 'Red' }) }),
	);
	// A blank seed is a mistake to name, not seed 0.
	await teams.fill('Red\nBlue');
	const seed = page.getByRole('spinbutton', { name: t('workshop.facilitator.seed'), exact: true });
	await seed.fill('');
	await page.getByRole('button', { name: t('workshop.facilitator.create') }).click();
	await expect(page.getByRole('alert')).toHaveText(
		t('workshop.facilitator.invalid', { detail: t('workshop.facilitator.problem.seed') }),
	);
	await seed.fill('42');
	await expect(page.getByLabel(t('workshop.facilitator.link'))).toHaveCount(0);

	await teams.fill('Red\nBlue');
	await page.getByRole('combobox', { name: t('workshop.facilitator.rounds'), exact: true }).selectOption('2');
	await page.getByRole('button', { name: t('workshop.facilitator.create') }).click();
	const link = await page.getByLabel(t('workshop.facilitator.link')).inputValue();
	await expect(page.getByRole('alert')).toHaveCount(0);

	await page.reload();
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await expect(page.getByLabel(t('workshop.facilitator.link'))).toHaveValue(link);
	await expect(teams).toHaveValue('Red\nBlue');
	await expect(page.getByRole('combobox', { name: t('workshop.facilitator.rounds'), exact: true })).toHaveValue('2');
	expect(errors).toEqual([]);
});
