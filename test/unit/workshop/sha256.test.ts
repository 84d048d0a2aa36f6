import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sha256 } from '../../../src/sim/workshop/sha256.ts';

describe('sha256', () => {
	test('returns the published digests of FIPS 180-4 examples', () => {
		const text = (s: string) => sha256(new TextEncoder().encode(s));
		expect(text('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(text('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
		);
	});

	test('returns what node:crypto returns, across the padding boundaries', () => {
		for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 70_000]) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 255);
			expect(sha256(bytes), `${n} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
	});
});
