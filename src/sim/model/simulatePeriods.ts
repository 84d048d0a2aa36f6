import type { Portfolio } from '../portfolio/generatePortfolio.ts';
import type { Rng } from '../random/createRng.ts';
import type { ServicePlan } from './servicePlan.ts';
import { adjustmentSpeed, annualChurn, type ChurnCurve, periodChurn } from './serviceResponse.ts';
import { membersByIndex } from './tierAllocation.ts';

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
	/** 1 for the customers below zero this run: they pay their tier's fee (the plan's entries with the fee). */
	belowZero: Uint8Array;
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

// The stochastic loop runs period by period, so it reads each customer's figures from one interleaved array, front to
// back, rather than from a dozen typed arrays: in Chromium, where every typed-array access is checked against the heap
// sandbox, that was a third faster. (The expected-value loop reads each customer once a round and needs no copy.)
// Layout per customer: satisfaction, alive, revenue, wallet, gross margin, adjustment speed, target satisfaction,
// cost per period (service + account), commission rate, fee rate, churn factor, growth, share of purchases kept.
const STRIDE = 13;
let packed = new Float64Array(0);
// Runs of packed customers of one tier: start, end and the offset of the tier's sums, three numbers a run.
let runs = new Int32Array(0);

// Expected-value runs take each tier's customers together (in index order within the tier), so the loop adds a
// tier's figures in one block of sums; the order is kept per tiering.
const tierOrders = new WeakMap<Uint8Array, Uint32Array>();

function tierOrder(tierOf: Uint8Array, tierCount: number): Uint32Array {
	const cached = tierOrders.get(tierOf);
	if (cached) return cached;
	const members = membersByIndex(tierOf, tierCount);
	const order = new Uint32Array(members.reduce((n, list) => n + list.length, 0));
	members.reduce((at, list) => {
		order.set(list, at);
		return at + list.length;
	}, 0);
	tierOrders.set(tierOf, order);
	return order;
}

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
 * then an empty block for the total), before they become figures. Each tier's sums add its customers one by one in
 * index order, whichever other customers are simulated with them, so a tier's block is the same to the bit whether
 * the whole portfolio or that tier alone was simulated.
 */
export function accumulatePeriods(input: SimulateInput): Float64Array[] {
	const { state, tierOf, tierCount, periods, periodsPerYear, churn, mode, rng } = input;
	if (mode === 'stochastic' && !rng) throw new Error('stochastic mode needs a seeded generator');
	if (mode === 'stochastic' && input.only) throw new Error('a stochastic run draws for every customer in turn');
	// Expected values can be taken tier by tier, customer by customer; random draws go to the customers in index
	// order, period by period.
	if (mode === 'expected') return accumulateExpected(input, input.only ?? tierOrder(tierOf, tierCount));
	const n = state.alive.length;
	const runCount = pack(input, n);
	const results: Float64Array[] = [];
	for (let t = 0; t < periods; t++) {
		const sums = new Float64Array((tierCount + 1) * SUM_FIELDS);
		runPeriod(packed, runs, runCount, sums, churn, 1 / periodsPerYear, rng as Rng);
		state.period += 1;
		results.push(sums);
	}
	const { satisfaction, alive, revenue } = state;
	const c = packed;
	for (let i = 0, o = 0; i < n; i++, o += STRIDE) {
		satisfaction[i] = c[o] as number;
		alive[i] = c[o + 1] as number;
		revenue[i] = c[o + 2] as number;
	}
	return results;
}

/**
 * `accumulatePeriods` in expected-value mode, customer by customer: each customer in `order` (grouped by tier, in
 * index order within a tier) runs all the periods in registers, and its figures go to its tier's sums of each period.
 * Customers draw nothing here, so the order of the work is free; each (tier, period) sum still adds the tier's
 * customers in index order, to the same bits as period by period. It reads a customer's state and plan once and
 * writes it once, instead of once a period (100,000 customers × 12 periods: 29 ms before, 18 ms after, in Node).
 */
function accumulateExpected(input: SimulateInput, order: Uint32Array): Float64Array[] {
	const { state, tierOf, tierCount, periods } = input;
	const results: Float64Array[] = [];
	for (let t = 0; t < periods; t++) results.push(new Float64Array((tierCount + 1) * SUM_FIELDS));
	// One tier's sums of every period while its customers run: period t's block starts at t × SUM_FIELDS.
	const acc = new Float64Array(periods * SUM_FIELDS);
	for (let j = 0; j < order.length; ) {
		const tier = tierOf[order[j] as number] as number;
		// From the tier's sums so far, as the period loop does, should a tier come in more than one run.
		results.forEach((sums, t) => {
			acc.set(sums.subarray(tier * SUM_FIELDS, (tier + 1) * SUM_FIELDS), t * SUM_FIELDS);
		});
		j = runTier(input, order, j, acc);
		results.forEach((sums, t) => {
			sums.set(acc.subarray(t * SUM_FIELDS, (t + 1) * SUM_FIELDS), tier * SUM_FIELDS);
		});
	}
	state.period += periods;
	return results;
}

/**
 * Runs the customers of `order` from `from` on while they are of one tier, all the periods each, adding their
 * figures to `acc`; returns where the next tier starts. The hot loop of expected-value mode. It is a function of its
 * own, and nothing follows its loop but the return, because V8 optimises a long first call while it is inside the
 * loop: code after the loop that has not run yet has no type feedback, and reaching it threw the optimised code away
 * on every call (a deoptimisation per slider step, measured with --trace-deopt).
 */
function runTier(input: SimulateInput, order: Uint32Array, from: number, acc: Float64Array): number {
	const { state, plan, belowZero, speeds, tierOf, periods, periodsPerYear, churn } = input;
	const { satisfaction, alive, revenue, wallet, grossMargin } = state;
	const { target, targetWithFee, serviceCost, fixedCost, commissionRate, feeRate } = plan;
	const { churnFactor, churnFactorWithFee, growth, kept } = plan;
	const perPeriod = 1 / periodsPerYear;
	const scale = TABLE_STEPS / 4;
	const n = order.length;
	const tier = tierOf[order[from] as number] as number;
	let j = from;
	for (; j < n; j++) {
		const i = order[j] as number;
		if (tierOf[i] !== tier) break;
		let a = alive[i] as number;
		if (a === 0) continue;
		let s = satisfaction[i] as number;
		let rev = revenue[i] as number;
		const w = wallet[i] as number;
		const margin = grossMargin[i] as number;
		const speed = speeds[i] as number;
		// A customer below zero this round pays its tier's fee and answers it (the plan's entries with the fee).
		const pays = belowZero[i] === 1;
		const goal = (pays ? targetWithFee[i] : target[i]) as number;
		// The period loop adds the commission to this sum, (service + account) + commission, as ever.
		const fixed = (serviceCost[i] as number) + (fixedCost[i] as number);
		const commission = commissionRate[i] as number;
		const feeRateOf = pays ? (feeRate[i] as number) : 0;
		const factor = (pays ? churnFactorWithFee[i] : churnFactor[i]) as number;
		const boost = growth[i] as number;
		const keep = pays ? (kept[i] as number) : 1;
		for (let t = 0, q = 0; t < periods; t++, q += SUM_FIELDS) {
			if (a === 0) break;
			s += speed * (goal - s);
			// Churn probability this period, interpolated in the table, times the plan's churn factor.
			const x = (s - 1) * scale;
			const k = x | 0;
			const table = (churn[k] as number) + ((churn[k + 1] as number) - (churn[k] as number)) * (x - k);
			const p = Math.min(table * factor, 1);
			// Revenue drifts with satisfaction and the plan's growth (annualRevenueGrowth, inlined for speed).
			const headroom = w > rev ? 1 - rev / w : 0;
			let g = boost * headroom;
			if (s > 4) g += 0.6 * (s - 4) * headroom;
			else if (s < 3.5) g -= 0.25 * (3.5 - s);
			rev *= 1 + g * perPeriod;
			// While a fee is in force the customer buys part of its needs elsewhere (the fee's price response).
			const sales = rev * perPeriod * keep;
			const fee = sales * feeRateOf;
			const cost = fixed + sales * commission;
			const profit = sales * margin + fee - cost;
			const lost = a * p;
			const after = a - lost;
			acc[q] = (acc[q] as number) + after;
			acc[q + 1] = (acc[q + 1] as number) + a * (sales + fee);
			acc[q + 2] = (acc[q + 2] as number) + a * cost;
			acc[q + 3] = (acc[q + 3] as number) + a * profit;
			acc[q + 4] = (acc[q + 4] as number) + after * s;
			acc[q + 5] = (acc[q + 5] as number) + lost;
			a = after;
		}
		satisfaction[i] = s;
		alive[i] = a;
		revenue[i] = rev;
	}
	return j;
}

/**
 * Copies the `n` customers into `packed`, in index order, and their runs of one tier into `runs`; returns the number
 * of runs. (Stochastic mode: its draws go to the customers in index order, period by period.)
 */
function pack(input: SimulateInput, n: number): number {
	const { state, plan, belowZero, speeds, tierOf } = input;
	const { satisfaction, alive, revenue, wallet, grossMargin } = state;
	if (packed.length < n * STRIDE) packed = new Float64Array(n * STRIDE);
	if (runs.length < 3 * n) runs = new Int32Array(3 * n);
	const c = packed;
	let runCount = 0;
	let tierBefore = -1;
	for (let i = 0, o = 0; i < n; i++, o += STRIDE) {
		c[o] = satisfaction[i] as number;
		c[o + 1] = alive[i] as number;
		c[o + 2] = revenue[i] as number;
		c[o + 3] = wallet[i] as number;
		c[o + 4] = grossMargin[i] as number;
		c[o + 5] = speeds[i] as number;
		const pays = belowZero[i] === 1;
		c[o + 6] = (pays ? plan.targetWithFee[i] : plan.target[i]) as number;
		// The loop adds the commission to this sum, (service + account) + commission, so the bits are the same.
		c[o + 7] = (plan.serviceCost[i] as number) + (plan.fixedCost[i] as number);
		c[o + 8] = plan.commissionRate[i] as number;
		c[o + 9] = pays ? (plan.feeRate[i] as number) : 0;
		c[o + 10] = (pays ? plan.churnFactorWithFee[i] : plan.churnFactor[i]) as number;
		c[o + 11] = plan.growth[i] as number;
		c[o + 12] = pays ? (plan.kept[i] as number) : 1;
		const tier = tierOf[i] as number;
		if (tier !== tierBefore) {
			if (runCount > 0) runs[3 * runCount - 2] = i;
			runs[3 * runCount] = i;
			runs[3 * runCount + 2] = tier * SUM_FIELDS;
			runCount += 1;
			tierBefore = tier;
		}
	}
	if (runCount > 0) runs[3 * runCount - 2] = n;
	return runCount;
}

/**
 * One period of stochastic mode over the packed customers, run by run, adding each run's figures to its tier's sums.
 * A run's sums stay in locals, taken from `sums` at its start and put back at its end, so they add up in the same
 * order, to the same bits, as if written through at every customer.
 */
function runPeriod(
	c: Float64Array,
	runList: Int32Array,
	runCount: number,
	sums: Float64Array,
	churn: Float64Array,
	perPeriod: number,
	rng: Rng,
): void {
	const scale = TABLE_STEPS / 4;
	for (let r = 0; r < runCount; r++) {
		const end = runList[3 * r + 1] as number;
		const q = runList[3 * r + 2] as number;
		let customers = sums[q] as number;
		let sold = sums[q + 1] as number;
		let costs = sums[q + 2] as number;
		let profits = sums[q + 3] as number;
		let satisfied = sums[q + 4] as number;
		let churned = sums[q + 5] as number;
		for (let j = runList[3 * r] as number, o = j * STRIDE; j < end; j++, o += STRIDE) {
			const a = c[o + 1] as number;
			if (a === 0) continue;
			let s = c[o] as number;
			s += (c[o + 5] as number) * ((c[o + 6] as number) - s);
			s += 0.1 * rng.normal();
			s = s < 1 ? 1 : Math.min(s, 5);
			c[o] = s;

			// Churn probability this period, interpolated in the table.
			const x = (s - 1) * scale;
			const k = x | 0;
			const table = (churn[k] as number) + ((churn[k + 1] as number) - (churn[k] as number)) * (x - k);
			const factor = c[o + 10] as number;
			const p = Math.min(table * factor, 1);

			// Revenue drifts with satisfaction and the plan's growth (annualRevenueGrowth, inlined for speed).
			let rev = c[o + 2] as number;
			const w = c[o + 3] as number;
			const headroom = w > rev ? 1 - rev / w : 0;
			let g = (c[o + 11] as number) * headroom;
			if (s > 4) g += 0.6 * (s - 4) * headroom;
			else if (s < 3.5) g -= 0.25 * (3.5 - s);
			rev *= 1 + g * perPeriod;
			c[o + 2] = rev;

			const sales = rev * perPeriod * (c[o + 12] as number);
			const fee = sales * (c[o + 9] as number);
			const cost = (c[o + 7] as number) + sales * (c[o + 8] as number);
			const profit = sales * (c[o + 4] as number) + fee - cost;

			const lost = rng.next() < p ? 1 : 0;
			const after = a - lost;
			c[o + 1] = after;

			customers += after;
			sold += a * (sales + fee);
			costs += a * cost;
			profits += a * profit;
			satisfied += after * s;
			churned += lost;
		}
		sums[q] = customers;
		sums[q + 1] = sold;
		sums[q + 2] = costs;
		sums[q + 3] = profits;
		sums[q + 4] = satisfied;
		sums[q + 5] = churned;
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
