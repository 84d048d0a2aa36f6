import type { PurchaseModelChoice } from '../../sim/analytics/purchaseModelChoices.ts';
import type { TransactionRecord } from '../../sim/analytics/transactionLog.ts';
import type { CheckedDataset } from '../../sim/analyzer/checkDataset.ts';
import type { HoldoutDiagnostics } from '../../sim/analyzer/holdoutDiagnostics.ts';
import type { DataShape } from '../../sim/import/readDataset.ts';
import type { WorkbookRead } from '../../sim/import/readWorkbook.ts';
import type { ColumnMapping } from '../../sim/import/suggestColumns.ts';
import type {
	AnalyzerReply,
	AnalyzerRequest,
	CheckSource,
	ClvOutput,
} from '../../sim/worker/analyzerWorkerProtocol.ts';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; progress?: (share: number) => void };
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The analyzer's worker, started on first use (a module worker: Vite bundles it as its own chunk). */
function analyzerWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('../../sim/worker/analyzerWorker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<AnalyzerReply>) => {
		const reply = event.data;
		const job = pending.get(reply.id);
		if (!job) return;
		if (reply.type === 'progress') job.progress?.(reply.share);
		else {
			pending.delete(reply.id);
			if (reply.type === 'error') job.reject(new Error(reply.message));
			else
				job.resolve(
					(reply.type === 'demo'
						? reply.records
						: reply.type === 'check'
							? reply.checked
							: reply.type === 'workbook'
								? reply.read
								: reply.output) as never,
				);
		}
	};
	worker.onerror = () => {
		for (const job of pending.values()) job.reject(new Error('worker'));
		pending.clear();
		worker = undefined;
	};
	return worker;
}

// Omit distributes over the union only when written as a conditional type.
type RequestBody<T> = T extends unknown ? Omit<T, 'id'> : never;

function send<T>(request: RequestBody<AnalyzerRequest>, progress?: (share: number) => void): Promise<T> {
	const id = nextId++;
	return new Promise<T>((resolve, reject) => {
		pending.set(id, { resolve: resolve as (value: never) => void, reject, progress });
		analyzerWorker().postMessage({ ...request, id });
	});
}

/** Asks the worker for the demo transaction log of a scenario and seed. */
export function requestDemoLog(scenarioId: string, seed: number, size: number): Promise<TransactionRecord[]> {
	return send({ kind: 'demo', scenarioId, seed, size });
}

/**
 * Checks every row of the mapped table in the worker, and scores a transaction log by RFM there too. CSV goes as its
 * text, parsed again there (cheaper to copy than the parsed table); a workbook's sheet goes as its table.
 */
export function requestCheck(
	source: CheckSource,
	mapping: ColumnMapping,
	shape: DataShape,
	latestDay?: number,
): Promise<CheckedDataset> {
	return send({ kind: 'check', source, mapping, shape, latestDay });
}

/**
 * Reads a workbook in the worker: the hostile-file checks, then the sheet (the first with a table, or `sheet`) as a
 * table. The bytes are copied, not transferred, so the page can ask again for another sheet.
 */
export function requestWorkbook(bytes: Uint8Array, sheet?: string): Promise<WorkbookRead> {
	return send(sheet === undefined ? { kind: 'workbook', bytes } : { kind: 'workbook', bytes, sheet });
}

/** Fits BG/NBD and Gamma-Gamma in the worker and returns the per-customer CLV figures. */
export function requestClv(
	history: { x: Float64Array; tx: Float64Array; T: Float64Array; zbar: Float64Array },
	options: { marginRate: number; horizonWeeks: number; annualDiscountRate: number; model: PurchaseModelChoice },
	progress: (share: number) => void,
): Promise<ClvOutput> {
	return send({ kind: 'clv', history, options }, progress);
}

/** Asks the worker for the holdout figures: the text is parsed again there, since the page keeps no log. */
export function requestHoldout(
	source: CheckSource,
	mapping: ColumnMapping,
	options: {
		marginRate: number;
		horizonWeeks: number;
		annualDiscountRate: number;
		model: PurchaseModelChoice;
		calibrationEnd: string;
	},
): Promise<HoldoutDiagnostics> {
	return send({ kind: 'holdout', source, mapping, options });
}

/**
 * Starts the worker and fetches Chart.js as soon as the analyzer is on screen, so every file the page needs is
 * loaded up front: after that the page makes no request at all, whatever the user does with their data.
 */
export function warmAnalyzer(): void {
	analyzerWorker();
	void import('../lab/registeredChart.ts');
}
