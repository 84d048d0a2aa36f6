import { useEffect, useId } from 'react';
import { describeEvent } from './describeEvent.ts';
import { ExplainNumber } from './ExplainNumber.tsx';
import { LabContext } from './LabContext.ts';
import { type LabUi, tierLabel, useLabUi } from './LabUi.ts';
import { OutcomeDashboard } from './OutcomeDashboard.tsx';
import { type RoundChange, roundChanges, type Snapshot, trendOf } from './outcomeSeries.ts';
import { ScrollableTable } from './ScrollableTable.tsx';

/** Below these, a change is shown as none: rounding noise, not an outcome. */
const tolerance: Record<keyof Snapshot, number> = { satisfaction: 0.005, customers: 0.05, profit: 0.5 };

/** A change in words and an arrow (never colour alone): "▲ up 0.12". */
function changeText(t: LabUi['t'], before: number, after: number, metric: keyof Snapshot, show: (v: number) => string) {
	const trend = trendOf(before, after, tolerance[metric]);
	return trend === 'same'
		? t('lab.review.same')
		: t(trend === 'up' ? 'lab.review.up' : 'lab.review.down', { amount: show(Math.abs(after - before)) });
}

/**
 * The review of the round just played, above the outcome dashboard: what changed per tier, which events opened the
 * round, the score so far, and "explain this number". In the debrief the debrief view takes over.
 */
export function RoundReview() {
	const { t, format, steps, announce, scenario } = useLabUi();
	const state = LabContext.useSelector((s) => String(s.value));
	const results = LabContext.useSelector((s) => s.context.results);
	const tierIds = LabContext.useSelector((s) => s.context.tierIds);
	const tierSummary = LabContext.useSelector((s) => s.context.tierSummary);
	const rounds = LabContext.useSelector((s) => s.context.rounds);
	const titleId = useId();

	const round = results?.rounds.at(-1);
	const changes = results ? roundChanges(results.rounds, tierSummary, scenario.periodsPerYear) : null;
	const show = {
		satisfaction: format.satisfaction,
		customers: (v: number) => format.decimal(v, 1),
		profit: format.money,
	};

	// Runs after the shell's own "round done" message (child effects run first), so the summary is heard last.
	const announcement =
		changes && round
			? t('lab.review.announce', {
					round: round.round,
					profit: format.money(changes.total.after.profit),
					profitChange: changeText(t, changes.total.before.profit, changes.total.after.profit, 'profit', show.profit),
					tier: tierLabel(t, tierIds[0] ?? ''),
					satisfaction: format.satisfaction(changes.tiers[0]?.after.satisfaction ?? 0),
					satisfactionChange: changeText(
						t,
						changes.tiers[0]?.before.satisfaction ?? 0,
						changes.tiers[0]?.after.satisfaction ?? 0,
						'satisfaction',
						show.satisfaction,
					),
					score: format.decimal(results?.score.score ?? 0, 1),
				})
			: '';
	useEffect(() => {
		if (state !== 'review' || !announcement) return;
		const timer = setTimeout(() => announce(announcement), 0);
		return () => clearTimeout(timer);
	}, [state, announcement, announce]);

	if (!results || !round || !changes) return null;
	if (state === 'debrief' && steps.includes('debrief')) return null;

	const cell = (change: RoundChange, metric: keyof Snapshot) => (
		<td>
			<span className="course-review__now">{show[metric](change.after[metric])}</span>
			<span className="course-review__change">
				{changeText(t, change.before[metric], change.after[metric], metric, show[metric])}
			</span>
			<span className="course-review__was">{t('lab.review.was', { value: show[metric](change.before[metric]) })}</span>
		</td>
	);
	const s = results.score;

	return (
		<>
			<section className="course-review" aria-labelledby={titleId}>
				<h3 id={titleId}>{t('lab.review.title', { round: round.round, rounds })}</h3>

				<h4>{t('lab.review.changesTitle')}</h4>
				<p>{t(round.round === 1 ? 'lab.review.changesIntroFirst' : 'lab.review.changesIntro')}</p>
				<ScrollableTable className="course-review__table" label={t('lab.review.changesTitle')}>
					<table>
						<thead>
							<tr>
								<th scope="col">{t('lab.review.tier')}</th>
								<th scope="col">{t('lab.review.satisfaction')}</th>
								<th scope="col">{t('lab.review.customers')}</th>
								<th scope="col">{t('lab.review.profit')}</th>
							</tr>
						</thead>
						<tbody>
							{changes.tiers.map((change, tier) => (
								<tr key={tierIds[tier] ?? tier}>
									<th scope="row">{tierLabel(t, tierIds[tier] ?? '')}</th>
									{cell(change, 'satisfaction')}
									{cell(change, 'customers')}
									{cell(change, 'profit')}
								</tr>
							))}
							<tr className="course-review__total">
								<th scope="row">{t('lab.review.total')}</th>
								{cell(changes.total, 'satisfaction')}
								{cell(changes.total, 'customers')}
								{cell(changes.total, 'profit')}
							</tr>
						</tbody>
					</table>
				</ScrollableTable>

				<h4>{t('lab.review.eventsTitle')}</h4>
				{round.events.length === 0 ? (
					<p>{t('lab.review.noEvents')}</p>
				) : (
					<ul>
						{round.events.map((e) => {
							const text = describeEvent(t, format, e);
							return (
								<li key={e.type}>
									<strong>{text.name}</strong>: {text.detail}
								</li>
							);
						})}
					</ul>
				)}

				<h4>{t('lab.review.scoreTitle')}</h4>
				<p>{t('lab.review.scoreIntro', { played: results.rounds.length, rounds })}</p>
				<dl className="course-review__score">
					<div className="is-total">
						<dt>{t('lab.outcome.part.score')}</dt>
						<dd>{format.decimal(s.score, 1)}</dd>
					</div>
					<div>
						<dt>{t('lab.outcome.part.valueIndex')}</dt>
						<dd>{format.decimal(s.valueIndex, 1)}</dd>
					</div>
					<div>
						<dt>{t('lab.outcome.part.topTierSatisfaction')}</dt>
						<dd>{format.decimal(s.topTierSatisfaction, 1)}</dd>
					</div>
					<div>
						<dt>{t('lab.outcome.part.mvcRetention')}</dt>
						<dd>{format.decimal(s.mvcRetention, 1)}</dd>
					</div>
					<div>
						<dt>{t('lab.review.horizonProfit')}</dt>
						<dd>{format.money(s.horizonProfit)}</dd>
					</div>
					<div>
						<dt>{t('lab.review.residualClv')}</dt>
						<dd>{format.money(s.residualClv)}</dd>
					</div>
				</dl>

				<ExplainNumber />
			</section>
			<OutcomeDashboard mode="review" />
		</>
	);
}
