import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { generatePortfolio } from '../../../src/sim/portfolio/generatePortfolio.ts';
import { nameCustomers } from '../../../src/sim/portfolio/nameCustomers.ts';
import { createRng } from '../../../src/sim/random/createRng.ts';
import { findScenario, scenarios } from '../../../src/sim/scenarios/scenarioCatalog.ts';

const scenario = findScenario('ict-equipment');
if (!scenario) throw new Error('default scenario missing');

/** A digest of every numeric attribute, to the last bit. */
function digest(p: ReturnType<typeof generatePortfolio>): string {
	const hash = createHash('sha256');
	for (const [key, value] of Object.entries(p)) {
		if (ArrayBuffer.isView(value)) {
			hash.update(key);
			hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
		}
	}
	return hash.digest('hex').slice(0, 16);
}

describe('createRng', () => {
	test('gives the same stream for the same seed and a different one for another seed', () => {
		const a = createRng(7);
		const b = createRng(7);
		const c = createRng(8);
		const xs = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
	});

	test('draws uniforms in [0, 1) with the right mean, and normals with mean 0 and sd 1', () => {
		const rng = createRng(1);
		let sum = 0;
		let sumN = 0;
		let sumN2 = 0;
		for (let i = 0; i < 20000; i++) {
			const u = rng.next();
			expect(u).toBeGreaterThanOrEqual(0);
			expect(u).toBeLessThan(1);
			sum += u;
			const z = rng.normal();
			sumN += z;
			sumN2 += z * z;
		}
		expect(sum / 20000).toBeCloseTo(0.5, 1);
		expect(sumN / 20000).toBeCloseTo(0, 1);
		expect(Math.sqrt(sumN2 / 20000)).toBeCloseTo(1, 1);
	});
});

describe('generatePortfolio', () => {
	test('is deterministic: the same scenario, seed and size give identical customers', () => {
		expect(digest(generatePortfolio(scenario, 42, 500))).toBe(digest(generatePortfolio(scenario, 42, 500)));
		expect(digest(generatePortfolio(scenario, 43, 500))).not.toBe(digest(generatePortfolio(scenario, 42, 500)));
	});

	test('golden: seed 42 gives the portfolio recorded when the model was calibrated', () => {
		// Update deliberately (and say so in the commit) when a model change is meant to change the customers.
		const p = generatePortfolio(scenario, 42, 500);
		expect(digest(p)).toMatchInlineSnapshot(`"734762e26fd3c2f2"`);
		expect(p.revenue[0]).toMatchInlineSnapshot(`861496.9656876723`);
		expect(p.segment.slice(0, 10)).toMatchInlineSnapshot(`
			Uint8Array [
			  1,
			  0,
			  1,
			  1,
			  0,
			  0,
			  2,
			  0,
			  1,
			  2,
			]
		`);
	});

	test('keeps every attribute in its documented range', () => {
		for (const s of scenarios) {
			const p = generatePortfolio(s, 3, 400);
			for (let i = 0; i < p.size; i++) {
				expect(p.revenue[i]).toBeGreaterThan(0);
				expect(p.grossMargin[i]).toBeGreaterThanOrEqual(0.03);
				expect(p.shareOfWallet[i]).toBeGreaterThan(0);
				expect(p.shareOfWallet[i]).toBeLessThan(1);
				expect(p.wallet[i]).toBeGreaterThanOrEqual(p.revenue[i] as number);
				expect(p.satisfaction[i]).toBeGreaterThanOrEqual(1);
				expect(p.satisfaction[i]).toBeLessThanOrEqual(5);
				expect(p.segment[i]).toBeLessThan(s.portfolio.segments.length);
			}
		}
	});

	test('draws the needs segments in their scenario shares (telecom: 26/19/15/10/30%)', () => {
		const telecom = findScenario('telecom-business');
		if (!telecom) throw new Error('telecom scenario missing');
		const p = generatePortfolio(telecom, 9, 20000);
		const counts = new Array(5).fill(0);
		for (const s of p.segment) counts[s] += 1;
		telecom.portfolio.segments.forEach((segment, k) => {
			expect(counts[k] / 20000).toBeCloseTo(segment.share, 1);
		});
	});
});

describe('nameCustomers', () => {
	test('names the same customers the same way every time, in each language, without touching the numbers', async () => {
		const p = generatePortfolio(scenario, 42, 20);
		const before = digest(p);
		const zh = await nameCustomers(p, 'zh-CN');
		const zhAgain = await nameCustomers(p, 'zh-CN');
		const en = await nameCustomers(p, 'en');
		expect(zh.name).toEqual(zhAgain.name);
		expect(zh.name).toHaveLength(20);
		expect(zh.name[0]).toMatch(/[\p{Script=Han}]/u);
		expect(en.name[0]).toMatch(/^[A-Za-z]/);
		expect(digest(p)).toBe(before);
	});
});
