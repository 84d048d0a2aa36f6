import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FailedVerdict, UsageError } from '../../../src/sim/cli/cliErrors.ts';
import { main } from '../../../src/sim/cli/main.ts';
import { sessionCode } from '../../../src/sim/workshop/workshopSession.ts';
import { session } from '../workshop/workshopFixtures.ts';

const cli = join(import.meta.dirname, '../../../src/sim/cli/main.ts');
function sim(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000, maxBuffer: 1e8 });
	return { code: result.status, out: result.stdout, err: result.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'sim-hostile-'));
const write = (name: string, content: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};
const usage = (args: string[]) =>
	main(args).then(
		() => 'accepted',
		(e: unknown) => (e instanceof UsageError ? e.message : `${e}`),
	);

const decisions = async (extra?: (file: Record<string, unknown>) => void) => {
	const file = JSON.parse(
		await main(['decisions', '--scenario', 'ict-equipment', '--policy', 'uniform', '--size', '200']),
	);
	extra?.(file);
	return write(`decisions-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(file));
};

/** A custom tiering whose first tier takes the customers with revenue ≥ 0 (all of them), and its allocations. */
const customTiering =
	(first: string, otherwise = 'rest') =>
	(file: Record<string, unknown>) => {
		file.tiering = {
			method: 'custom',
			tiers: [{ name: first, when: [{ attribute: 'revenue', op: '>=', value: 0 }] }],
			otherwise,
		};
		const rounds = file.rounds as { allocation: Record<string, unknown> }[];
		for (const round of rounds) {
			const any = Object.values(round.allocation)[0];
			// The first tier's allocation is left out on purpose: only `otherwise` has one.
			round.allocation = { [otherwise]: any };
		}
	};

describe('file inputs are read with a byte cap', { timeout: 30_000 }, () => {
	test.each([
		[['verify', '--session', sessionCode(session), '/dev/zero'], /larger than 1000000 bytes/],
		[['run', '--decisions', '/dev/zero'], /--decisions: "\/dev\/zero" is larger than 1000000 bytes/],
		[['optimise', '--scenario', 'ict-equipment', '--tiering', '/dev/zero'], /--tiering: .* is larger than/],
		[['rfm', '--transactions', '/dev/zero'], /--transactions: .* is larger than 52428800 bytes/],
	])('refuses %j fast, whatever stat says', (args, message) => {
		const started = Date.now();
		const { code, err } = sim(...(args as string[]));
		expect(code).toBe(2);
		expect(err).toMatch(message);
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	test('reads a GBK transaction file as the page does', () => {
		// 张三 in GBK is D5 C5 C8 FD; read as UTF-8 it would be one customer of replacement characters.
		const header = new TextEncoder().encode('customer,date,amount\n');
		const row = (day: string) => [0xd5, 0xc5, 0xc8, 0xfd, ...new TextEncoder().encode(`,2024-01-${day},10\n`)];
		const file = write('gbk.csv', Uint8Array.from([...header, ...row('01'), ...row('15')]));
		const { code, out } = sim('rfm', '--transactions', file);
		expect(code).toBe(0);
		expect(JSON.parse(out).customers.map((c: { id: string }) => c.id)).toEqual(['张三']);
	});

	test('says when the encoding was a guess, with a sample, and reads it again as --encoding says', () => {
		// "Müller" in Latin-1: ü is FC, not valid UTF-8, so the guess is GB18030 and the name comes out wrong.
		const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
		const file = write(
			'latin1.csv',
			latin1('customer,date,amount\nM\u00fcller,2024-01-01,10\nM\u00fcller,2024-01-15,12\n'),
		);
		const guessed = sim('rfm', '--transactions', file);
		expect(guessed.code).toBe(0);
		expect(guessed.err).toMatch(/read as gb18030; its first line reads "customer,date,amount"/);
		expect(guessed.err).toMatch(/--encoding windows-1252/);
		const chosen = sim('rfm', '--transactions', file, '--encoding', 'windows-1252');
		expect(chosen.code).toBe(0);
		expect(chosen.err).toBe('');
		expect(JSON.parse(chosen.out).customers.map((c: { id: string }) => c.id)).toEqual(['Müller']);
		expect(sim('rfm', '--transactions', file, '--encoding', 'ebcdic').err).toMatch(
			/--encoding must be one of gb18030, windows-1252/,
		);
	});
});

describe('flags', { timeout: 60_000 }, () => {
	test('a repeated flag, a flag the command does not use and hex or binary numbers are refused', async () => {
		expect(await usage(['run', '--scenario', 'ict-equipment', '--policy', 'none', '--seed', '1', '--seed', '2'])).toBe(
			'--seed is given twice; give it once',
		);
		expect(await usage(['run', '--scenario', 'ict-equipment', '--policy', 'none', '--locale', 'en'])).toMatch(
			/^--locale does not apply to "run"/,
		);
		expect(await usage(['run', '--scenario', 'ict-equipment', '--policy', 'none', '--seed', '0x1'])).toMatch(
			/--seed must be a whole number/,
		);
		const tx = write('tx.csv', 'customer,date,amount\nA,2024-01-01,10\nA,2024-02-01,12\nB,2024-01-05,7\n');
		for (const margin of ['0x1', '0b1', '1e0', 'Infinity', '.5.']) {
			expect(await usage(['clv', '--transactions', tx, '--margin', margin]), margin).toMatch(
				/^--margin must be a share/,
			);
		}
	});

	test('--seed or --size that contradicts the decisions file is refused; the same value is fine', async () => {
		const file = await decisions((f) => {
			f.seed = 7;
		});
		expect(await usage(['run', '--decisions', file, '--seed', '8'])).toMatch(
			/^--seed 8 contradicts the decisions file's seed 7/,
		);
		expect(await usage(['run', '--decisions', file, '--size', '300'])).toMatch(/^--size 300 contradicts/);
		expect(JSON.parse(await main(['run', '--decisions', file, '--seed', '7'])).seed).toBe(7);
	});

	test('--calibration-end after the last purchase is refused; a --session file named like a code is read', async () => {
		const tx = write('tx-end.csv', 'customer,date,amount\nA,2024-01-01,10\nA,2024-02-01,12\n');
		expect(await usage(['rfm', '--transactions', tx, '--calibration-end', '2030-01-01'])).toBe(
			"--calibration-end 2030-01-01 is after the file's last purchase, 2024-02-01; give a date up to it",
		);
		expect(JSON.parse(await main(['rfm', '--transactions', tx, '--calibration-end', '2024-02-01'])).asOf).toBe(
			'2024-02-01',
		);
		const named = write('w1.session.txt', sessionCode(session));
		const honest = write('bad-hand-in.txt', 'not a code');
		// The session is read from the file, so the verdict is about the hand-in, not about --session.
		await expect(main(['verify', '--session', named, honest])).rejects.toBeInstanceOf(FailedVerdict);
	});

	test('control characters in an argument are written out on stderr, never sent to the terminal', () => {
		const { code, err } = sim('run', '--scenario', '\u001b[31mred\u202e', '--policy', 'none');
		expect(code).toBe(2);
		expect(err.includes('\u001b') || err.includes('\u202e')).toBe(false);
		expect(err).toContain('<U+001B>[31mred<U+202E>');
	});

	test('a long verdict drains whole before the process exits', { timeout: 60_000 }, () => {
		const files = Array.from({ length: 3000 }, (_, i) => write(`junk-${i}.txt`, `not a code ${i}`));
		const { code, err } = sim('debrief', '--session', sessionCode(session), ...files);
		expect(code).toBe(1);
		expect(err.trim().split('\n')).toHaveLength(3000);
		expect(err.trim().split('\n').at(-1)).toContain('junk-2999.txt: rejected');
	});
});

describe('decisions files', { timeout: 60_000 }, () => {
	test.each(['toString', 'constructor', 'valueOf', 'hasOwnProperty'])(
		'a custom tier named %s still needs its allocation',
		async (name) => {
			const file = await decisions(customTiering(name));
			expect(await usage(['run', '--decisions', file])).toBe(
				`decisions.rounds[0].allocation.${name}: missing (every tier needs an allocation)`,
			);
		},
	);

	test('a tier named __proto__, an allocation keyed __proto__, duplicate and blank tier names are refused', async () => {
		expect(await usage(['run', '--decisions', await decisions(customTiering('__proto__'))])).toMatch(
			/^decisions\.tiering\.tiers\[0\]\.name: "__proto__" cannot be a tier name/,
		);
		expect(await usage(['run', '--decisions', await decisions(customTiering('rest'))])).toMatch(
			/^decisions\.tiering\.otherwise: "rest" names two tiers/,
		);
		expect(await usage(['run', '--decisions', await decisions(customTiering('   '))])).toMatch(
			/^decisions\.tiering\.tiers\[0\]\.name: /,
		);
		const proto = await decisions();
		const text = readFileSync(proto, 'utf8').replace('"allocation":{', '"allocation":{"__proto__":{},');
		writeFileSync(proto, text);
		expect(await usage(['run', '--decisions', proto])).toBe(
			'decisions.rounds[0].allocation.__proto__: not a tier name a file can hold',
		);
	});

	test('unknown keys inside tiering are refused like those of the rest of the file', async () => {
		const file = await decisions((f) => {
			(f.tiering as Record<string, unknown>).aCutt = 0.7;
		});
		expect(await usage(['run', '--decisions', file])).toMatch(/^decisions\.tiering: .*aCutt/);
	});

	test('a tier name with a look-alike or control character is refused with its position', async () => {
		expect(await usage(['run', '--decisions', await decisions(customTiering('Βig'))])).toMatch(
			/^decisions\.tiering\.tiers\[0\]\.name: mixes look-alike letters .*\(U\+0069 at character 2\)/,
		);
		expect(await usage(['run', '--decisions', await decisions(customTiering('top\u0000'))])).toMatch(
			/control character \(U\+0000 at character 4\)/,
		);
	});
});
