import type { BgnbdParams } from '../analytics/bgnbd.ts';
import type { ClvOptions } from '../analytics/customerLifetimeValue.ts';
import type { GammaGammaParams } from '../analytics/gammaGamma.ts';
import type { TransactionRecord } from '../analytics/transactionLog.ts';
import type { CheckedDataset } from '../analyzer/checkDataset.ts';
import type { DataShape } from '../import/readDataset.ts';
import type { ColumnMapping } from '../import/suggestColumns.ts';

/** What the analyzer page asks its worker for. */
export type AnalyzerRequest =
	| { id: number; kind: 'demo'; scenarioId: string; seed: number; size: number }
	| { id: number; kind: 'check'; text: string; mapping: ColumnMapping; shape: DataShape; latestDay?: number }
	| {
			id: number;
			kind: 'clv';
			history: { x: Float64Array; tx: Float64Array; T: Float64Array; zbar: Float64Array };
			options: ClvOptions;
	  };

/** The CLV figures per customer, in the order of the history sent. */
export interface ClvOutput {
	bgnbd: BgnbdParams & { logLikelihood: number; converged: boolean };
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
	| { id: number; type: 'clv'; output: ClvOutput }
	| { id: number; type: 'error'; message: string };
