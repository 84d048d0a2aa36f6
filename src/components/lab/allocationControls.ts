import type { TierAllocation } from '../../sim/model/tierAllocation.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';

/** How one resource of one tier is edited: its range in the units shown, its step, and how many decimals to show. */
export interface AllocationControl {
	resource: keyof TierAllocation;
	/** Shown value = stored value × scale: 100 for shares and fees (edited as %), 1 for everything else. */
	scale: number;
	/** Highest value in the units shown. */
	max: number;
	step: number;
	/** Decimals the number field shows. */
	digits: number;
}

/** Rounds up to two significant digits (325 → 330, 0.7222 → 0.73), so slider ends are readable numbers. */
export function niceCeil(x: number): number {
	if (!(x > 0)) return 0;
	const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
	return Number((Math.ceil(x / unit - 1e-9) * unit).toPrecision(12));
}

/** About a hundredth of the range, as a power of ten, with the decimals needed to show one more digit than it. */
function stepFor(max: number): { step: number; digits: number } {
	const power = Math.floor(Math.log10(max)) - 2;
	return { step: Number((10 ** power).toPrecision(12)), digits: Math.max(0, -power + 1) };
}

const unitResources = ['kamHours', 'visits', 'assisted'] as const;

/**
 * The controls of a tier of `tierCustomers` customers. A per-customer channel's slider ends where the tier alone would
 * use the whole capacity, so every position of it is a choice a team could make; teams are whole numbers and appear
 * only when the scenario has any; the below-zero fee stops at the scenario's highest rate.
 */
export function allocationControls(scenario: Scenario, tierCustomers: number): AllocationControl[] {
	const r = scenario.resources;
	const n = Math.max(1, tierCustomers);
	const units = (resource: keyof TierAllocation, capacity: number): AllocationControl[] => {
		const max = niceCeil(capacity / n);
		return max > 0 ? [{ resource, scale: 1, max, ...stepFor(max) }] : [];
	};
	const share = (resource: keyof TierAllocation): AllocationControl => ({
		resource,
		scale: 100,
		max: 100,
		step: 1,
		digits: 1,
	});
	return [
		...unitResources.flatMap((k) => units(k, r[k].capacity)),
		share('digital'),
		share('partner'),
		...units('valueAdded', r.valueAdded.capacity),
		...(r.ironTriangle.teams > 0
			? [{ resource: 'ironTriangleTeams' as const, scale: 1, max: r.ironTriangle.teams, step: 1, digits: 0 }]
			: []),
		...(r.maxBzFee > 0
			? [
					{
						resource: 'bzFee' as const,
						scale: 100,
						max: Number((r.maxBzFee * 100).toPrecision(12)),
						step: 0.5,
						digits: 1,
					},
				]
			: []),
	];
}

/** A typed or dragged value in the units shown, clamped to the control's range and stored in the draft's units. */
export function storedValue(control: AllocationControl, shown: number): number {
	const bounded = Math.min(control.max, Math.max(0, shown));
	const whole = control.resource === 'ironTriangleTeams' ? Math.round(bounded) : bounded;
	return whole / control.scale;
}

/** The draft's value in the units shown, rounded to the decimals the number field shows. */
export function shownValue(control: AllocationControl, stored: number): number {
	const f = 10 ** control.digits;
	return Math.round(stored * control.scale * f) / f;
}
