/**
 * A transaction log drawn from known BG/NBD (or MBG/NBD) and Gamma-Gamma parameters: the synthetic data with a
 * known answer that the diagnostics are tested on, since a fit that recovers the parameters it was simulated from
 * is the first thing an analyst should ask of an implementation.
 */
import { createRng } from '../random/createRng.ts';
import type { BgnbdParams } from './bgnbd.ts';
import type { GammaGammaParams } from './gammaGamma.ts';
import type { PurchaseModelKind } from './purchaseModel.ts';
import type { TransactionLog } from './transactionLog.ts';

/** Options of simulateTransactionLog. */
export interface SimulatedLogOptions {
	seed: number;
	customers: number;
	/** Day number (see dayNumber.ts) of the first possible first purchase. */
	startDay: number;
	/** First purchases fall uniformly on the first `acquisitionDays` days. */
	acquisitionDays: number;
	/** The log ends after this many days from startDay; purchases later than that are not recorded. */
	days: number;
	/** Which drop-out story: BG/NBD (after repeat purchases only) or MBG/NBD (after the first purchase too). */
	kind: PurchaseModelKind;
}

/**
 * Returns a TransactionLog in time order drawn from the model: per customer λ ~ Gamma(r, α) (rate per week),
 * p ~ Beta(a, b), purchase gaps exponential with mean 1 / λ, drop-out with probability p after each repeat
 * purchase (and after the first under MBG/NBD); spend per purchase ~ Gamma(p_s, ν) with ν ~ Gamma(q, v) per
 * customer. Purchase times are kept to the day, as a real log keeps them. Same seed, same log.
 */
export function simulateTransactionLog(
	purchase: BgnbdParams,
	spend: GammaGammaParams,
	options: SimulatedLogOptions,
): TransactionLog {
	const rng = createRng(options.seed);
	const customer: number[] = [];
	const day: number[] = [];
	const amount: number[] = [];
	const customerIds: string[] = [];
	const endDay = options.startDay + options.days;
	for (let c = 0; c < options.customers; c++) {
		customerIds.push(`S${c + 1}`);
		const lambda = rng.gamma(purchase.r) / purchase.alpha;
		const p = rng.beta(purchase.a, purchase.b);
		const nu = rng.gamma(spend.q) / spend.v;
		const first = options.startDay + Math.floor(rng.next() * options.acquisitionDays);
		// Spends are kept to the cent, and a purchase costs at least one: a crafted zero would trip the spend warning.
		const record = (d: number) => {
			customer.push(c);
			day.push(d);
			amount.push(Math.round((rng.gamma(spend.p) / nu) * 100) / 100 || 0.01);
		};
		record(first);
		if (options.kind === 'mbgnbd' && rng.next() < p) continue;
		let weeks = 0;
		for (;;) {
			weeks += rng.exponential(1 / lambda);
			const d = first + Math.floor(weeks * 7);
			if (d >= endDay) break;
			record(d);
			if (rng.next() < p) break;
		}
	}
	// Time order, as a real log is written; customers with equal days keep their order.
	const order = Array.from(day.keys()).sort((i, j) => (day[i] as number) - (day[j] as number) || i - j);
	return {
		customerIds,
		customer: Int32Array.from(order, (i) => customer[i] as number),
		day: Int32Array.from(order, (i) => day[i] as number),
		amount: Float64Array.from(order, (i) => amount[i] as number),
	};
}
