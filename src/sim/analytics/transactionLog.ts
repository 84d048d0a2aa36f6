/**
 * Transaction logs for the customer-base analytics: parsing (the CDNOW text files, or an array of records from
 * anywhere else) into one compact columnar form, and the per-customer summary that RFM, BG/NBD and Gamma-Gamma
 * all start from.
 *
 * Bad input is never skipped silently: the parsers return every malformed line or record, with its position, the
 * field and the reason, next to the transactions that did parse, and let the caller decide whether to go on.
 */
import { dayNumber, isoDayNumber } from './dayNumber.ts';

/** One purchase as any source can give it. */
export interface TransactionRecord {
	customerId: string;
	/** Calendar date, `YYYY-MM-DD`. */
	date: string;
	/** Amount spent, ≥ 0 (these models describe purchases; a refund is not a purchase). */
	amount: number;
}

/** The compact form: one row per transaction in parallel typed arrays; customers are interned. */
export interface TransactionLog {
	/** Distinct customer ids, in order of first appearance. */
	customerIds: string[];
	/** Per transaction: index into `customerIds`. */
	customer: Int32Array;
	/** Per transaction: day number (days since 1970-01-01, see dayNumber.ts). */
	day: Int32Array;
	/** Per transaction: amount spent. */
	amount: Float64Array;
}

/** A malformed line or record, precise enough to find and fix it. */
export interface TransactionIssue {
	/** 1-based line number for text input; 0-based array index for records. */
	position: number;
	/** The offending field (`customer_id`, `date`, `number_of_cds`, `dollar_value`, `amount`, `line`, …). */
	field: string;
	/** The text found there. */
	value: string;
	/** A full sentence naming the position, the field and what was expected. */
	message: string;
}

/** What a parser returns: the transactions that parsed and every problem found. */
export interface ParsedTransactions {
	log: TransactionLog;
	issues: TransactionIssue[];
}

/** Grows typed columns while rows come in, interning customer ids on the way. */
class LogBuilder {
	private readonly ids = new Map<string, number>();
	private readonly customerIds: string[] = [];
	private customer = new Int32Array(1024);
	private day = new Int32Array(1024);
	private amount = new Float64Array(1024);
	private length = 0;

	add(customerId: string, day: number, amount: number): void {
		if (this.length === this.day.length) this.grow();
		let index = this.ids.get(customerId);
		if (index === undefined) {
			index = this.customerIds.length;
			this.ids.set(customerId, index);
			this.customerIds.push(customerId);
		}
		this.customer[this.length] = index;
		this.day[this.length] = day;
		this.amount[this.length] = amount;
		this.length++;
	}

	build(): TransactionLog {
		return {
			customerIds: this.customerIds,
			customer: this.customer.slice(0, this.length),
			day: this.day.slice(0, this.length),
			amount: this.amount.slice(0, this.length),
		};
	}

	private grow(): void {
		const capacity = this.day.length * 2;
		const customer = new Int32Array(capacity);
		customer.set(this.customer);
		this.customer = customer;
		const day = new Int32Array(capacity);
		day.set(this.day);
		this.day = day;
		const amount = new Float64Array(capacity);
		amount.set(this.amount);
		this.amount = amount;
	}
}

const DIGITS = /^\d+$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const MASTER_FIELDS = ['customer_id', 'date', 'number_of_cds', 'dollar_value'] as const;
const SAMPLE_FIELDS = ['customer_id', 'sample_id', 'date', 'number_of_cds', 'dollar_value'] as const;

/**
 * Parses the CDNOW whitespace format into a TransactionLog and returns it with every malformed line.
 *
 * Two layouts exist (see data/cdnow/README.md): `CDNOW_master.txt` has a header line and four fields per line,
 * `customer_id date(YYYYMMDD) number_of_cds dollar_value`; `CDNOW_sample.txt` has no header and five,
 * `customer_id sample_id date number_of_cds dollar_value`. The first data line decides the layout (returned as
 * `format`). In the sample the customer is identified by `sample_id` (1–2,357), the ID the published summary files
 * of the 1/10 sample use. Ids are kept as written (`00004`). Leading spaces, CRLF line ends and blank lines are
 * accepted; the number of CDs is checked but not kept, since no model here uses it.
 */
export function parseCdnow(text: string): ParsedTransactions & { format: 'master' | 'sample' | 'empty' } {
	const builder = new LogBuilder();
	const issues: TransactionIssue[] = [];
	let format: 'master' | 'sample' | 'empty' = 'empty';
	let seenData = false;
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] as string).trim();
		if (line === '') continue;
		const lineNo = i + 1;
		const tokens = line.split(/\s+/);
		if (!seenData && !DIGITS.test(tokens[0] as string)) {
			// Only the first non-blank line may be a header, and only the master file's.
			seenData = true;
			if (tokens.join(' ') === 'customer_id date number_of_cds dollar_value') {
				format = 'master';
				continue;
			}
			issues.push(issue(lineNo, 'line', line, 'is neither the CDNOW header nor a transaction'));
			continue;
		}
		if (format === 'empty') format = tokens.length === 5 ? 'sample' : 'master';
		seenData = true;
		const fields = format === 'sample' ? SAMPLE_FIELDS : MASTER_FIELDS;
		if (tokens.length !== fields.length) {
			issues.push(
				issue(
					lineNo,
					'line',
					line,
					`has ${tokens.length} fields; the ${format} layout has ${fields.length}: ${fields.join(' ')}`,
				),
			);
			continue;
		}
		const offset = fields.length - 4;
		const customerToken = tokens[offset] as string;
		const dateToken = tokens[offset + 1] as string;
		const cdsToken = tokens[offset + 2] as string;
		const valueToken = tokens[offset + 3] as string;
		const before = issues.length;
		if (!DIGITS.test(tokens[0] as string))
			issues.push(issue(lineNo, 'customer_id', tokens[0] as string, 'is not a whole number'));
		if (offset === 1 && !DIGITS.test(customerToken))
			issues.push(issue(lineNo, 'sample_id', customerToken, 'is not a whole number'));
		const dateMatch = COMPACT_DATE.exec(dateToken);
		const day = dateMatch ? dayNumber(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])) : undefined;
		if (day === undefined) issues.push(issue(lineNo, 'date', dateToken, 'is not a calendar date written YYYYMMDD'));
		if (!DIGITS.test(cdsToken)) issues.push(issue(lineNo, 'number_of_cds', cdsToken, 'is not a whole number ≥ 0'));
		if (!DECIMAL.test(valueToken)) issues.push(issue(lineNo, 'dollar_value', valueToken, 'is not an amount ≥ 0'));
		if (issues.length === before && day !== undefined) builder.add(customerToken, day, Number(valueToken));
	}
	return { log: builder.build(), issues, format };

	function issue(position: number, field: string, value: string, problem: string): TransactionIssue {
		return { position, field, value, message: `line ${position}: ${field} "${value}" ${problem}` };
	}
}

/**
 * Validates an array of records and packs the valid ones into a TransactionLog. Each invalid record is reported
 * once per bad field (customerId must be a non-empty string, date a real `YYYY-MM-DD` date, amount a finite
 * number ≥ 0) and left out of the log.
 */
export function transactionLogFromRecords(records: readonly TransactionRecord[]): ParsedTransactions {
	const builder = new LogBuilder();
	const issues: TransactionIssue[] = [];
	for (let i = 0; i < records.length; i++) {
		const record = records[i] as TransactionRecord | null | undefined;
		if (typeof record !== 'object' || record === null) {
			issues.push(issue(i, 'record', record, 'is not an object with customerId, date and amount'));
			continue;
		}
		const before = issues.length;
		const { customerId, date, amount } = record;
		if (typeof customerId !== 'string' || customerId === '')
			issues.push(issue(i, 'customerId', customerId, 'must be a non-empty string'));
		const day = typeof date === 'string' ? isoDayNumber(date) : undefined;
		if (day === undefined) issues.push(issue(i, 'date', date, 'is not a calendar date written YYYY-MM-DD'));
		if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0)
			issues.push(issue(i, 'amount', amount, 'must be a finite number ≥ 0'));
		if (issues.length === before && day !== undefined) builder.add(customerId, day, amount);
	}
	return { log: builder.build(), issues };

	function issue(position: number, field: string, raw: unknown, problem: string): TransactionIssue {
		const value = String(raw);
		const shown = typeof raw === 'string' ? JSON.stringify(raw) : value;
		return { position, field, value, message: `record at index ${position}: ${field} ${shown} ${problem}` };
	}
}

/** Options of summariseCustomers; all dates are `YYYY-MM-DD` and inclusive. */
export interface SummaryOptions {
	/** Last day of the calibration period. Customers first seen after it are not yet acquired and are left out. */
	calibrationEnd: string;
	/**
	 * First day of the acquisition window. Customers with a purchase before it are left out: their first purchase in
	 * the log would not be their first purchase, and the models take the first purchase as time zero.
	 */
	observationStart?: string;
	/** Last day of a holdout period after calibrationEnd; when given, purchases in it are counted for validation. */
	holdoutEnd?: string;
}

/** Per-customer columns, one entry per included customer, in the order of `customerIds`. */
export interface CustomerSummary {
	customerIds: string[];
	/** Repeat purchases in the calibration period: distinct purchase days minus one (FHL 2005 count days, not orders). */
	x: Float64Array;
	/** Time of the last purchase day since the first, in weeks (t_x). */
	tx: Float64Array;
	/** Calibration end minus the first purchase day, in weeks (T). */
	T: Float64Array;
	/** Mean spend per repeat purchase day (the first day excluded), 0 when x = 0 (zbar of the Gamma-Gamma model). */
	zbar: Float64Array;
	/** RFM recency: days from the last purchase day to calibration end (lower is better). */
	recency: Float64Array;
	/** RFM frequency: number of distinct purchase days in the calibration period (x + 1). */
	frequency: Float64Array;
	/** RFM monetary: total spend in the calibration period, first purchase included. */
	monetary: Float64Array;
	/** Day number of the first purchase. */
	firstPurchaseDay: Int32Array;
	/** Present when holdoutEnd was given: purchases after calibration end up to holdoutEnd. */
	holdout?: {
		/** Length of the holdout period in weeks. */
		weeks: number;
		/** Distinct purchase days in the holdout period (all of them repeat purchases). */
		purchases: Float64Array;
		/** Spend in the holdout period. */
		spend: Float64Array;
	};
	/** How many customers of the log were left out, and why. */
	excluded: { acquiredAfterCalibration: number; acquiredBeforeObservationStart: number };
}

/**
 * Summarises a TransactionLog per customer at a calibration end date: the (x, t_x, T) of BG/NBD, the mean repeat
 * spend zbar of Gamma-Gamma and the recency / frequency / monetary values of RFM.
 *
 * Purchases are counted as distinct purchase days, as in Fader, Hardie & Lee (2005): several orders on one day make
 * one purchase, whose spend is the day's total. On CDNOW_sample.txt with calibrationEnd 1997-09-30 this reproduces
 * `cdnow_customers_summary_with_transactions.csv` (x, t_x, T, zbar) for all 2,357 customers. Throws a RangeError
 * for an option that is not a real date or for dates out of order.
 */
export function summariseCustomers(log: TransactionLog, options: SummaryOptions): CustomerSummary {
	const calibrationEnd = requireDate('calibrationEnd', options.calibrationEnd);
	const start =
		options.observationStart === undefined ? undefined : requireDate('observationStart', options.observationStart);
	const holdoutEnd = options.holdoutEnd === undefined ? undefined : requireDate('holdoutEnd', options.holdoutEnd);
	if (start !== undefined && start > calibrationEnd)
		throw new RangeError('summariseCustomers: observationStart is after calibrationEnd');
	if (holdoutEnd !== undefined && holdoutEnd < calibrationEnd)
		throw new RangeError('summariseCustomers: holdoutEnd is before calibrationEnd');

	const order = groupByCustomer(log);
	const { day, amount } = log;
	const customerCount = log.customerIds.length;
	const ids: string[] = [];
	const x = new Float64Array(customerCount);
	const tx = new Float64Array(customerCount);
	const T = new Float64Array(customerCount);
	const zbar = new Float64Array(customerCount);
	const recency = new Float64Array(customerCount);
	const frequency = new Float64Array(customerCount);
	const monetary = new Float64Array(customerCount);
	const firstPurchaseDay = new Int32Array(customerCount);
	const holdoutPurchases = new Float64Array(customerCount);
	const holdoutSpend = new Float64Array(customerCount);
	let afterCalibration = 0;
	let beforeStart = 0;
	let k = 0;
	for (let c = 0; c < customerCount; c++) {
		const from = order.start[c] as number;
		const to = order.start[c + 1] as number;
		const first = day[order.index[from] as number] as number;
		if (first > calibrationEnd) {
			afterCalibration++;
			continue;
		}
		if (start !== undefined && first < start) {
			beforeStart++;
			continue;
		}
		let days = 0;
		let last = first;
		let total = 0;
		let repeatSpend = 0;
		let holdoutDays = 0;
		let lastHoldoutDay = calibrationEnd;
		let spendAfter = 0;
		for (let j = from; j < to; j++) {
			const t = order.index[j] as number;
			const d = day[t] as number;
			const spent = amount[t] as number;
			if (d <= calibrationEnd) {
				if (days === 0 || d !== last) days++;
				last = d;
				total += spent;
				if (d !== first) repeatSpend += spent;
			} else if (holdoutEnd !== undefined && d <= holdoutEnd) {
				if (d !== lastHoldoutDay) holdoutDays++;
				lastHoldoutDay = d;
				spendAfter += spent;
			}
		}
		ids.push(log.customerIds[c] as string);
		x[k] = days - 1;
		tx[k] = (last - first) / 7;
		T[k] = (calibrationEnd - first) / 7;
		zbar[k] = days > 1 ? repeatSpend / (days - 1) : 0;
		recency[k] = calibrationEnd - last;
		frequency[k] = days;
		monetary[k] = total;
		firstPurchaseDay[k] = first;
		holdoutPurchases[k] = holdoutDays;
		holdoutSpend[k] = spendAfter;
		k++;
	}
	const summary: CustomerSummary = {
		customerIds: ids,
		x: x.slice(0, k),
		tx: tx.slice(0, k),
		T: T.slice(0, k),
		zbar: zbar.slice(0, k),
		recency: recency.slice(0, k),
		frequency: frequency.slice(0, k),
		monetary: monetary.slice(0, k),
		firstPurchaseDay: firstPurchaseDay.slice(0, k),
		excluded: { acquiredAfterCalibration: afterCalibration, acquiredBeforeObservationStart: beforeStart },
	};
	if (holdoutEnd !== undefined) {
		summary.holdout = {
			weeks: (holdoutEnd - calibrationEnd) / 7,
			purchases: holdoutPurchases.slice(0, k),
			spend: holdoutSpend.slice(0, k),
		};
	}
	return summary;
}

function requireDate(name: string, text: string): number {
	const day = isoDayNumber(text);
	if (day === undefined) throw new RangeError(`summariseCustomers: ${name} "${text}" is not a date written YYYY-MM-DD`);
	return day;
}

/**
 * Returns the transactions ordered by customer, then by day (`index`), and where each customer's run starts
 * (`start`, one more entry than customers). In linear time: a counting sort on the customer index, then a
 * check that each customer's days already ascend (they do in any log written in time order) and a sort of only
 * those customers whose days do not.
 */
export function groupByCustomer(log: TransactionLog): { index: Int32Array; start: Int32Array } {
	const { customer, day } = log;
	const n = customer.length;
	const customerCount = log.customerIds.length;
	const start = new Int32Array(customerCount + 1);
	for (let t = 0; t < n; t++) {
		const slot = (customer[t] as number) + 1;
		start[slot] = (start[slot] as number) + 1;
	}
	for (let c = 0; c < customerCount; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
	const cursor = start.slice(0, customerCount);
	const index = new Int32Array(n);
	for (let t = 0; t < n; t++) {
		const c = customer[t] as number;
		index[cursor[c] as number] = t;
		cursor[c] = (cursor[c] as number) + 1;
	}
	for (let c = 0; c < customerCount; c++) {
		const from = start[c] as number;
		const to = start[c + 1] as number;
		let sorted = true;
		for (let j = from + 1; j < to && sorted; j++)
			sorted = (day[index[j] as number] as number) >= (day[index[j - 1] as number] as number);
		if (!sorted) {
			const segment = Array.from(index.subarray(from, to));
			segment.sort((p, q) => (day[p] as number) - (day[q] as number) || p - q);
			index.set(segment, from);
		}
	}
	return { index, start };
}
