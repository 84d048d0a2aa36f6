/**
 * Benchmarks of the customer analytics, run with `node scripts/benchAnalytics.ts` (Node 24 strips the types):
 *  (a) the BG/NBD fit on all 23,570 customers of CDNOW_master.txt, calibration end 1997-09-30 (target < 5 s);
 *  (b) RFM scoring of 100,000 synthetic transactions (target well under 1 s).
 * Each figure is the median of several timed runs after one warm-up run, so it measures the code rather than the
 * JIT's first pass; the first (cold) run is printed as well.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitBgnbd } from '../src/sim/analytics/bgnbd.ts';
import { rfmScores } from '../src/sim/analytics/rfmScores.ts';
import {
	parseCdnow,
	summariseCustomers,
	type TransactionRecord,
	transactionLogFromRecords,
} from '../src/sim/analytics/transactionLog.ts';

const CDNOW_MASTER = fileURLToPath(new URL('../../shared/data/cdnow/CDNOW_master.txt', import.meta.url));

/** Runs `task` once cold and `runs` more times; returns the cold time, the median time and the last result. */
function time<T>(task: () => T, runs: number): { cold: number; median: number; result: T } {
	let start = performance.now();
	let result = task();
	const cold = performance.now() - start;
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		start = performance.now();
		result = task();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { cold, median: times[Math.floor(times.length / 2)] as number, result };
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

function benchFit(): void {
	if (!existsSync(CDNOW_MASTER)) {
		console.log(`(a) skipped: ${CDNOW_MASTER} not found`);
		return;
	}
	const text = readFileSync(CDNOW_MASTER, 'utf8');
	const parse = time(() => parseCdnow(text), 3);
	const { log, issues } = parse.result;
	if (issues.length > 0)
		throw new Error(`CDNOW_master.txt has ${issues.length} malformed lines; first: ${issues[0]?.message}`);
	const summarise = time(() => summariseCustomers(log, { calibrationEnd: '1997-09-30' }), 3);
	const summary = summarise.result;
	const fit = time(() => fitBgnbd(summary), 3);
	const { params, logLikelihood, iterations, evaluations, converged } = fit.result;
	console.log(`(a) BG/NBD on CDNOW_master.txt: ${log.day.length} transactions, ${summary.x.length} customers`);
	console.log(`    parse              ${ms(parse.median)}   (cold ${ms(parse.cold)})`);
	console.log(`    summarise          ${ms(summarise.median)}   (cold ${ms(summarise.cold)})`);
	console.log(`    fit                ${ms(fit.median)}   (cold ${ms(fit.cold)})`);
	console.log(
		`    r = ${params.r.toFixed(4)}, alpha = ${params.alpha.toFixed(4)}, a = ${params.a.toFixed(4)}, b = ${params.b.toFixed(4)}, ` +
			`LL = ${logLikelihood.toFixed(2)}, ${iterations} iterations, ${evaluations} evaluations, converged: ${converged}`,
	);
}

/** mulberry32: a tiny seeded generator, so the synthetic log is the same on every run. */
function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** 100,000 purchases by 20,000 customers over 2024, with skewed activity and lognormal amounts. */
function syntheticRecords(count: number): TransactionRecord[] {
	const random = generator(2024);
	const start = Date.UTC(2024, 0, 1);
	const records: TransactionRecord[] = [];
	for (let i = 0; i < count; i++) {
		const customer = Math.floor(20_000 * random() ** 2);
		const day = Math.floor(366 * random());
		const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
		records.push({
			customerId: `C${customer}`,
			date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
			amount: Math.round(100 * Math.exp(3.5 + 0.9 * normal)) / 100,
		});
	}
	return records;
}

function benchRfm(): void {
	const records = syntheticRecords(100_000);
	const pack = time(() => transactionLogFromRecords(records), 5);
	const { log, issues } = pack.result;
	if (issues.length > 0) throw new Error(`synthetic records rejected: ${issues[0]?.message}`);
	const summarise = time(() => summariseCustomers(log, { calibrationEnd: '2024-12-31' }), 5);
	const score = time(() => rfmScores(summarise.result), 5);
	const total = pack.median + summarise.median + score.median;
	console.log(`(b) RFM on ${records.length} synthetic transactions, ${summarise.result.x.length} customers`);
	console.log(`    validate and pack  ${ms(pack.median)}   (cold ${ms(pack.cold)})`);
	console.log(`    summarise          ${ms(summarise.median)}   (cold ${ms(summarise.cold)})`);
	console.log(`    score              ${ms(score.median)}   (cold ${ms(score.cold)})`);
	console.log(`    total              ${ms(total)}`);
}

benchFit();
benchRfm();
