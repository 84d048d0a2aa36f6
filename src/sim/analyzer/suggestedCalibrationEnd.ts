import { isoDayNumber } from '../analytics/dayNumber.ts';
import type { CustomerSummary } from '../analytics/transactionLog.ts';
import { isoDate } from '../import/parseValues.ts';

/**
 * Returns the calibration end the analyzer page suggests: halfway from the first first-purchase day to `asOf`, the
 * split of FHL 2005's CDNOW study (39 + 39 weeks), so the holdout period is as long as the calibration period. In a
 * file of its own, so the page's island does not import clvDiagnostics' module graph for one date.
 */
export function suggestedCalibrationEnd(summary: CustomerSummary, asOf: string): string {
	const asOfDay = isoDayNumber(asOf);
	if (asOfDay === undefined) throw new RangeError(`"${asOf}" is not a date written YYYY-MM-DD`);
	let first = asOfDay;
	for (const d of summary.firstPurchaseDay) if (d < first) first = d;
	return first >= asOfDay ? asOf : isoDate(Math.floor((first + asOfDay) / 2));
}
