import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Rng } from '../random/createRng.ts';
import type { ServicePlan } from './servicePlan.ts';
import { adjustmentSpeed, annualChurn, type ChurnCurve, periodChurn } from './serviceResponse.ts';

/** The state of the portfolio between periods: what changes as the simulation runs. */
export interface SimulationState {
	satisfaction: Float64Array;
	/** Probability the customer is still a customer (expected-value mode) or 0/1 (stochastic mode). */
	alive: Float64Array;
	revenue: Float64Array;
	wallet: Float64Array;
	grossMargin: Float64Array;
	/** Periods simulated so far. */
	period: number;
}

/** The figures of one tier (or the whole portfolio) over one period. */
export interface PeriodMetrics {
	/** Active customers at the end of the period (expected count in expected-value mode). */
	customers: number;
	revenue: number;
	costToServe: number;
	profit: number;
	/** Mean satisfaction (1–5) of the customers still active. */
	satisfaction: number;
	/** Customers lost during the period. */
	churned: number;
}

export interface PeriodResult {
	period: number;
	tiers: PeriodMetrics[];
	total: PeriodMetrics;
}

export type SimulationMode = 'expected' | 'stochastic';

/** Starts the simulation from the portfolio as generated. */
export function initialState(portfolio: Portfolio): SimulationState {
	return {
		satisfaction: Float64Array.from(portfolio.satisfaction),
		alive: new Float64Array(portfolio.size).fill(1),
		revenue: Float64Array.from(portfolio.revenue),
		wallet: Float64Array.from(portfolio.wallet),
		grossMargin: Float64Array.from(portfolio.grossMargin),
		period: 0,
	};
}

/** A state of `size` customers, all zero: a buffer to copy states into. */
export function emptyState(size: number): SimulationState {
	return {
		satisfaction: new Float64Array(size),
		alive: new Float64Array(size),
		revenue: new Float64Array(size),
		wallet: new Float64Array(size),
		grossMargin: new Float64Array(size),
		period: 0,
	};
}

/** Copies a state, so a forecast can run ahead without touching the real one. */
export function cloneState(state: SimulationState): SimulationState {
	return {
		satisfaction: state.satisfaction.slice(),
		alive: state.alive.slice(),
		revenue: state.revenue.slice(),
		wallet: state.wallet.slice(),
		grossMargin: state.grossMargin.slice(),
		period: state.period,
	};
}

const TABLE_STEPS = 4000;

/**
 * Per-period churn probability at satisfaction 1 + 4k/4000, k = 0…4000. The loop interpolates in this table instead of
 * calling exp and pow for every customer and period; the curve is smooth, so the error is below 1e-7.
 */
export function churnTable(curve: ChurnCurve, periodsPerYear: number): Float64Array {
	// Every forecast replays the rounds and asks again for the same few curves; 4,001 exp and pow calls each time
	// were a fifth of a slider step's cost. Tables are never written after they are built, so they can be shared.
	const key = `${curve.floor}|${curve.ceiling}|${curve.midpoint}|${curve.steepness}|${periodsPerYear}`;
	const cached = churnTables.get(key);
	if (cached) return cached;
	const table = buildChurnTable(curve, periodsPerYear);
	churnTables.set(key, table);
	if (churnTables.size > 16) churnTables.delete(churnTables.keys().next().value as string);
	return table;
}

const churnTables = new Map<string, Float64Array>();

function buildChurnTable(curve: ChurnCurve, periodsPerYear: number): Float64Array {
	const table = new Float64Array(TABLE_STEPS + 2);
	for (let k = 0; k <= TABLE_STEPS; k++)
		table[k] = periodChurn(annualChurn(1 + (4 * k) / TABLE_STEPS, curve), periodsPerYear);
	table[TABLE_STEPS + 1] = table[TABLE_STEPS] as number;
	return table;
}

/** Per-customer adjustment speeds (fixed for a portfolio). */
export function adjustmentSpeeds(portfolio: Portfolio, periodsPerYear: number): Float64Array {
	const out = new Float64Array(portfolio.size);
	for (let i = 0; i < portfolio.size; i++) out[i] = adjustmentSpeed(portfolio.tenureYears[i] as number, periodsPerYear);
	return out;
}

export interface SimulateInput {
	state: SimulationState;
	plan: ServicePlan;
	speeds: Float64Array;
	tierOf: Uint8Array;
	tierCount: number;
	periods: number;
	periodsPerYear: number;
	churn: Float64Array;
	mode: SimulationMode;
	/** Needed in stochastic mode only. */
	rng?: Rng;
	/**
	 * Simulate only these customers (ascending within each tier) and leave the others as they are: how a forecast
	 * recomputes the tiers a slider step changed. Expected-value mode only, where customers draw nothing and so
	 * evolve independently of each other.
	 */
	only?: Uint32Array | null;
}

// Accumulator layout per tier: customers, revenue, cost, profit, satisfaction × alive, churned. The tiers' blocks are
// followed by one for the whole portfolio.
export const SUM_FIELDS = 6;

// The loop reads each customer's figures from one interleaved array, front to back, rather than from a dozen typed
// arrays: in Chromium, where every typed-array access is checked against the heap sandbox, that is a third faster.
// Layout per customer: satisfaction, alive, revenue, wallet, gross margin, adjustment speed, target satisfaction,
// cost per period (service + account), commission rate, fee rate. Customers' tiers go alongside in `packedTiers`.
const STRIDE = 10;
let packed = new Float64Array(0);
let packedTiers = new Uint8Array(0);

/**
 * Runs the portfolio forward `periods` periods under a fixed service plan, mutating `state`, and returns each
 * period's figures per tier and in total. This is the hot loop: typed arrays only, no allocation per customer.
 */
export function simulatePeriods(input: SimulateInput): PeriodResult[] {
	const first = input.state.period;
	return accumulatePeriods(input).map((sums, t) => periodResult(sums, input.tierCount, first + t + 1));
}

/**
 * The hot loop of `simulatePeriods`: each period's raw sums per tier (`SUM_FIELDS` numbers a tier, in tier order,
 * then an empty block for the total), before they become figures. Each tier's sums add its customers in index
 * order, so a tier's block does not depend on which other tiers were simulated with it.
 */
export function accumulatePeriods(input: SimulateInput): Float64Array[] {
	const { state, tierCount, periods, periodsPerYear, churn, mode, rng } = input;
	const only = input.only ?? null;
	if (mode === 'stochastic' && !rng) throw new Error('stochastic mode needs a seeded generator');
	if (mode === 'stochastic' && only) throw new Error('a stochastic run draws for every customer in turn');
	const n = pack(input, only);
	const results: Float64Array[] = [];
	for (let t = 0; t < periods; t++) {
		const sums = new Float64Array((tierCount + 1) * SUM_FIELDS);
		runPeriod(packed, packedTiers, n, sums, churn, 1 / periodsPerYear, mode === 'stochastic' ? (rng as Rng) : null);
		state.period += 1;
		results.push(sums);
	}
	const { satisfaction, alive, revenue } = state;
	const c = packed;
	for (let j = 0, o = 0; j < n; j++, o += STRIDE) {
		const i = only ? (only[j] as number) : j;
		satisfaction[i] = c[o] as number;
		alive[i] = c[o + 1] as number;
		revenue[i] = c[o + 2] as number;
	}
	return results;
}

/** Copies the customers to simulate (all, or `only`) into `packed` and their tiers into `packedTiers`; returns how many. */
function pack(input: SimulateInput, only: Uint32Array | null): number {
	const { state, plan, speeds, tierOf } = input;
	const n = only ? only.length : state.alive.length;
	const { satisfaction, alive, revenue, wallet, grossMargin } = state;
	if (packed.length < n * STRIDE) packed = new Float64Array(n * STRIDE);
	if (packedTiers.length < n) packedTiers = new Uint8Array(n);
	const c = packed;
	for (let j = 0, o = 0; j < n; j++, o += STRIDE) {
		const i = only ? (only[j] as number) : j;
		c[o] = satisfaction[i] as number;
		c[o + 1] = alive[i] as number;
		c[o + 2] = revenue[i] as number;
		c[o + 3] = wallet[i] as number;
		c[o + 4] = grossMargin[i] as number;
		c[o + 5] = speeds[i] as number;
		c[o + 6] = plan.target[i] as number;
		// The loop adds the commission to this sum, (service + account) + commission, so the bits are the same.
		c[o + 7] = (plan.serviceCost[i] as number) + (plan.fixedCost[i] as number);
		c[o + 8] = plan.commissionRate[i] as number;
		c[o + 9] = plan.feeRate[i] as number;
		packedTiers[j] = tierOf[i] as number;
	}
	return n;
}

/**
 * One period over the `n` packed customers, adding each tier's figures into `sums`: the hot loop. It sees the same
 * argument types on every call, whichever customers were packed, so the JIT keeps one fast version of it.
 */
function runPeriod(
	c: Float64Array,
	tiers: Uint8Array,
	n: number,
	sums: Float64Array,
	churn: Float64Array,
	perPeriod: number,
	rng: Rng | null,
): void {
	const scale = TABLE_STEPS / 4;
	for (let j = 0, o = 0; j < n; j++, o += STRIDE) {
		const a = c[o + 1] as number;
		if (a === 0) continue;
		let s = c[o] as number;
		s += (c[o + 5] as number) * ((c[o + 6] as number) - s);
		if (rng) {
			s += 0.1 * rng.normal();
			s = s < 1 ? 1 : Math.min(s, 5);
		}
		c[o] = s;

		// Churn probability this period, interpolated in the table.
		const x = (s - 1) * scale;
		const k = x | 0;
		const p = (churn[k] as number) + ((churn[k + 1] as number) - (churn[k] as number)) * (x - k);

		// Revenue drifts with satisfaction (annualRevenueGrowth, inlined for speed).
		let rev = c[o + 2] as number;
		const w = c[o + 3] as number;
		let g = 0;
		if (s > 4) g = 0.6 * (s - 4) * (w > rev ? 1 - rev / w : 0);
		else if (s < 3.5) g = -0.25 * (3.5 - s);
		rev *= 1 + g * perPeriod;
		c[o + 2] = rev;

		const sales = rev * perPeriod;
		const fee = sales * (c[o + 9] as number);
		const cost = (c[o + 7] as number) + sales * (c[o + 8] as number);
		const profit = sales * (c[o + 4] as number) + fee - cost;

		const lost = rng ? (rng.next() < p ? 1 : 0) : a * p;
		const after = a - lost;
		c[o + 1] = after;

		const q = (tiers[j] as number) * SUM_FIELDS;
		sums[q] = (sums[q] as number) + after;
		sums[q + 1] = (sums[q + 1] as number) + a * (sales + fee);
		sums[q + 2] = (sums[q + 2] as number) + a * cost;
		sums[q + 3] = (sums[q + 3] as number) + a * profit;
		sums[q + 4] = (sums[q + 4] as number) + after * s;
		sums[q + 5] = (sums[q + 5] as number) + lost;
	}
}

function metricsAt(acc: Float64Array, o: number): PeriodMetrics {
	const customers = acc[o] as number;
	return {
		customers,
		revenue: acc[o + 1] as number,
		costToServe: acc[o + 2] as number,
		profit: acc[o + 3] as number,
		satisfaction: customers > 0 ? (acc[o + 4] as number) / customers : 0,
		churned: acc[o + 5] as number,
	};
}

/** One period's figures from its raw sums (see `accumulatePeriods`): the total block is filled from the tiers'. */
export function periodResult(acc: Float64Array, tierCount: number, period: number): PeriodResult {
	const total = tierCount * SUM_FIELDS;
	for (let f = 0; f < SUM_FIELDS; f++) acc[total + f] = 0;
	for (let tier = 0; tier < tierCount; tier++) {
		for (let f = 0; f < SUM_FIELDS; f++)
			acc[total + f] = (acc[total + f] as number) + (acc[tier * SUM_FIELDS + f] as number);
	}
	const tiers: PeriodMetrics[] = [];
	for (let tier = 0; tier < tierCount; tier++) tiers.push(metricsAt(acc, tier * SUM_FIELDS));
	return { period, tiers, total: metricsAt(acc, total) };
}
