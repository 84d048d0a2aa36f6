import { useContext, useState } from 'react';
import { clvWarningMessage } from '../../i18n/clvWarningMessage.ts';
import type { PurchaseModelChoice } from '../../sim/analytics/purchaseModelChoices.ts';
import type { HoldoutDiagnostics } from '../../sim/analyzer/holdoutDiagnostics.ts';
import type { ColumnMapping } from '../../sim/import/suggestColumns.ts';
import type { CheckSource } from '../../sim/worker/analyzerWorkerProtocol.ts';
import { ChartPanel } from '../lab/ChartPanel.tsx';
import { type LabUi, LabUiContext } from '../lab/LabUi.ts';
import { requestHoldout } from './analyzerWorkerClient.ts';

export interface ClvHoldoutSectionProps {
	/** What the page checked (CSV text or a workbook sheet's table); the worker reads it again, since the page keeps no log. */
	source: CheckSource;
	mapping: ColumnMapping;
	/** Suggested calibration end and the last purchase day, `YYYY-MM-DD`. */
	suggestedEnd: string;
	lastDay: string;
	options: { marginRate: number; horizonWeeks: number; annualDiscountRate: number; model: PurchaseModelChoice };
}

/**
 * The calibration/holdout check on the analyzer page: a date, then FHL 2005's two figures (mean holdout purchases by
 * calibration frequency, and the weekly cumulative tracking), each a chart with its data table. The figures come
 * from holdoutDiagnostics (src/sim/analyzer), run in the worker.
 */
export function ClvHoldoutSection(props: ClvHoldoutSectionProps) {
	const { t, format } = useContext(LabUiContext) as LabUi;
	const [end, setEnd] = useState(props.suggestedEnd);
	const [busy, setBusy] = useState(false);
	const [result, setResult] = useState<HoldoutDiagnostics | null>(null);
	const [error, setError] = useState<string | null>(null);

	const run = async () => {
		setResult(null);
		setError(null);
		if (!(end < props.lastDay)) {
			setError(t('analyzer.holdout.needLater'));
			return;
		}
		setBusy(true);
		try {
			setResult(await requestHoldout(props.source, props.mapping, { ...props.options, calibrationEnd: end }));
		} catch (caught) {
			const message = (caught as Error).message;
			setError(
				/repeat/.test(message)
					? t('analyzer.clv.needRepeat')
					: /after the calibration end|no holdout/.test(message)
						? t('analyzer.holdout.needLater')
						: t('analyzer.worker.failed'),
			);
		} finally {
			setBusy(false);
		}
	};

	const table = result?.calibrationVsHoldout;
	const tracking = result?.tracking;
	const groups = table
		? Array.from(table.frequency, (x, g) => (g === table.frequency.length - 1 ? `${x}+` : String(x)))
		: [];
	return (
		<>
			<h3>{t('analyzer.holdout.heading')}</h3>
			<p>{t('analyzer.holdout.intro')}</p>
			<label>
				{t('analyzer.holdout.calibrationEnd')}{' '}
				<input type="date" value={end} max={props.lastDay} onChange={(e) => setEnd(e.target.value)} />
			</label>{' '}
			<button type="button" onClick={() => void run()} disabled={busy}>
				{t('analyzer.holdout.run')}
			</button>
			{busy && <p role="status">{t('analyzer.holdout.running')}</p>}
			{error && (
				<p role="alert" className="course-analyzer__error">
					{error}
				</p>
			)}
			{result?.warnings
				.filter((w) => w.severity === 'error')
				.map((w) => (
					<p role="alert" className="course-analyzer__error" key={`${w.code}-${JSON.stringify(w.values)}`}>
						{clvWarningMessage(w, t)}
					</p>
				))}
			{table && tracking && (
				<>
					<p role="status">
						{t('analyzer.holdout.total', {
							weeks: format.decimal(table.holdoutWeeks, 1),
							actual: format.count(table.totalActual),
							predicted: format.decimal(table.totalPredicted, 0),
						})}
					</p>
					<ChartPanel
						title={t('analyzer.holdout.byFrequency')}
						description={t('analyzer.holdout.byFrequencyDescription', { weeks: format.decimal(table.holdoutWeeks, 1) })}
						type="bar"
						labels={groups}
						series={[
							{ label: t('analyzer.holdout.actual'), data: Array.from(table.actual, (v) => (Number.isNaN(v) ? 0 : v)) },
							{
								label: t('analyzer.holdout.predicted'),
								data: Array.from(table.predicted, (v) => (Number.isNaN(v) ? 0 : v)),
							},
						]}
						xTitle={t('analyzer.holdout.calibrationPurchases')}
						yTitle={t('analyzer.holdout.holdoutPurchases')}
						formatValue={(v) => format.decimal(v, 2)}
					/>
					<ChartPanel
						title={t('analyzer.holdout.tracking')}
						description={t('analyzer.holdout.trackingDescription', { start: result.trackingStart })}
						type="line"
						labels={Array.from(tracking.week)}
						series={[
							{ label: t('analyzer.holdout.actual'), data: Array.from(tracking.actual) },
							{ label: t('analyzer.holdout.predicted'), data: Array.from(tracking.predicted) },
						]}
						xTitle={t('analyzer.holdout.week')}
						yTitle={t('analyzer.holdout.cumulative')}
						formatValue={(v) => format.decimal(v, 0)}
						markers={[
							{
								at: Math.max(0, Math.round(tracking.calibrationWeeks) - 1),
								text: t('analyzer.holdout.calibrationMarker'),
							},
						]}
					/>
				</>
			)}
		</>
	);
}
