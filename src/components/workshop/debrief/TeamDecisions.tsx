import { Fragment, useId } from 'react';
import type { UiKey } from '../../../i18n/uiStrings.ts';
import { type TeamDecisions as Decisions, decisionColumns } from '../../../sim/workshop/teamDecisions.ts';
import { tierLabel, useLabUi } from '../../lab/LabUi.ts';
import { ScrollableTable } from '../../lab/ScrollableTable.tsx';
import { decisionCell, tieringText } from './decisionCell.ts';

/** One team's decisions, for the screen: its tiering with each tier's size, then every round's allocation per tier. */
export function TeamDecisions({ decisions }: { decisions: Decisions }) {
	const { t, format } = useLabUi();
	const id = useId();
	const caption = t('workshop.debrief.decisionsOf', { team: decisions.team });
	return (
		<div className="workshop-decisions__one">
			<h4 id={id}>{caption}</h4>
			<p>
				{t('workshop.debrief.tiering')}: {tieringText(t, format, decisions.tiering)}
			</p>
			<ul className="workshop-decisions__tiers">
				{decisions.tiers.map((tier) => (
					<li key={tier.id}>
						{t('workshop.debrief.tierSize', { tier: tierLabel(t, tier.id), count: format.count(tier.customers) })}
					</li>
				))}
			</ul>
			{decisions.rounds.length === 0 ? (
				<p>{t('workshop.debrief.noRounds')}</p>
			) : (
				<ScrollableTable className="workshop-board-scroll" label={caption}>
					<table className="workshop-board" aria-labelledby={id}>
						<thead>
							<tr>
								<th scope="col">{t('workshop.debrief.xlsx.round')}</th>
								<th scope="col">{t('lab.tier.col.tier')}</th>
								{decisionColumns.map((key) => (
									<th key={key} scope="col">
										{t(`workshop.debrief.resource.${key}` as UiKey)}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{decisions.rounds.map((round, r) => (
								// biome-ignore lint/suspicious/noArrayIndexKey: rounds are positional, and never reordered.
								<Fragment key={r}>
									{round.map((tier, k) => (
										<tr key={decisions.tiers[k]?.id ?? k}>
											{k === 0 && (
												<th scope="rowgroup" rowSpan={round.length}>
													{t('workshop.roundLabel', { round: r + 1 })}
												</th>
											)}
											<th scope="row">{tierLabel(t, decisions.tiers[k]?.id ?? '')}</th>
											{decisionColumns.map((key) => (
												<td key={key}>{decisionCell(format, key, tier[key])}</td>
											))}
										</tr>
									))}
								</Fragment>
							))}
						</tbody>
					</table>
				</ScrollableTable>
			)}
		</div>
	);
}
