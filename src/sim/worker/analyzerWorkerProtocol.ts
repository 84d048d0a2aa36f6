import type { BgnbdParams } from '../analytics/bgnbd.ts';
import type { ClvOptions } from '../analytics/customerLifetimeValue.ts';
import type { GammaGammaParams } from '../analytics/gammaGamma.ts';
import type { PurchaseModelChoice, PurchaseModelKind } from '../analytics/purchaseModel.ts';
import type { TransactionRecord } from '../analytics/transactionLog.ts';
import type { CheckedDataset } from '../analyzer/checkDataset.ts';
import type { ModelDiagnostics } from '../analyzer/clvModelDiagnostics.ts';
import type { HoldoutDiagnostics } from '../analyzer/holdoutDiagnostics.ts';
import type { RawTable } from '../import/parseTable.ts';
import type { DataShape } from '../import/readDataset.ts';
import type { WorkbookRead } from '../import/readWorkbook.ts';
import type { ColumnMapping } from '../import/suggestColumns.ts';

/** What a check reads: CSV text (parsed again in the worker) or the table read from a workbook sheet. */
export type CheckSource = { text: string } | { table: RawTable };

/** What the analyzer page asks its worker for. */
export type AnalyzerRequest =
	| { id: number; kind: 'demo'; scenarioId: string; seed: number; size: number }
	| { id: number; kind: 'check'; source: CheckSource; mapping: ColumnMapping; shape: DataShape; latestDay?: number }
	| { id: number; kind: 'workbook'; bytes: Uint8Array; sheet?: string }
	| {
			id: number;
			kind: 'clv';
			history: { x: Float64Array; tx: Float64Array; T: Float64Array; zbar: Float64Array };
			options: ClvOptions & { model: PurchaseModelChoice };
	  }
	| {
			id: number;
			kind: 'holdout';
			/** The checked log again (the page keeps no records): its CSV text or its workbook sheet's table. */
			source: CheckSource;
			mapping: ColumnMapping;
			options: ClvOptions & { model: PurchaseModelChoice; calibrationEnd: string };
	  };

/** The CLV figures per customer, in the order of the history sent. */
export interface ClvOutput {
	bgnbd: BgnbdParams & { logLikelihood: number; converged: boolean };
	/** The purchase model the per-customer figures come from (BG/NBD unless the analyst chose otherwise). */
	purchase: BgnbdParams & {
		kind: PurchaseModelKind;
		chosenBy: 'analyst' | 'logLikelihood';
		logLikelihood: number;
	};
	/** Heat maps, the cohort's P(n purchases), the frequency–spend correlation and the warnings. */
	diagnostics: ModelDiagnostics;
	gammaGamma: GammaGammaParams & { logLikelihood: number };
	pAlive: Float64Array;
	expectedPurchases: Float64Array;
	expectedSpend: Float64Array;
	clv: Float64Array;
}

/** Replies: progress (0–1) while a fit runs, then one result or one error message. */
export type AnalyzerReply =
	| { id: number; type: 'progress'; share: number }
	| { id: number; type: 'demo'; records: TransactionRecord[] }
	| { id: number; type: 'check'; checked: CheckedDataset }
	| { id: number; type: 'workbook'; read: WorkbookRead }
	| { id: number; type: 'clv'; output: ClvOutput }
	| { id: number; type: 'holdout'; output: HoldoutDiagnostics }
	| { id: number; type: 'error'; message: string };
