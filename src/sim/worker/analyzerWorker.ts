/// <reference lib="webworker" />
// The analyzer's Web Worker: the row checks and RFM scoring of a file (most of a second at 100,000 rows), the BG/NBD
// and Gamma-Gamma fits (seconds on a large file) and the demo log run here, so the page stays responsive and can show
// a progress bar.

import { checkDataset } from '../analyzer/checkDataset.ts';
import { clvModelDiagnostics } from '../analyzer/clvModelDiagnostics.ts';
import { demoTransactionLog } from '../analyzer/demoTransactionLog.ts';
import { fitClvModels } from '../analyzer/fitClvModels.ts';
import { holdoutDiagnostics } from '../analyzer/holdoutDiagnostics.ts';
import { parseTable } from '../import/parseTable.ts';
import { findScenario } from '../scenarios/scenarioCatalog.ts';
import type { AnalyzerReply, AnalyzerRequest } from './analyzerWorkerProtocol.ts';

const post = (reply: AnalyzerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<AnalyzerRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'demo') {
			const scenario = findScenario(request.scenarioId);
			if (!scenario) throw new RangeError(`unknown scenario ${request.scenarioId}`);
			post({
				id: request.id,
				type: 'demo',
				records: demoTransactionLog(scenario, { seed: request.seed, size: request.size }),
			});
			return;
		}
		if (request.kind === 'check') {
			const { source } = request;
			const table = 'text' in source ? parseTable(source.text) : source.table;
			post({
				id: request.id,
				type: 'check',
				checked: checkDataset(table, request.mapping, request.shape, request.latestDay),
			});
			return;
		}
		if (request.kind === 'workbook') {
			// The Excel reader and its checks are a chunk of their own, fetched the first time a workbook is dropped.
			const { readWorkbook } = await import('../import/readWorkbook.ts');
			post({ id: request.id, type: 'workbook', read: await readWorkbook(request.bytes, request.sheet) });
			return;
		}
		if (request.kind === 'holdout') {
			post({
				id: request.id,
				type: 'holdout',
				output: holdoutDiagnostics(
					'text' in request.source ? parseTable(request.source.text) : request.source.table,
					request.mapping,
					request.options,
				),
			});
			return;
		}
		const models = fitClvModels(request.history, request.options, (share) =>
			post({ id: request.id, type: 'progress', share }),
		);
		// Ten frequency rows keep the page's heat-map tables readable; the CLI prints twenty.
		const diagnostics = clvModelDiagnostics(request.history, models, { ...request.options, maxFrequency: 10 });
		const { purchase } = models;
		post({
			id: request.id,
			type: 'clv',
			output: {
				bgnbd: { ...models.bgnbd.params, logLikelihood: models.bgnbd.logLikelihood, converged: models.bgnbd.converged },
				purchase: {
					...purchase.model.params,
					kind: purchase.model.kind,
					chosenBy: purchase.chosenBy,
					logLikelihood: purchase.fit.logLikelihood,
				},
				diagnostics,
				gammaGamma: { ...models.gammaGamma.params, logLikelihood: models.gammaGamma.logLikelihood },
				pAlive: models.pAlive,
				expectedPurchases: models.expectedPurchases,
				expectedSpend: models.expectedSpend,
				clv: models.clv,
			},
		});
	} catch (error) {
		post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
