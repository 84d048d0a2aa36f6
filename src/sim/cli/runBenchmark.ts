import { createSession } from '../exercise/createSession.ts';
import { applyTiering, draftUsage, forecastRemaining, referenceDraft } from '../exercise/exerciseSteps.ts';
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
 * `periods` periods, and (2) what a slider step costs on 10,000 customers: the draft check against the limits and the
 * forecast of all 12 periods, through the very functions the lab calls. Medians of repeated runs, after a
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
		expandTierAllocation(big.portfolio, scenario, tiering.tierOf, draft),
	);
	const churn = churnTable(scenario.churn, scenario.periodsPerYear);
	const loopTimes: number[] = [];
	for (let run = 0; run < 12; run++) {
		const state = initialState(big.portfolio);
		const started = performance.now();
		simulatePeriods({
			state,
			plan,
			belowZero: big.economics.belowZero,
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

	// What a slider step costs, through the functions the lab calls: the draft check on the page (the machine's guard
	// and the meters) and the forecast in the worker. Each run gets a new draft, as a slider step does.
	const config = { scenarioId: scenario.id, seed: 7, size: 10000, mode: 'expected' as const, budgetScale: 1 };
	const spec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });
	const base = referenceDraft(config, spec, 'status-quo', 0);
	// A slider step changes one resource of one tier; the plan is then patched for that tier's customers only, so
	// the cost depends on the tier's size: time a step in the smallest tier and in the largest. Below the status
	// quo, which fills the budget and so would break it after the cut of round 4.
	const below = base.map((a) => ({
		...a,
		kamHours: a.kamHours * 0.8,
		visits: a.visits * 0.8,
		assisted: a.assisted * 0.8,
	}));
	const sizes = applyTiering(config, spec).summary.map((t) => t.count);
	const smallest = sizes.indexOf(Math.min(...sizes));
	const largest = sizes.indexOf(Math.max(...sizes));
	for (const [name, tier] of [
		['smallest', smallest],
		['largest', largest],
	] as const) {
		const checkTimes: number[] = [];
		const forecastTimes: number[] = [];
		let forecastPeriods = 0;
		for (let run = 0; run < 30; run++) {
			// Down a little further each run, as a drag goes (a step back to the value before last would find its plan
			// already made).
			const draft = below.map((a, t) => (t === tier ? { ...a, assisted: a.assisted * (1 - 0.0005 * run) } : a));
			let started = performance.now();
			draftUsage(config, spec, [], draft);
			if (run >= 5) checkTimes.push(performance.now() - started);
			started = performance.now();
			forecastPeriods = forecastRemaining(config, spec, [], draft).periods.length;
			if (run >= 5) forecastTimes.push(performance.now() - started);
		}
		const who = `a step in the ${name} tier (${sizes[tier]?.toLocaleString('en-US')} customers)`;
		lines.push(
			`slider step, draft check on 10,000 customers, ${who}: ${median(checkTimes).toFixed(3)} ms (median of 25)`,
			`slider step, forecast of 10,000 customers × ${forecastPeriods} periods, ${who}: ${median(forecastTimes).toFixed(2)} ms (median of 25; bar: < 8 ms)`,
		);
	}
	return lines.join('\n');
}
