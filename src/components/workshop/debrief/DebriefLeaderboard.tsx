import { useId, useState } from 'react';
import type { UiKey } from '../../../i18n/uiStrings.ts';
import { type LeaderboardMetric, leaderboard, leaderboardMetrics } from '../../../sim/workshop/leaderboard.ts';
import type { SimilarPair } from '../../../sim/workshop/similarDecisions.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';
import { useLabUi } from '../../lab/LabUi.ts';
import { ScrollableTable } from '../../lab/ScrollableTable.tsx';
import { useProjectorOn } from './useProjector.ts';

/** Rows on one page of the board in projector mode: ten rows stay legible at the back of a room. */
export const BOARD_PAGE = 10;

/**
 * The leaderboard, ranked on the metric the facilitator picks, with a column naming the teams whose decisions look
 * like each other's. In projector mode it shows ten rows at a time, with buttons to page through the rest.
 */
export function DebriefLeaderboard({
	teams,
	similar,
	onRemove,
}: {
	teams: readonly VerifiedTeam[];
	similar: readonly SimilarPair[];
	onRemove: (team: string) => void;
}) {
	const { t, format } = useLabUi();
	const ids = { board: useId(), metric: useId() };
	const [metric, setMetric] = useState<LeaderboardMetric>('score');
	const [page, setPage] = useState(0);
	const projector = useProjectorOn();
	const rows = leaderboard(teams, metric);
	const pages = projector ? Math.ceil(rows.length / BOARD_PAGE) : 1;
	const at = Math.min(page, pages - 1);
	const shown = projector ? rows.slice(at * BOARD_PAGE, (at + 1) * BOARD_PAGE) : rows;
	const lookAlikes = (team: string) =>
		similar.flatMap((p) => (p.a === team ? [p.b] : p.b === team ? [p.a] : [])).join(t('lab.allocate.listSeparator'));
	const figure: Record<LeaderboardMetric, (v: number) => string> = {
		score: (v) => format.decimal(v, 1),
		profit: format.money,
		satisfaction: format.satisfaction,
		mvcRetention: (v) => format.percent(v / 100),
		residualClv: format.money,
		topTierSatisfaction: (v) => format.decimal(v, 1),
	};
	return (
		<>
			<h3 id={ids.board}>{t('workshop.debrief.leaderboard')}</h3>
			{rows.length === 0 ? (
				<p>{t('workshop.debrief.empty')}</p>
			) : (
				<>
					<fieldset className="workshop-metric workshop-noprint">
						<legend id={ids.metric}>{t('workshop.debrief.rankBy')}</legend>
						{leaderboardMetrics.map((m) => (
							<label key={m}>
								<input type="radio" name={ids.metric} checked={metric === m} onChange={() => setMetric(m)} />{' '}
								{t(`workshop.debrief.metric.${m}` as UiKey)}
							</label>
						))}
					</fieldset>
					<ScrollableTable className="workshop-board-scroll" label={t('workshop.debrief.leaderboard')}>
						<table className="workshop-board" aria-labelledby={ids.board}>
							<thead>
								<tr>
									<th scope="col">{t('workshop.debrief.col.rank')}</th>
									<th scope="col">{t('workshop.debrief.col.team')}</th>
									<th scope="col">{t('workshop.debrief.col.rounds')}</th>
									{leaderboardMetrics.map((m) => (
										<th key={m} scope="col" aria-sort={m === metric ? 'descending' : undefined}>
											{t(`workshop.debrief.metric.${m}` as UiKey)}
										</th>
									))}
									<th scope="col">{t('workshop.debrief.col.lookAlike')}</th>
									<th scope="col" className="workshop-noprint">
										<span className="sr-only">{t('workshop.debrief.remove', { team: '' })}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{shown.map((r) => (
									<tr key={r.team}>
										<td>{r.rank}</td>
										<th scope="row">{r.team}</th>
										<td>{r.roundsPlayed}</td>
										{leaderboardMetrics.map((m) => (
											<td key={m}>{figure[m](r[m])}</td>
										))}
										<td>{lookAlikes(r.team)}</td>
										<td className="workshop-noprint">
											{/* A short word on the button keeps the column narrow; the name says which team. */}
											<button
												type="button"
												aria-label={t('workshop.debrief.remove', { team: r.team })}
												onClick={() => onRemove(r.team)}
											>
												{t('workshop.debrief.removeShort')}
											</button>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</ScrollableTable>
					{pages > 1 && (
						<div className="course-lab__actions workshop-board-pages">
							<button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
								{t('workshop.debrief.boardPrevious')}
							</button>
							<span>
								{t('workshop.debrief.boardPage', {
									from: at * BOARD_PAGE + 1,
									to: Math.min(rows.length, (at + 1) * BOARD_PAGE),
									count: rows.length,
								})}
							</span>
							<button type="button" disabled={at === pages - 1} onClick={() => setPage(at + 1)}>
								{t('workshop.debrief.boardNext')}
							</button>
						</div>
					)}
					<p className="workshop-note">{t('workshop.debrief.leaderboardNote')}</p>
				</>
			)}
		</>
	);
}
