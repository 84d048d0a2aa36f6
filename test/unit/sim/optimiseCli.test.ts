import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decisionsSchema } from '../../../src/sim/exercise/decisionsSchema.ts';

const cli = join(import.meta.dirname, '../../../src/sim/cli/main.ts');
function sim(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
	return { code: result.status, out: result.stdout, err: result.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'sim-optimise-'));
const small = ['--size', '300', '--evals', '120'];

describe('npm run sim -- optimise', { timeout: 30_000 }, () => {
	test('prints decisions that run --decisions reproduces figure for figure, budget scale included', () => {
		const out = join(dir, 'best.json');
		const args = ['optimise', '--scenario', 'department-store', ...small, '--budget-scale', '0.8', '--out', out];
		const { code, out: text, err } = sim(...args);
		expect(err).toBe('');
		expect(code).toBe(0);
		const found = JSON.parse(text);
		expect(decisionsSchema.parse(found.decisions)).toStrictEqual(found.decisions);
		expect(JSON.parse(readFileSync(out, 'utf8'))).toStrictEqual(found.decisions);
		expect(found.reproduce).toBe(`npm run sim -- run --decisions ${out} --budget-scale 0.8`);
		const run = JSON.parse(sim('run', '--decisions', out, '--budget-scale', '0.8').out);
		expect(run.summary).toStrictEqual(found.summary);
		expect(found.comparison[0]).toMatchObject({ policy: 'optimum', score: found.summary.score });
		expect(found.comparison.map((row: { policy: string }) => row.policy)).toContain(found.bestReference);
		expect(found.budgetShare).toHaveLength(found.decisions.rounds.length);
	});

	test('optimises on the tiering of a --tiering file', () => {
		const file = join(dir, 'abc.json');
		writeFileSync(file, JSON.stringify({ method: 'abc', value: 'profit' }));
		const { code, out } = sim('optimise', '--scenario', 'retail-bank', ...small, '--tiering', file);
		expect(code).toBe(0);
		const found = JSON.parse(out);
		expect(found.tiers).toEqual(['A', 'B', 'C']);
		expect(found.decisions.tiering).toMatchObject({ method: 'abc', value: 'profit', aCut: 0.8 });
		expect(Object.keys(found.decisions.rounds[0].allocation)).toEqual(['A', 'B', 'C']);
	});

	const badSpec = join(dir, 'bad-spec.json');
	writeFileSync(badSpec, JSON.stringify({ method: 'abc', aCut: 0.9, bCut: 0.5 }));
	const notJson = join(dir, 'not-json.json');
	writeFileSync(notJson, '{ method: abc');
	const base = ['optimise', '--scenario', 'ict-equipment', '--size', '300'];
	test.each([
		[['optimise'], /--scenario is required/],
		[['optimise', '--scenario', 'nope'], /--scenario: unknown scenario "nope"/],
		[[...base, '--evals', 'lots'], /--evals must be a whole number from 10 to 100000, got "lots"/],
		[[...base, '--evals', '5'], /--evals must be a whole number from 10 to 100000, got "5"/],
		[[...base, '--objective', 'profit'], /--objective must be one of score, value, got "profit"/],
		[[...base, '--budget-scale', '0'], /--budget-scale must be a number from 0.1 to 10/],
		[[...base, '--mode', 'stochastic'], /--mode: optimise always plays in expected-value mode/],
		[[...base, '--tiering', '/no/such/file.json'], /--tiering: cannot read/],
		[[...base, '--tiering', notJson], /--tiering: ".*" is not valid JSON/],
		[[...base, '--tiering', badSpec], /tiering\.aCut: aCut must be below bCut/],
		[[...base, '--evals', '10', '--out', '/no/such/dir/best.json'], /--out: cannot write/],
	])('exits 2 with one line naming the problem: %j', (args, message) => {
		const { code, err } = sim(...(args as string[]));
		expect(err).toMatch(message);
		expect(code).toBe(2);
		expect(err.trim().split('\n')).toHaveLength(1);
	});
});
