import { useMemo } from 'react';
import { referenceResults } from '../../sim/exercise/exerciseSteps.ts';
import { referencePolicies } from '../../sim/policies/referenceAllocations.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { tieringSpecSchema } from '../../sim/tiering/tieringSpec.ts';
import { claimsOf } from '../../sim/workshop/teamResult.ts';
import type { VerifiedTeam } from '../../sim/workshop/verifyTeamResult.ts';
import { type WorkshopSession, workshopExerciseConfig } from '../../sim/workshop/workshopSession.ts';
import { ChartPanel, type ChartSeries } from '../lab/ChartPanel.tsx';
import { useLabUi } from '../lab/LabUi.ts';

/** The four policies a debrief compares teams with (doing nothing is not a policy anyone plays). */
const shown = referencePolicies.filter((p) => p !== 'none');

/**
 * Round-by-round comparison of all teams with the reference policies: profit per round and satisfaction at the end
 * of each round. The references run on the scenario's default tiering, the same for every team.
 */
export function DebriefCharts({
	session,
	scenario,
	teams,
}: {
	session: WorkshopSession;
	scenario: Scenario;
	teams: readonly VerifiedTeam[];
}) {
	const { t, format } = useLabUi();
	const references = useMemo(() => {
		const config = workshopExerciseConfig(session, scenario);
		const all = referenceResults(config, tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), session.rounds);
		return shown.map((policy) => ({ policy, claims: claimsOf(all[policy], session.rounds) }));
	}, [session, scenario]);
	const labels = Array.from({ length: session.rounds }, (_, r) => t('workshop.roundLabel', { round: r + 1 }));
	const markers = scenario.events.map((e) => ({ at: e.round - 1, text: t(`event.${e.type}.short`) }));
	const series = (pick: (round: { profit: number; satisfaction: number }) => number): ChartSeries[] => [
		...teams.map((team, i) => ({ label: team.team, data: team.claims.rounds.map(pick), slot: i })),
		...references.map((r, i) => ({
			label: t('workshop.debrief.reference', { policy: t(`policy.${r.policy}`) }),
			data: r.claims.rounds.map(pick),
			slot: teams.length + i,
		})),
	];
	return (
		<>
			<ChartPanel
				title={t('workshop.debrief.chartProfit')}
				description={t('workshop.debrief.chartProfitAbout')}
				type="line"
				labels={labels}
				series={series((r) => r.profit)}
				xTitle={t('workshop.debrief.col.rounds')}
				yTitle={t('workshop.debrief.metric.profit')}
				formatValue={format.money}
				formatTick={format.moneyTick}
				markers={markers}
			/>
			<ChartPanel
				title={t('workshop.debrief.chartSatisfaction')}
				description={t('workshop.debrief.chartSatisfactionAbout')}
				type="line"
				labels={labels}
				series={series((r) => r.satisfaction)}
				xTitle={t('workshop.debrief.col.rounds')}
				yTitle={t('workshop.debrief.metric.satisfaction')}
				formatValue={format.satisfaction}
				markers={markers}
			/>
		</>
	);
}
