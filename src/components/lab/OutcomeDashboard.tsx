import { useEffect, useId, useMemo, useState } from 'react';
import type { UiKey } from '../../i18n/uiStrings.ts';
import type { ExerciseResults } from '../../sim/exercise/exerciseSteps.ts';
import type { ReferencePolicy } from '../../sim/policies/referenceAllocations.ts';
import { type ChartMarker, ChartPanel, type ChartSeries } from './ChartPanel.tsx';
import { describeEvent } from './describeEvent.ts';
import { LabContext } from './LabContext.ts';
import { tierLabel, useLabUi } from './LabUi.ts';
import { eventStarts, periodsOf, scoreRows, tierSeries } from './outcomeSeries.ts';
import { requestSim } from './simWorkerClient.ts';

type References = Record<ReferencePolicy, ExerciseResults>;

/** The references of the review state: asked for on demand, for the rounds played when they were asked. */
interface OnDemand {
	rounds: number;
	references: References | null;
	error: string | null;
}

/**
 * The outcome charts, period by period: satisfaction and churn by tier, revenue against cost to serve, profit, and
 * the score against the reference policies. Events are marked on the time axis and listed in every data table.
 * In the review the references are computed on the worker when the learner asks; in the debrief they come from the
 * exercise itself, which scores them on entering the debrief.
 */
export function OutcomeDashboard({ mode }: { mode: 'review' | 'debrief' }) {
	const { t, format } = useLabUi();
	const results = LabContext.useSelector((s) => s.context.results);
	const tierIds = LabContext.useSelector((s) => s.context.tierIds);
	const config = LabContext.useSelector((s) => s.context.config);
	const tiering = LabContext.useSelector((s) => s.context.tiering);
	const played = LabContext.useSelector((s) => s.context.decisions.length);
	const debriefReferences = LabContext.useSelector((s) => s.context.references);
	const titleId = useId();
	const [wanted, setWanted] = useState(false);
	const [onDemand, setOnDemand] = useState<OnDemand | null>(null);

	useEffect(() => {
		if (mode !== 'review' || !wanted || !tiering) return;
		let live = true;
		setOnDemand({ rounds: played, references: null, error: null });
		requestSim('references', { config, tiering, rounds: played }).then(
			(references) => {
				if (live) setOnDemand({ rounds: played, references, error: null });
			},
			(error: unknown) => {
				if (live)
					setOnDemand({
						rounds: played,
						references: null,
						error: error instanceof Error ? error.message : String(error),
					});
			},
		);
		return () => {
			live = false;
		};
	}, [mode, wanted, tiering, config, played]);

	const references = mode === 'debrief' ? debriefReferences : (onDemand?.references ?? null);

	const timeCharts = useMemo(() => {
		if (!results) return null;
		const periods = periodsOf(results.rounds);
		const labels = periods.map((p) => p.period);
		const starts = eventStarts(results.rounds);
		const markers: ChartMarker[] = starts.map((s) => ({
			at: s.at,
			text: s.events.map((e) => describeEvent(t, format, e).short).join(t('lab.allocate.listSeparator')),
		}));
		const eventsAt = new Map(
			starts.map((s) => [
				s.at,
				s.events.map((e) => describeEvent(t, format, e).name).join(t('lab.allocate.listSeparator')),
			]),
		);
		const byTier = (metric: 'satisfaction' | 'churned'): ChartSeries[] =>
			tierSeries(periods, tierIds.length, metric).map((data, tier) => ({
				label: tierLabel(t, tierIds[tier] ?? ''),
				data,
			}));
		// The data tables list the events in a column of their own, so they are not only marks on a canvas.
		const table = (series: ChartSeries[], formatValue: (v: number) => string) => ({
			tableHeaders: [t('lab.outcome.period'), ...series.map((s) => s.label), t('lab.outcome.events')],
			tableRows: labels.map((label, i) => ({
				label: String(label),
				values: [
					...series.map((s) => {
						const v = (s.data as number[])[i];
						return v === undefined ? '' : formatValue(v);
					}),
					eventsAt.get(i) ?? '',
				],
			})),
		});
		const common = { type: 'line' as const, labels, markers, xTitle: t('lab.outcome.period') };
		const satisfaction = byTier('satisfaction');
		const churn = byTier('churned');
		const money = [
			{ label: t('lab.outcome.revenue'), data: periods.map((p) => p.total.revenue) },
			{ label: t('lab.outcome.costToServe'), data: periods.map((p) => p.total.costToServe), slot: 5 },
		];
		const profit = [{ label: t('lab.outcome.profit'), data: periods.map((p) => p.total.profit), slot: 2 }];
		const churnValue = (v: number) => format.decimal(v, 1);
		return (
			<>
				<ChartPanel
					{...common}
					title={t('lab.outcome.satisfaction')}
					description={t('lab.outcome.satisfactionDesc')}
					series={satisfaction}
					yTitle={t('lab.outcome.satisfactionAxis')}
					formatValue={format.satisfaction}
					{...table(satisfaction, format.satisfaction)}
				/>
				<ChartPanel
					{...common}
					title={t('lab.outcome.churn')}
					description={t('lab.outcome.churnDesc')}
					series={churn}
					yTitle={t('lab.outcome.churnAxis')}
					formatValue={churnValue}
					{...table(churn, churnValue)}
				/>
				<ChartPanel
					{...common}
					title={t('lab.outcome.revenueCost')}
					description={t('lab.outcome.revenueCostDesc')}
					series={money}
					yTitle={t('lab.outcome.moneyAxis')}
					formatValue={format.money}
					formatTick={format.moneyTick}
					{...table(money, format.money)}
				/>
				<ChartPanel
					{...common}
					title={t('lab.outcome.profitTitle')}
					description={t('lab.outcome.profitDesc')}
					series={profit}
					yTitle={t('lab.outcome.moneyAxis')}
					formatValue={format.money}
					formatTick={format.moneyTick}
					{...table(profit, format.money)}
				/>
			</>
		);
	}, [results, tierIds, t, format]);

	const scoreChart = useMemo(() => {
		if (!results || !references) return null;
		const rows = scoreRows(results, references);
		const labels = rows.map((r) => (r.id === 'yours' ? t('lab.outcome.yours') : t(`policy.${r.id}` as UiKey)));
		const parts = ['score', 'valueIndex', 'topTierSatisfaction', 'mvcRetention'] as const;
		const series = parts.map((part) => ({
			label: t(`lab.outcome.part.${part}` as UiKey),
			data: rows.map((r) => r.results.score[part]),
		}));
		return (
			<ChartPanel
				title={t('lab.outcome.scoreTitle')}
				description={t('lab.outcome.scoreDesc', { rounds: played })}
				type="bar"
				labels={labels}
				series={series}
				xTitle={t('lab.outcome.policy')}
				yTitle={t('lab.outcome.scoreAxis')}
				formatValue={(v) => format.decimal(v, 1)}
			/>
		);
	}, [results, references, played, t, format]);

	if (!results) return null;
	const comparing = mode === 'review' ? wanted && !onDemand?.references && !onDemand?.error : !references;
	return (
		<section className="course-outcome" aria-labelledby={titleId}>
			<h3 id={titleId}>{t('lab.outcome.title')}</h3>
			<div className="course-outcome__charts">{timeCharts}</div>
			<div className="course-outcome__score">
				{mode === 'review' && !wanted && (
					<>
						<p>{t('lab.outcome.compareHint', { rounds: played })}</p>
						<button type="button" onClick={() => setWanted(true)}>
							{t('lab.outcome.compare')}
						</button>
					</>
				)}
				{comparing && <p role="status">{t('lab.outcome.comparing')}</p>}
				{mode === 'review' && onDemand?.error && (
					<p role="alert">{t('lab.outcome.compareError', { message: onDemand.error })}</p>
				)}
				{scoreChart}
			</div>
		</section>
	);
}
