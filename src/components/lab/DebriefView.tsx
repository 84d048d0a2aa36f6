import { useId } from 'react';
import type { UiKey } from '../../i18n/uiStrings.ts';
import { explainScore } from '../../sim/exercise/explainFigures.ts';
import { ExplainNumber } from './ExplainNumber.tsx';
import { LabContext } from './LabContext.ts';
import { useLabUi } from './LabUi.ts';
import { OutcomeDashboard } from './OutcomeDashboard.tsx';
import { rankOfYours, scoreRows } from './outcomeSeries.ts';
import { ScrollableTable } from './ScrollableTable.tsx';

/**
 * The debrief: the final score and its weighted parts, horizon profit against the residual CLV, the reference
 * policies on the same tiering, the scenario's discussion questions, and the outcome dashboard.
 */
export function DebriefView() {
	const { t, format, scenario, locale } = useLabUi();
	const results = LabContext.useSelector((s) => s.context.results);
	const references = LabContext.useSelector((s) => s.context.references);
	const rounds = LabContext.useSelector((s) => s.context.rounds);
	const titleId = useId();
	if (!results) return null;

	const played = results.rounds.length;
	const s = results.score;
	const parts = explainScore(s, scenario.scoring);
	const rows = references ? scoreRows(results, references) : null;
	const d1 = (v: number) => format.decimal(v, 1);

	return (
		<>
			<section className="course-debrief" aria-labelledby={titleId}>
				<h3 id={titleId}>{t('lab.debrief.title')}</h3>
				<p className="course-debrief__score">
					<span>{t('lab.debrief.finalScore')}</span> <strong>{d1(s.score)}</strong>
				</p>
				<p>{t(played < rounds ? 'lab.debrief.playedEarly' : 'lab.debrief.played', { played, rounds })}</p>

				<h4>{t('lab.debrief.partsTitle')}</h4>
				<ScrollableTable className="course-debrief__table" label={t('lab.debrief.partsTitle')}>
					<table>
						<thead>
							<tr>
								<th scope="col">{t('lab.debrief.part')}</th>
								<th scope="col">{t('lab.debrief.figure')}</th>
								<th scope="col">{t('lab.debrief.weight')}</th>
								<th scope="col">{t('lab.debrief.contribution')}</th>
							</tr>
						</thead>
						<tbody>
							{parts.parts.map((p) => (
								<tr key={p.part}>
									<th scope="row">
										{t(`lab.outcome.part.${p.part}`)}
										<span className="course-debrief__hint">{t(`lab.debrief.about.${p.part}`)}</span>
									</th>
									<td>{d1(p.figure)}</td>
									<td>{format.percent(p.weight)}</td>
									<td>{d1(p.contribution)}</td>
								</tr>
							))}
							<tr>
								<th scope="row">{t('lab.outcome.part.score')}</th>
								<td />
								<td>{format.percent(parts.parts.reduce((sum, p) => sum + p.weight, 0))}</td>
								<td>{d1(parts.total)}</td>
							</tr>
						</tbody>
					</table>
				</ScrollableTable>

				<h4>{t('lab.debrief.valueTitle')}</h4>
				<dl className="course-review__score">
					<div>
						<dt>{t('lab.debrief.horizonProfit', { played })}</dt>
						<dd>{format.money(s.horizonProfit)}</dd>
					</div>
					<div>
						<dt>{t('lab.debrief.residualClv')}</dt>
						<dd>{format.money(s.residualClv)}</dd>
					</div>
					<div className="is-total">
						<dt>{t('lab.debrief.value')}</dt>
						<dd>{format.money(s.value)}</dd>
					</div>
				</dl>
				<p>{t('lab.debrief.whyBoth')}</p>

				<h4>{t('lab.debrief.referencesTitle')}</h4>
				{rows ? (
					<>
						<p>{t('lab.debrief.rank', { rank: rankOfYours(rows), count: rows.length })}</p>
						<ScrollableTable className="course-debrief__table" label={t('lab.debrief.referencesCaption', { played })}>
							<table>
								<caption>{t('lab.debrief.referencesCaption', { played })}</caption>
								<thead>
									<tr>
										<th scope="col">{t('lab.outcome.policy')}</th>
										<th scope="col">{t('lab.outcome.part.score')}</th>
										<th scope="col">{t('lab.outcome.part.valueIndex')}</th>
										<th scope="col">{t('lab.outcome.part.topTierSatisfaction')}</th>
										<th scope="col">{t('lab.outcome.part.mvcRetention')}</th>
										<th scope="col">{t('lab.review.horizonProfit')}</th>
										<th scope="col">{t('lab.review.residualClv')}</th>
									</tr>
								</thead>
								<tbody>
									{rows.map(({ id, results: r }) => (
										<tr key={id} className={id === 'yours' ? 'is-yours' : undefined}>
											<th scope="row">
												{id === 'yours' ? t('lab.outcome.yours') : t(`policy.${id}` as UiKey)}
												{id !== 'yours' && (
													<span className="course-debrief__hint">{t(`policy.${id}.about` as UiKey)}</span>
												)}
											</th>
											<td>{d1(r.score.score)}</td>
											<td>{d1(r.score.valueIndex)}</td>
											<td>{d1(r.score.topTierSatisfaction)}</td>
											<td>{d1(r.score.mvcRetention)}</td>
											<td>{format.money(r.score.horizonProfit)}</td>
											<td>{format.money(r.score.residualClv)}</td>
										</tr>
									))}
								</tbody>
							</table>
						</ScrollableTable>
					</>
				) : (
					<p role="status">{t('lab.outcome.comparing')}</p>
				)}

				<h4>{t('lab.debrief.questionsTitle')}</h4>
				<ol className="course-debrief__questions">
					{scenario.debriefQuestions[locale].map((q) => (
						<li key={q}>{q}</li>
					))}
				</ol>

				<ExplainNumber />
			</section>
			<OutcomeDashboard mode="debrief" />
		</>
	);
}
