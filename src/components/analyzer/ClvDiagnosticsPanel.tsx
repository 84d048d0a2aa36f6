import { useContext } from 'react';
import { clvWarningMessage } from '../../i18n/clvWarningMessage.ts';
import type { UiKey } from '../../i18n/uiStrings.ts';
import type { ClvOutput } from '../../sim/worker/analyzerWorkerProtocol.ts';
import { type LabUi, LabUiContext } from '../lab/LabUi.ts';

/**
 * A heat-map cell's shade: darker for a larger share of the table's largest value, never darker than 55% lightness,
 * where the cells' #111 text still has a contrast of about 5:1 (WCAG AA asks 4.5:1).
 */
function shade(value: number, max: number): string {
	return `hsl(210 70% ${Math.round(97 - 42 * Math.min(1, value / max))}%)`;
}

/** One frequency × recency heat map as a table whose cells are shaded by value: chart and data table in one. */
function HeatMapTable(props: { caption: string; values: Float64Array; digits: number; output: ClvOutput }) {
	const { t, format } = useContext(LabUiContext) as LabUi;
	const { heatMaps } = props.output.diagnostics;
	const columns = heatMaps.recency.length;
	let max = 0;
	for (const v of props.values) if (v > max) max = v;
	return (
		<div className="course-analyzer__scroll">
			<table className="course-analyzer__heat">
				<caption>{props.caption}</caption>
				<thead>
					<tr>
						<th scope="col">{t('analyzer.clv.heatRows')}</th>
						{Array.from(heatMaps.recency, (tx) => (
							<th scope="col" key={tx}>
								{format.decimal(tx, 1)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{Array.from(heatMaps.frequency, (x, row) => (
						<tr key={x}>
							<th scope="row">{x}</th>
							{Array.from(heatMaps.recency, (tx, j) => {
								const v = props.values[row * columns + j] as number;
								return Number.isNaN(v) ? (
									<td key={tx} />
								) : (
									<td key={tx} style={{ background: shade(v, max || 1) }}>
										{format.decimal(v, props.digits)}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

/**
 * The CLV fit's diagnostics on the analyzer page: the warnings (errors as alerts), the frequency–spend correlation,
 * the P(alive) and expected-purchases heat maps and the cohort's P(n purchases). Every figure comes from
 * clvModelDiagnostics (src/sim/analyzer), computed in the worker.
 */
export function ClvDiagnosticsPanel({ output, weeks }: { output: ClvOutput; weeks: number }) {
	const { t, format } = useContext(LabUiContext) as LabUi;
	const { diagnostics, purchase } = output;
	const counts = diagnostics.cohortPurchaseCounts;
	const countRows = Array.from(counts, (share, n) => ({ n, share, last: n === counts.length - 1 }));
	const T = format.decimal(diagnostics.heatMaps.T, 1);
	return (
		<>
			{purchase.chosenBy === 'logLikelihood' && (
				<p>{t('analyzer.clv.chosenByLikelihood', { model: t(`clv.model.${purchase.kind}`) })}</p>
			)}
			<h3>{t('analyzer.clv.warningsHeading')}</h3>
			<ul>
				{diagnostics.warnings.map((w) => (
					<li key={`${w.code}-${JSON.stringify(w.values)}`} role={w.severity === 'error' ? 'alert' : undefined}>
						<strong>{t(`clv.severity.${w.severity}` as UiKey)}</strong> {clvWarningMessage(w, t)}
					</li>
				))}
			</ul>
			{Number.isFinite(diagnostics.frequencySpendCorrelation) && (
				<p>{t('analyzer.clv.correlation', { value: format.decimal(diagnostics.frequencySpendCorrelation, 2) })}</p>
			)}
			<HeatMapTable
				caption={t('analyzer.clv.heatAliveCaption', { T })}
				values={diagnostics.heatMaps.pAlive}
				digits={2}
				output={output}
			/>
			<HeatMapTable
				caption={t('analyzer.clv.heatExpectedCaption', { T, weeks })}
				values={diagnostics.heatMaps.expectedPurchases}
				digits={2}
				output={output}
			/>
			<table>
				<caption>{t('analyzer.clv.countsCaption', { weeks })}</caption>
				<thead>
					<tr>
						<th scope="col">{t('analyzer.clv.countsN')}</th>
						<th scope="col">{t('analyzer.clv.countsShare')}</th>
					</tr>
				</thead>
				<tbody>
					{countRows.map((row) => (
						<tr key={row.n}>
							<th scope="row">{row.last ? t('analyzer.clv.countsMore', { n: row.n }) : row.n}</th>
							<td>{format.percent(row.share)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</>
	);
}
