import { createSession } from '../exercise/createSession.ts';
import { servicePlan } from '../model/servicePlan.ts';
import { churnTable, initialState, simulatePeriods } from '../model/simulatePeriods.ts';
import { expandTierAllocation } from '../model/tierAllocation.ts';
import { referenceAllocations } from '../policies/referenceAllocations.ts';
import { findScenario } from '../scenarios/scenarioCatalog.ts';
import { tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { tierPortfolio } from '../tiering/tierPortfolio.ts';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Measures the model: (1) throughput of the period loop in customer-periods per second on `size` customers over
 * `periods` periods, and (2) the time of a full forecast for 10,000 customers × 12 periods, everything a slider move
 * triggers (spread the tier decisions, recompute the service plan, simulate). Medians of repeated runs, after a
 * warm-up, so the JIT has compiled the loop as a page would have.
 */
export function runBenchmark(size: number, periods: number): string {
	const scenario = findScenario('ict-equipment');
	if (!scenario) throw new Error('the default scenario is missing');
	const lines: string[] = [];

	const big = createSession(scenario, 7, size);
	const tiering = tierPortfolio(tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), big.attributes);
	const draft = referenceAllocations('status-quo', big, tiering);
	const plan = servicePlan(
		big.portfolio,
		scenario,
		expandTierAllocation(big.portfolio, scenario, tiering.tierOf, draft, big.economics.belowZero),
	);
	const churn = churnTable(scenario.churn, scenario.periodsPerYear);
	const loopTimes: number[] = [];
	for (let run = 0; run < 12; run++) {
		const state = initialState(big.portfolio);
		const started = performance.now();
		simulatePeriods({
			state,
			plan,
			speeds: big.speeds,
			tierOf: tiering.tierOf,
			tierCount: 3,
			periods,
			periodsPerYear: 12,
			churn,
			mode: 'expected',
		});
		if (run >= 2) loopTimes.push(performance.now() - started);
	}
	const loop = median(loopTimes);
	lines.push(
		`period loop: ${size.toLocaleString('en-US')} customers × ${periods} periods in ${loop.toFixed(2)} ms (median of 10)`,
	);
	lines.push(
		`throughput: ${((size * periods) / loop / 1000).toFixed(1)} million customer-periods per second (bar: ≥ 20)`,
	);

	const small = createSession(scenario, 7, 10000);
	const smallTiering = tierPortfolio(tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), small.attributes);
	const smallDraft = referenceAllocations('status-quo', small, smallTiering);
	const forecastTimes: number[] = [];
	for (let run = 0; run < 30; run++) {
		const started = performance.now();
		const customers = expandTierAllocation(
			small.portfolio,
			scenario,
			smallTiering.tierOf,
			smallDraft,
			small.economics.belowZero,
		);
		const smallPlan = servicePlan(small.portfolio, scenario, customers);
		simulatePeriods({
			state: initialState(small.portfolio),
			plan: smallPlan,
			speeds: small.speeds,
			tierOf: smallTiering.tierOf,
			tierCount: 3,
			periods: 12,
			periodsPerYear: 12,
			churn,
			mode: 'expected',
		});
		if (run >= 5) forecastTimes.push(performance.now() - started);
	}
	lines.push(
		`forecast: 10,000 customers × 12 periods in ${median(forecastTimes).toFixed(2)} ms (median of 25; bar: < 8 ms)`,
	);
	return lines.join('\n');
}
