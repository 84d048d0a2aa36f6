import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Locale, uiStrings } from '../../src/i18n/uiStrings.ts';
import { teamResultCode } from '../../src/sim/workshop/teamResult.ts';
import { sessionCode, type WorkshopSession } from '../../src/sim/workshop/workshopSession.ts';
import { honestResult } from '../unit/workshop/workshopFixtures.ts';
import { collectErrors, expectNoAxeViolations, wcagTags } from './support/pageChecks.ts';

// The debrief of what was played (issue 22, part B): hand-ins pasted inside chat messages, a mid-game code replaced
// by the final one in one click, a copied team flagged, the session's own events and questions, one team's
// decisions on the screen, and a leaderboard equal to the CLI's. Then projector mode with 30 teams at 1920 × 1080.
const cli = join(process.cwd(), 'src', 'sim', 'cli', 'main.ts');

// ict-equipment's own file schedules a budget cut; this session has a downturn only.
const session: WorkshopSession = {
	scenario: 'ict-equipment',
	seed: 7,
	size: 400,
	rounds: 3,
	mode: 'expected',
	events: [{ round: 2, type: 'downturn' }],
	teams: ['红队', '蓝队', '绿队', '第四组'],
	minutesPerRound: 15,
};

/** The board's row whose header cell is the team's name (a flagged row's text names its look-alike too). */
function rowOf(board: Locator, team: string): Locator {
	return board.locator('tbody tr').filter({ has: board.page().getByRole('rowheader', { name: team, exact: true }) });
}

async function openDebrief(page: Page, prefix: string, s: WorkshopSession) {
	await page.goto(`${prefix}/workshop/debrief/#s=${sessionCode(s)}`);
	await page.locator('.course-workshop-host').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
}

for (const { locale, prefix } of [
	{ locale: 'zh-CN' as Locale, prefix: '' },
	{ locale: 'en' as Locale, prefix: '/en' },
]) {
	const t = uiStrings(locale);

	test(`the debrief in ${locale} shows what was played, flags a copy and agrees with the CLI`, async ({ page }) => {
		test.setTimeout(180_000);
		const errors = collectErrors(page);
		const red = teamResultCode(honestResult('红队', 'needs-based', 3, session));
		const blueMid = teamResultCode(honestResult('蓝队', 'status-quo', 2, session));
		const blue = teamResultCode(honestResult('蓝队', 'status-quo', 3, session));
		const green = teamResultCode(honestResult('绿队', 'uniform', 3, session));
		// 第四组 handed in 红队's decisions as its own.
		const copy = teamResultCode(honestResult('第四组', 'needs-based', 3, session));
		await openDebrief(page, prefix, session);

		// Codes pasted as the chat messages they came in.
		const paste = page.getByLabel(t('workshop.debrief.pasteLabel'));
		await paste.fill(
			`红队：${red} 谢谢老师\n[10:02] 蓝队: ${blueMid}（第二轮）\n绿队 ${green}, thanks!\n第四组：${copy}`,
		);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		const board = page.getByRole('table', { name: t('workshop.debrief.leaderboard') });
		await expect(board.locator('tbody tr')).toHaveCount(4, { timeout: 60_000 });

		// The final code of 蓝队 and 红队's again: the prompt shows both versions, one click takes every newer one.
		await paste.fill(`${blue}\n${red}`);
		await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
		const ask = page.getByRole('alertdialog');
		await expect(ask).toContainText(
			t('workshop.debrief.replaceAsk', { team: '蓝队', name: t('workshop.debrief.pastedCode', { n: 1 }) }),
			{ timeout: 30_000 },
		);
		await expect(ask).toContainText(t('workshop.debrief.replaceVersion', { played: 2, rounds: 3, score: '' }).trim());
		await expect(ask).toContainText(t('workshop.debrief.replaceVersion', { played: 3, rounds: 3, score: '' }).trim());
		await expect(ask.getByRole('button', { name: t('workshop.debrief.replaceYes'), exact: true })).toBeFocused();
		await ask.getByRole('button', { name: t('workshop.debrief.replaceAllNewer', { count: 1 }) }).click();
		// 红队's second hand-in played no more rounds: still asked about, and kept.
		await expect(ask).toContainText(
			t('workshop.debrief.replaceAsk', { team: '红队', name: t('workshop.debrief.pastedCode', { n: 2 }) }),
		);
		await ask.getByRole('button', { name: t('workshop.debrief.replaceNo'), exact: true }).click();
		await expect(ask).toHaveCount(0);
		await expect(rowOf(board, '蓝队').locator('td').nth(1)).toHaveText('3');

		// The copy is flagged, in its own list and on the board.
		await expect(
			page.getByText(t('workshop.debrief.similarIdentical', { a: '红队', b: '第四组', rounds: 3 })),
		).toBeVisible();
		await expect(rowOf(board, '第四组')).toContainText('红队');
		// The look-alike column (the last but one, before Remove) is empty for a team that decided for itself.
		await expect(rowOf(board, '绿队').locator('td').nth(-2)).toHaveText('');

		// What was played: the session's downturn in round 2, its question, and no budget-cut question.
		const played = page.getByRole('region', { name: t('workshop.debrief.played') });
		await expect(played).toContainText(t('workshop.debrief.eventAt', { round: 2, event: t('event.downturn.name') }));
		const questions = played.getByRole('listitem');
		await expect(questions.filter({ hasText: t('event.budgetCut.name') })).toHaveCount(0);
		const downturnQuestion = t('workshop.debrief.question.event.downturn', { round: 2, walletCut: '' });
		await expect(played).toContainText(downturnQuestion.slice(0, downturnQuestion.indexOf(' ') + 1 || 8));
		await expect(played).not.toContainText(
			t('workshop.debrief.question.event.budgetCut', { round: 9, cut: 'X' }).split('X')[1]?.slice(0, 12) ?? '?',
		);

		// Every team side by side in round 1, then 红队 alone on the screen: its tiering, 3 rounds × 3 tiers.
		const decisions = page.getByRole('region', { name: t('workshop.debrief.decisions') });
		const side = decisions.getByRole('table', { name: t('workshop.debrief.decisionsRound', { round: 1 }) });
		await expect(side.getByRole('rowheader', { name: '第四组', exact: true })).toBeVisible();
		await decisions.getByLabel(t('workshop.debrief.decisionsShow')).selectOption('红队');
		const one = decisions.getByRole('table', { name: t('workshop.debrief.decisionsOf', { team: '红队' }) });
		await expect(one.locator('tbody tr')).toHaveCount(9);
		await expect(decisions).toContainText(t('lab.tier.methodName.strategicKeyOrdinary'));

		// The CLI verifies the same hand-ins; its leaderboard (the CSV's round-1 rows) is the page's.
		const dir = mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
		const files = { red, blue, green, copy };
		for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, `${name}.txt`), code);
		const csv = execFileSync(
			process.execPath,
			[cli, 'debrief', '--session', sessionCode(session), ...Object.keys(files).map((n) => join(dir, `${n}.txt`))],
			{ encoding: 'utf8' },
		);
		const [header, ...lines] = csv.trim().split('\n');
		const columns = (header ?? '').split(',');
		const col = (name: string) => columns.indexOf(name);
		const cliBoard = lines
			.map((line) => line.split(','))
			.filter((cells) => cells[col('round')] === '1')
			.map((cells) => [cells[col('rank')], cells[col('team')], Number(cells[col('score')])]);
		const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		const pageBoard = await board
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [
					r.querySelector('td')?.textContent ?? '',
					r.querySelector('th')?.textContent ?? '',
					r.querySelectorAll('td')[2]?.textContent ?? '',
				]),
			);
		expect(pageBoard).toEqual(cliBoard.map(([rank, team, score]) => [rank, team, decimal.format(score as number)]));
		expect(pageBoard).toHaveLength(4);

		// The page's CSV is the CLI's, byte for byte.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t('workshop.debrief.exportCsv') }).click();
		expect(readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '')).toBe(csv);

		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
}

test('projector mode at 1920 × 1080 with 30 teams: full width, ten rows a page, a small chart per team, no axe violation', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const t = uiStrings('en');
	const errors = collectErrors(page);
	const names = ['红队', '蓝队', 'Green team', ...Array.from({ length: 27 }, (_, i) => `Team ${i + 4}`)];
	const big: WorkshopSession = { ...session, teams: names };
	const policies = ['needs-based', 'status-quo', 'uniform', 'value-proportional'] as const;
	const codes = names.map((name, i) =>
		teamResultCode(honestResult(name, policies[i % 4] ?? 'uniform', 1 + (i % 3), big)),
	);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openDebrief(page, '/en', big);
	await page.getByLabel(t('workshop.debrief.pasteLabel')).fill(codes.join('\n'));
	await page.getByRole('button', { name: t('workshop.debrief.pasteButton') }).click();
	const board = page.getByRole('table', { name: t('workshop.debrief.leaderboard') });
	await expect(board.locator('tbody tr')).toHaveCount(30, { timeout: 120_000 });

	await page.getByRole('button', { name: t('workshop.debrief.projector') }).click();
	await expect(page.locator('html')).toHaveAttribute('data-projector', '');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// No sidebar and no table of contents; the debrief takes the width of the screen.
	await expect(page.locator('.sidebar-pane')).toBeHidden();
	await expect(page.locator('.right-sidebar-container')).toBeHidden();
	const box = await page.locator('.workshop-debrief').boundingBox();
	expect(box?.width ?? 0).toBeGreaterThan(1700);
	// Ten rows a page, and no team name wraps.
	await expect(board.locator('tbody tr')).toHaveCount(10);
	await expect(page.getByText(t('workshop.debrief.boardPage', { from: 1, to: 10, count: 30 }))).toBeVisible();
	const heights = await board
		.locator('tbody th')
		.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
	expect(Math.max(...heights)).toBeLessThan(2 * Math.min(...heights));
	await page.getByRole('button', { name: t('workshop.debrief.boardNext') }).click();
	await expect(page.getByText(t('workshop.debrief.boardPage', { from: 11, to: 20, count: 30 }))).toBeVisible();
	// One small chart per team.
	const multiples = page.locator('.workshop-multiples__grid > figure');
	await expect(multiples).toHaveCount(30);
	await expect(multiples.first().locator('canvas')).toBeVisible();

	// Contrast and every other WCAG 2.1 AA rule, in projector mode.
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const contrast = results.passes.find((r) => r.id === 'color-contrast');
	console.log(
		`[axe-projector] 1920x1080, 30 teams: ${results.violations.length} violations, ${results.passes.length} rules passed, ` +
			`color-contrast checked on ${contrast?.nodes.length ?? 0} elements, ${results.incomplete.length} incomplete`,
	);
	expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	expect(contrast?.nodes.length ?? 0).toBeGreaterThan(100);

	// Leaving projector mode gives the page back its theme and layout.
	await page.getByRole('button', { name: t('workshop.debrief.projector') }).click();
	await expect(page.locator('html')).not.toHaveAttribute('data-projector', '');
	await expect(board.locator('tbody tr')).toHaveCount(30);
	expect(errors).toEqual([]);
});
