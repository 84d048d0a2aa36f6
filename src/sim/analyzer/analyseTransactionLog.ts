import { type RfmScores, type RfmSegment, rfmScores, rfmSegment } from '../analytics/rfmScores.ts';
import { type CustomerSummary, summariseCustomers, type TransactionLog } from '../analytics/transactionLog.ts';
import { isoDate } from '../import/parseValues.ts';
import { type ConcentrationCurve, concentrationCurve } from '../tiering/concentrationCurves.ts';

/** RFM and concentration of a transaction log, at the day after its last purchase. */
export interface TransactionLogAnalysis {
	/** The analysis date: the last purchase day in the log (inclusive calibration end). */
	asOf: string;
	summary: CustomerSummary;
	scores: RfmScores;
	segments: RfmSegment[];
	/** Customers per segment, in the order of first appearance. */
	segmentCounts: Map<RfmSegment, number>;
	pareto: ConcentrationCurve;
}

/** Returns the last purchase day of a log as `YYYY-MM-DD` (undefined for an empty log). */
export function lastPurchaseDate(log: TransactionLog): string | undefined {
	if (log.day.length === 0) return undefined;
	let last = log.day[0] as number;
	for (const d of log.day) if (d > last) last = d;
	return isoDate(last);
}

/**
 * Summarises a log per customer up to `asOf` (default: its last purchase day), scores RFM with the engine's
 * convention and draws the Pareto curve of total spend.
 */
export function analyseTransactionLog(log: TransactionLog, asOf = lastPurchaseDate(log)): TransactionLogAnalysis {
	if (!asOf) throw new RangeError('the transaction log is empty');
	const summary = summariseCustomers(log, { calibrationEnd: asOf });
	const scores = rfmScores(summary);
	const segments: RfmSegment[] = [];
	const segmentCounts = new Map<RfmSegment, number>();
	for (let i = 0; i < summary.customerIds.length; i++) {
		const segment = rfmSegment(scores.r[i] as number, scores.f[i] as number, scores.m[i] as number);
		segments.push(segment);
		segmentCounts.set(segment, (segmentCounts.get(segment) ?? 0) + 1);
	}
	return { asOf, summary, scores, segments, segmentCounts, pareto: concentrationCurve(summary.monetary, 50) };
}
