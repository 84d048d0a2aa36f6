import { isoDayNumber } from '../analytics/dayNumber.ts';
import type { TransactionRecord } from '../analytics/transactionLog.ts';
import { isoDate } from '../import/parseValues.ts';
import { generatePortfolio } from '../portfolio/generatePortfolio.ts';
import { createRng, deriveSeed } from '../random/createRng.ts';
import { exp } from '../random/portableMath.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';

/** Options of demoTransactionLog. */
export interface DemoLogOptions {
	seed: number;
	/** Customers in the cohort. Default 1,000. */
	size?: number;
	/** Weeks the log covers from the first day. Default 78 (a year and a half). */
	weeks?: number;
	/** First day of the log, `YYYY-MM-DD`. Default 2025-01-06. */
	start?: string;
}

/**
 * A synthetic transaction log for the analyzer's demo and the CLV lesson, from a scenario's portfolio and a seed:
 * the same arguments always give the same log. Each customer is acquired in the first 12 weeks, buys at the
 * rate of their `ordersPerYear` (Poisson, so gaps are exponential), and after each purchase drops out with a
 * probability that falls with satisfaction — the story BG/NBD tells, so the fitted model has something true to
 * find. Spend per purchase is the customer's revenue per order with lognormal noise (σ = 0.35).
 */
export function demoTransactionLog(scenario: Scenario, options: DemoLogOptions): TransactionRecord[] {
	const size = options.size ?? 1000;
	const weeks = options.weeks ?? 78;
	const first = isoDayNumber(options.start ?? '2025-01-06') as number;
	const portfolio = generatePortfolio(scenario, options.seed, size);
	const rng = createRng(deriveSeed(options.seed, `demo-log:${scenario.id}`));
	const records: TransactionRecord[] = [];
	for (let i = 0; i < portfolio.size; i++) {
		const perYear = Math.min(Math.max(portfolio.ordersPerYear[i] as number, 0.5), 40);
		const meanGapWeeks = 52 / perYear;
		const perOrder = (portfolio.revenue[i] as number) / perYear;
		const satisfaction = portfolio.satisfaction[i] as number;
		// 4 of 5 satisfied → about 1 in 12 purchases is the last; 3 → about 1 in 4.
		const dropAfterPurchase = Math.min(0.6, Math.max(0.02, 0.08 * exp(1.2 * (4 - satisfaction))));
		let week = rng.next() * 12;
		const id = `C${String(i + 1).padStart(5, '0')}`;
		while (week < weeks) {
			const amount = perOrder * exp(0.35 * rng.normal() - 0.06125);
			records.push({
				customerId: id,
				date: isoDate(first + Math.floor(week * 7)),
				amount: Math.round(amount * 100) / 100,
			});
			if (rng.next() < dropAfterPurchase) break;
			week += rng.exponential(meanGapWeeks);
		}
	}
	records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return records;
}
