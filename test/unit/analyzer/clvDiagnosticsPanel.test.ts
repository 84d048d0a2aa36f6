import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ClvDiagnosticsPanel } from '../../../src/components/analyzer/ClvDiagnosticsPanel.tsx';
import { ClvHoldoutSection } from '../../../src/components/analyzer/ClvHoldoutSection.tsx';
import { makeFormatters } from '../../../src/components/lab/formatters.ts';
import { type LabUi, LabUiContext } from '../../../src/components/lab/LabUi.ts';
import en from '../../../src/content/i18n/en.json';
import zhCN from '../../../src/content/i18n/zh-CN.json';
import { translator } from '../../../src/i18n/translator.ts';
import type { Locale } from '../../../src/i18n/uiStrings.ts';
import { isoDayNumber } from '../../../src/sim/analytics/dayNumber.ts';
import { simulateTransactionLog } from '../../../src/sim/analytics/simulateTransactionLog.ts';
import { summariseCustomers } from '../../../src/sim/analytics/transactionLog.ts';
import { clvModelDiagnostics } from '../../../src/sim/analyzer/clvModelDiagnostics.ts';
import { fitClvModels } from '../../../src/sim/analyzer/fitClvModels.ts';
import type { ClvOutput } from '../../../src/sim/worker/analyzerWorkerProtocol.ts';

/** The worker's reply for a simulated log, built as analyzerWorker.ts builds it. */
function workerOutput(): ClvOutput {
	const start = isoDayNumber('2024-01-01') as number;
	const log = simulateTransactionLog(
		{ r: 0.5, alpha: 5, a: 0.8, b: 2.5 },
		{ p: 6, q: 4, v: 15 },
		{ seed: 3, customers: 1500, startDay: start, acquisitionDays: 84, days: 273, kind: 'mbgnbd' },
	);
	// Every 40th purchase free, so a warning shows beside the notes.
	const amount = log.amount.map((a, t) => (t % 40 === 0 ? 0 : a));
	const summary = summariseCustomers({ ...log, amount }, { calibrationEnd: '2024-09-29' });
	const options = { marginRate: 0.3, horizonWeeks: 26, annualDiscountRate: 0.1, model: 'auto' as const };
	const models = fitClvModels(summary, options);
	const { purchase } = models;
	return {
		bgnbd: { ...models.bgnbd.params, logLikelihood: models.bgnbd.logLikelihood, converged: models.bgnbd.converged },
		purchase: {
			...purchase.model.params,
			kind: purchase.model.kind,
			chosenBy: purchase.chosenBy,
			logLikelihood: purchase.fit.logLikelihood,
		},
		diagnostics: clvModelDiagnostics(summary, models, { ...options, maxFrequency: 10 }),
		gammaGamma: { ...models.gammaGamma.params, logLikelihood: models.gammaGamma.logLikelihood },
		pAlive: models.pAlive,
		expectedPurchases: models.expectedPurchases,
		expectedSpend: models.expectedSpend,
		clv: models.clv,
	};
}

function render(
	locale: Locale,
	output: ClvOutput,
	element: ReactElement = createElement(ClvDiagnosticsPanel, { output, weeks: 26 }),
): string {
	const ui = {
		locale,
		t: translator(locale === 'en' ? en : zhCN),
		format: makeFormatters(locale, 'CNY'),
	} as unknown as LabUi;
	return renderToStaticMarkup(createElement(LabUiContext.Provider, { value: ui }, element));
}

describe('ClvDiagnosticsPanel', { timeout: 30_000 }, () => {
	const output = workerOutput();

	test('shows the checks, both heat maps and the P(n purchases) table in English', () => {
		const html = render('en', output);
		expect(html).toContain('MBG/NBD was chosen');
		expect(html).toContain('<h3>Checks of the fit</h3>');
		expect(html).toMatch(/transactions have a zero or negative amount|repeat buyers spent nothing/);
		expect(html).toContain('P(alive) by repeat purchases');
		expect(html).toContain('Expected purchases in the next 26 weeks');
		expect(html).toContain('10 or more');
		// 11 frequency rows in each heat map, plus the 11 rows of the P(n) table.
		expect(html.match(/<th scope="row">/g)).toHaveLength(33);
	});

	test('is all Chinese on the Chinese page', () => {
		const html = render('zh-CN', output);
		expect(html).toContain('拟合检查');
		expect(html).toContain('10 次及以上');
		expect(html).not.toMatch(/Checks of the fit|or more|weeks old/);
	});
});

describe('ClvHoldoutSection', () => {
	test('offers the suggested calibration end, bounded by the last purchase, in each language', () => {
		const section = createElement(ClvHoldoutSection, {
			source: { text: 'customer,date,amount' },
			mapping: {},
			suggestedEnd: '2024-06-30',
			lastDay: '2024-12-31',
			options: { marginRate: 1, horizonWeeks: 26, annualDiscountRate: 0, model: 'bgnbd' },
		});
		const output = {} as ClvOutput;
		const english = render('en', output, section);
		expect(english).toContain('value="2024-06-30"');
		expect(english).toContain('max="2024-12-31"');
		expect(english).toContain('Check the fit on the holdout period');
		expect(render('zh-CN', output, section)).toContain('校准期截止日期');
	});
});
