import { describe, expect, test } from 'vitest';
import {
	allocationControls,
	niceCeil,
	shownValue,
	storedValue,
} from '../../../src/components/lab/allocationControls.ts';
import { scaleResources } from '../../../src/sim/exercise/createSession.ts';
import { findScenario } from '../../../src/sim/scenarios/scenarioCatalog.ts';

const ict = findScenario('ict-equipment');
const bank = findScenario('retail-bank');
if (!ict || !bank) throw new Error('scenario missing');

describe('niceCeil', () => {
	test('rounds up to two significant digits', () => {
		expect(niceCeil(325)).toBe(330);
		expect(niceCeil(0.7222)).toBe(0.73);
		expect(niceCeil(3.3)).toBe(3.3);
		expect(niceCeil(1000)).toBe(1000);
		expect(niceCeil(0.011)).toBe(0.011);
	});

	test('returns 0 for nothing or less', () => {
		expect(niceCeil(0)).toBe(0);
		expect(niceCeil(-4)).toBe(0);
		expect(niceCeil(Number.NaN)).toBe(0);
	});
});

describe('allocationControls', () => {
	test('returns a control for every resource, teams included, when the scenario has teams', () => {
		const resources = allocationControls(ict, 100).map((c) => c.resource);
		expect(resources).toEqual([
			'kamHours',
			'visits',
			'assisted',
			'digital',
			'partner',
			'valueAdded',
			'ironTriangleTeams',
			'bzFee',
		]);
	});

	test('leaves out iron-triangle teams when the scenario has none', () => {
		expect(bank.resources.ironTriangle.teams).toBe(0);
		expect(allocationControls(bank, 100).map((c) => c.resource)).not.toContain('ironTriangleTeams');
	});

	test('ends a per-customer slider where the tier alone would use the whole capacity', () => {
		for (const customers of [7, 313, 1578]) {
			const visits = allocationControls(ict, customers).find((c) => c.resource === 'visits');
			expect(visits?.max).toBe(niceCeil(ict.resources.visits.capacity / customers));
			expect((visits?.max ?? 0) * customers).toBeGreaterThanOrEqual(ict.resources.visits.capacity);
			// About a hundred steps from one end to the other, never fewer than fifty.
			expect((visits?.max ?? 0) / (visits?.step ?? 1)).toBeGreaterThanOrEqual(50);
			expect((visits?.max ?? 0) / (visits?.step ?? 1)).toBeLessThanOrEqual(1000);
		}
	});

	test('follows the capacities of a scaled portfolio', () => {
		const big = scaleResources(ict, 10_000);
		const kam = (s: typeof ict) => allocationControls(s, 500).find((c) => c.resource === 'kamHours')?.max;
		expect(kam(big)).toBe(niceCeil((ict.resources.kamHours.capacity * 5) / 500));
		const teams = allocationControls(big, 500).find((c) => c.resource === 'ironTriangleTeams');
		expect(teams?.max).toBe(30);
	});

	test('edits shares and the fee in percent, the fee up to the scenario maximum', () => {
		const controls = allocationControls(ict, 50);
		const digital = controls.find((c) => c.resource === 'digital');
		const fee = controls.find((c) => c.resource === 'bzFee');
		expect(digital).toMatchObject({ scale: 100, max: 100 });
		expect(fee).toMatchObject({ scale: 100, max: ict.resources.maxBzFee * 100 });
	});
});

describe('storedValue and shownValue', () => {
	const controls = allocationControls(ict, 313);
	const byName = (r: string) => {
		const c = controls.find((x) => x.resource === r);
		if (!c) throw new Error(r);
		return c;
	};

	test('returns the draft value of what is typed, within the control range', () => {
		expect(storedValue(byName('digital'), 35)).toBeCloseTo(0.35, 12);
		expect(storedValue(byName('digital'), 140)).toBe(1);
		expect(storedValue(byName('visits'), -3)).toBe(0);
		expect(storedValue(byName('bzFee'), 25)).toBeCloseTo(ict.resources.maxBzFee, 12);
		expect(storedValue(byName('ironTriangleTeams'), 2.6)).toBe(3);
	});

	test('returns the value shown for a draft value, rounded to the field digits', () => {
		expect(shownValue(byName('digital'), 0.2)).toBe(20);
		const kam = byName('kamHours');
		expect(shownValue(kam, 5.319720367)).toBe(Math.round(5.319720367 * 10 ** kam.digits) / 10 ** kam.digits);
	});
});
