import { Fragment, useId } from 'react';
import type { UiKey } from '../../../i18n/uiStrings.ts';
import { decisionColumns, type TeamDecisions } from '../../../sim/workshop/teamDecisions.ts';
import { tierLabel, useLabUi } from '../../lab/LabUi.ts';
import { ScrollableTable } from '../../lab/ScrollableTable.tsx';
import { decisionCell, tieringText } from './decisionCell.ts';

/**
 * Every team's decisions in one round, side by side: a row per team and tier, with the team's tiering, so the room
 * sees at a glance who spent where. A team that had not played the round shows its tiering only.
 */
export function DecisionsSideBySide({ all, round }: { all: readonly TeamDecisions[]; round: number }) {
	const { t, format } = useLabUi();
	const id = useId();
	const caption = t('workshop.debrief.decisionsRound', { round });
	return (
		<ScrollableTable className="workshop-board-scroll" label={caption}>
			<table className="workshop-board workshop-decisions__all" aria-labelledby={id}>
				<caption id={id}>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">{t('workshop.debrief.col.team')}</th>
						<th scope="col">{t('workshop.debrief.tiering')}</th>
						<th scope="col">{t('lab.tier.col.tier')}</th>
						{decisionColumns.map((key) => (
							<th key={key} scope="col">
								{t(`workshop.debrief.resource.${key}` as UiKey)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{all.map((d) => {
						const tiers = d.rounds[round - 1];
						const span = tiers?.length ?? 1;
						const head = (
							<>
								<th scope="rowgroup" rowSpan={span}>
									{d.team}
								</th>
								<td className="workshop-board__text" rowSpan={span}>
									{tieringText(t, format, d.tiering)}
								</td>
							</>
						);
						if (!tiers)
							return (
								<tr key={d.team}>
									{head}
									<td className="workshop-board__text" colSpan={decisionColumns.length + 1}>
										{t('workshop.debrief.notPlayed', { round })}
									</td>
								</tr>
							);
						return (
							<Fragment key={d.team}>
								{tiers.map((tier, k) => (
									<tr key={d.tiers[k]?.id ?? k}>
										{k === 0 && head}
										<th scope="row">{tierLabel(t, d.tiers[k]?.id ?? '')}</th>
										{decisionColumns.map((key) => (
											<td key={key}>{decisionCell(format, key, tier[key])}</td>
										))}
									</tr>
								))}
							</Fragment>
						);
					})}
				</tbody>
			</table>
		</ScrollableTable>
	);
}
