import type { CalibrationVsHoldout } from '../analytics/calibrationVsHoldout.ts';
import type { ClvWarning } from '../analytics/clvWarnings.ts';
import type { PurchaseModelKind } from '../analytics/purchaseModel.ts';
import type { RepeatTransactionTracking } from '../analytics/repeatTransactionTracking.ts';
import { transactionLogFromRecords } from '../analytics/transactionLog.ts';
import type { RawTable } from '../import/parseTable.ts';
import { isoDate } from '../import/parseValues.ts';
import { readTransactions } from '../import/readDataset.ts';
import type { ColumnMapping } from '../import/suggestColumns.ts';
import { type ClvDiagnosticsOptions, clvDiagnostics } from './clvDiagnostics.ts';

/** The holdout figures the analyzer page draws, from a fit on the calibration period only. */
export interface HoldoutDiagnostics {
	kind: PurchaseModelKind;
	calibrationVsHoldout: CalibrationVsHoldout;
	tracking: RepeatTransactionTracking;
	/** First day of the tracking figure's week 1, `YYYY-MM-DD`. */
	trackingStart: string;
	/** The calibration fit's warnings (a fit on part of the log can fail where the whole one did not). */
	warnings: ClvWarning[];
}

/**
 * Returns the calibration-vs-holdout table and the tracking figure of a mapped transaction table split at
 * `calibrationEnd`, the holdout running to the last purchase: clvDiagnostics on the table's good rows, as the
 * analyzer's worker runs it (the page keeps only the RFM summary, not the log). Throws a RangeError when no
 * purchase falls after the calibration end.
 */
export function holdoutDiagnostics(
	table: RawTable,
	mapping: ColumnMapping,
	options: Omit<ClvDiagnosticsOptions, 'holdoutEnd'>,
): HoldoutDiagnostics {
	const { log } = transactionLogFromRecords(readTransactions(table, mapping).records);
	let last = Number.NEGATIVE_INFINITY;
	for (const d of log.day) if (d > last) last = d;
	const holdoutEnd = Number.isFinite(last) ? isoDate(last) : options.calibrationEnd;
	if (!(holdoutEnd > options.calibrationEnd)) throw new RangeError('no purchase after the calibration end');
	const d = clvDiagnostics(log, { ...options, holdoutEnd });
	if (!d.calibrationVsHoldout) throw new RangeError('no holdout period');
	return {
		kind: d.models.purchase.model.kind,
		calibrationVsHoldout: d.calibrationVsHoldout,
		tracking: d.tracking,
		trackingStart: isoDate(d.tracking.startDay),
		warnings: d.warnings,
	};
}
