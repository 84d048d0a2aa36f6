import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const cli = join(import.meta.dirname, '../../../src/sim/cli/main.ts');
function sim(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
	return { code: result.status, out: result.stdout, err: result.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));

describe('npm run sim', { timeout: 20_000 }, () => {
	test('scenarios lists every scenario id with both titles', () => {
		const { code, out } = sim('scenarios');
		expect(code).toBe(0);
		expect(out).toMatch(/^ict-equipment\t.+\t.+$/m);
		expect(out.trim().split('\n').length).toBeGreaterThanOrEqual(6);
	});

	test('run --policy prints periods per tier and a summary', () => {
		const { code, out } = sim('run', '--scenario', 'ict-equipment', '--policy', 'status-quo', '--size', '400');
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result.periods).toHaveLength(12);
		expect(Object.keys(result.periods[0].tiers)).toEqual(['strategic', 'key', 'ordinary']);
		expect(result.periods[0].total).toHaveProperty('costToServe');
		expect(result.summary.valueIndex).toBeCloseTo(100, 1);
	});

	test('run --policy keeps a policy that fills the budget within it at every size', () => {
		// The status quo uses the whole budget; the decisions file's four decimals must not push it over.
		for (const size of ['2000', '10000']) {
			const { code, err } = sim('run', '--scenario', 'ict-equipment', '--policy', 'status-quo', '--size', size);
			expect(err).toBe('');
			expect(code).toBe(0);
		}
	});

	test('a decisions file round-trips: decisions prints one, run --decisions gives the same result as run --policy', () => {
		const file = join(dir, 'decisions.json');
		writeFileSync(
			file,
			sim('decisions', '--scenario', 'ict-equipment', '--policy', 'needs-based', '--size', '400').out,
		);
		const fromFile = JSON.parse(sim('run', '--decisions', file).out);
		const fromPolicy = JSON.parse(
			sim('run', '--scenario', 'ict-equipment', '--policy', 'needs-based', '--size', '400').out,
		);
		expect(fromFile.periods).toEqual(fromPolicy.periods);
	});

	test('csv output has one row per period and tier plus the total', () => {
		const { out } = sim('run', '--scenario', 'ict-equipment', '--policy', 'none', '--size', '200', '--format', 'csv');
		const lines = out.trim().split('\n');
		expect(lines[0]).toBe('period,round,tier,customers,revenue,costToServe,profit,satisfaction,churned');
		expect(lines).toHaveLength(1 + 12 * 4);
	});

	test.each([
		[['run', '--scenario', 'nope', '--policy', 'none'], /--scenario: unknown scenario "nope"/],
		[['run', '--scenario', 'ict-equipment', '--policy', 'lavish'], /--policy: unknown policy "lavish"/],
		[['run', '--scenario', 'ict-equipment', '--policy', 'none', '--seed', '-1'], /--seed/],
		[
			['run', '--scenario', 'ict-equipment', '--policy', 'none', '--mode', 'fast'],
			/--mode must be one of expected, stochastic/,
		],
		[['portfolio', '--scenario', 'ict-equipment', '--locale', 'fr'], /--locale must be one of zh-CN, en/],
		[['run', '--decisions', '/no/such/file.json'], /--decisions: cannot read/],
		[['frobnicate'], /unknown command "frobnicate"/],
		[['run', '--scenario', 'ict-equipment', '--bogus'], /Unknown option '--bogus'/],
	])('exits 2 with one line naming the problem: %j', (args, message) => {
		const { code, err } = sim(...(args as string[]));
		expect(code).toBe(2);
		expect(err).toMatch(message);
		expect(err.trim().split('\n')).toHaveLength(1);
		expect(err).not.toMatch(/\n\s+at /);
	});

	test('a malformed decisions file names the field', () => {
		const file = join(dir, 'bad.json');
		const good = JSON.parse(sim('decisions', '--scenario', 'ict-equipment', '--policy', 'none', '--size', '200').out);
		good.rounds[1].allocation.key.digital = 3;
		writeFileSync(file, JSON.stringify(good));
		const { code, err } = sim('run', '--decisions', file);
		expect(code).toBe(2);
		expect(err).toMatch(/decisions\.rounds\[1\]\.allocation\.key\.digital/);
	});

	test('an over-budget decisions file is rejected with what exceeds what', () => {
		const file = join(dir, 'lavish.json');
		const good = JSON.parse(sim('decisions', '--scenario', 'ict-equipment', '--policy', 'none', '--size', '200').out);
		good.rounds[0].allocation.ordinary.visits = 90;
		writeFileSync(file, JSON.stringify(good));
		const { code, err } = sim('run', '--decisions', file);
		expect(code).toBe(2);
		expect(err).toMatch(/rounds\[0\]\.allocation: .*on-site visits per period: .* exceeds the limit of/);
	});

	test('portfolio prints localised names with the same numbers in both languages', { timeout: 30_000 }, () => {
		const zh = JSON.parse(sim('portfolio', '--scenario', 'ict-equipment', '--size', '60', '--locale', 'zh-CN').out);
		const en = JSON.parse(sim('portfolio', '--scenario', 'ict-equipment', '--size', '60', '--locale', 'en').out);
		expect(zh.customers[0].revenue).toBe(en.customers[0].revenue);
		expect(zh.customers[0].name).not.toBe(en.customers[0].name);
		expect(zh.customers[0].industry).toMatch(/[\p{Script=Han}]/u);
	});
});

describe('every scenario and reference policy', { timeout: 120_000 }, () => {
	test('runs through the CLI without breaking a limit (policies fill the budget exactly)', async () => {
		const { main } = await import('../../../src/sim/cli/main.ts');
		const scenarios = (await main(['scenarios'])).split('\n').map((line) => line.split('\t')[0] as string);
		for (const scenario of scenarios) {
			for (const policy of ['status-quo', 'uniform', 'value-proportional', 'needs-based', 'none']) {
				const file = join(dir, `${scenario}-${policy}.json`);
				writeFileSync(file, await main(['decisions', '--scenario', scenario, '--policy', policy, '--size', '300']));
				const result = JSON.parse(await main(['run', '--decisions', file]));
				expect(result.periods.length, `${scenario} ${policy}`).toBeGreaterThan(0);
			}
		}
	});
});
