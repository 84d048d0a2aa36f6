import { useId, useMemo, useState } from 'react';
import { referenceResults, YARDSTICK_TIERING } from '../../sim/exercise/exerciseSteps.ts';
import { referencePolicies } from '../../sim/policies/referenceAllocations.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { referenceGrey } from '../../sim/workshop/teamColours.ts';
import { claimsOf } from '../../sim/workshop/teamResult.ts';
import type { VerifiedTeam } from '../../sim/workshop/verifyTeamResult.ts';
import { type WorkshopSession, workshopExerciseConfig } from '../../sim/workshop/workshopSession.ts';
import { ChartPanel, type ChartSeries } from '../lab/ChartPanel.tsx';
import { useLabUi } from '../lab/LabUi.ts';

/** From this many teams on, one small chart per team replaces the one crowded chart (30 lines are a blur). */
export const SMALL_MULTIPLES_FROM = 9;

// The reference lines: all one grey, told apart by their dashes, so no reference is mistaken for a team. "No
// service" is among them: what the portfolio does when nobody serves it is the floor every team should beat.
const referenceDashes: Record<(typeof referencePolicies)[number], number[]> = {
	'status-quo': [8, 4],
	uniform: [2, 3],
	'value-proportional': [12, 3, 2, 3],
	'needs-based': [5, 5],
	none: [1, 5],
};

type Pick = (round: { profit: number; satisfaction: number }) => number;

/**
 * Round-by-round comparison of the teams with the reference policies: profit per round and satisfaction at the end
 * of each round. Teams are drawn in their colours (`teamColours`), references in dashed grey. The references run on
 * the strategic / key / ordinary tiering, the same for every team. With many teams, each gets a small chart of its
 * own, against the same references.
 */
export function DebriefCharts({
	session,
	scenario,
	teams,
	colours,
}: {
	session: WorkshopSession;
	scenario: Scenario;
	teams: readonly VerifiedTeam[];
	colours: ReadonlyMap<string, string>;
}) {
	const { t, format } = useLabUi();
	const [shown, setShown] = useState<'profit' | 'satisfaction'>('profit');
	const name = useId();
	const references = useMemo(() => {
		const config = workshopExerciseConfig(session, scenario);
		const all = referenceResults(config, YARDSTICK_TIERING, session.rounds);
		return referencePolicies.map((policy) => ({ policy, claims: claimsOf(all[policy], session.rounds) }));
	}, [session, scenario]);
	const labels = Array.from({ length: session.rounds }, (_, r) => t('workshop.roundLabel', { round: r + 1 }));
	const markers = scenario.events.map((e) => ({ at: e.round - 1, text: t(`event.${e.type}.short`) }));
	const teamSeries = (team: VerifiedTeam, i: number, pick: Pick): ChartSeries => ({
		label: team.team,
		data: team.claims.rounds.map(pick),
		slot: i,
		colour: colours.get(team.team),
	});
	const referenceSeries = (pick: Pick, from: number): ChartSeries[] =>
		references.map((r, i) => ({
			label: t('workshop.debrief.reference', { policy: t(`policy.${r.policy}`) }),
			data: r.claims.rounds.map(pick),
			slot: from + i,
			colour: referenceGrey,
			dash: referenceDashes[r.policy],
		}));
	const charts = {
		profit: {
			pick: ((r) => r.profit) as Pick,
			title: t('workshop.debrief.chartProfit'),
			about: t('workshop.debrief.chartProfitAbout'),
			yTitle: t('workshop.debrief.metric.profit'),
			formatValue: format.money,
			formatTick: format.moneyTick,
		},
		satisfaction: {
			pick: ((r) => r.satisfaction) as Pick,
			title: t('workshop.debrief.chartSatisfaction'),
			about: t('workshop.debrief.chartSatisfactionAbout'),
			yTitle: t('workshop.debrief.metric.satisfaction'),
			formatValue: format.satisfaction,
			formatTick: format.satisfaction,
		},
	};
	const common = { type: 'line' as const, labels, xTitle: t('workshop.debrief.col.rounds'), markers };

	if (teams.length < SMALL_MULTIPLES_FROM)
		return (
			<>
				{(['profit', 'satisfaction'] as const).map((key) => {
					const c = charts[key];
					return (
						<ChartPanel
							key={key}
							{...common}
							title={c.title}
							description={c.about}
							series={[...teams.map((x, i) => teamSeries(x, i, c.pick)), ...referenceSeries(c.pick, teams.length)]}
							yTitle={c.yTitle}
							formatValue={c.formatValue}
							formatTick={c.formatTick}
						/>
					);
				})}
			</>
		);

	const c = charts[shown];
	return (
		<section className="workshop-multiples" aria-label={c.title}>
			<fieldset className="workshop-metric workshop-noprint">
				<legend>{t('workshop.debrief.multiplesShow')}</legend>
				{(['profit', 'satisfaction'] as const).map((key) => (
					<label key={key}>
						<input type="radio" name={name} checked={shown === key} onChange={() => setShown(key)} />{' '}
						{t(`workshop.debrief.metric.${key}`)}
					</label>
				))}
			</fieldset>
			<p>{t('workshop.debrief.multiplesAbout', { count: teams.length, about: c.about })}</p>
			<div className="workshop-multiples__grid">
				{teams.map((team, i) => (
					<ChartPanel
						key={team.team}
						{...common}
						compact
						title={t('workshop.debrief.multipleTitle', { team: team.team, chart: c.yTitle })}
						description={c.about}
						series={[teamSeries(team, i, c.pick), ...referenceSeries(c.pick, 1)]}
						yTitle={c.yTitle}
						formatValue={c.formatValue}
						formatTick={c.formatTick}
					/>
				))}
			</div>
		</section>
	);
}
