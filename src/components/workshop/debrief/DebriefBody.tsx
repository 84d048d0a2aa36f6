import { useMemo } from 'react';
import type { Scenario } from '../../../sim/scenarios/scenarioSchema.ts';
import { similarDecisions } from '../../../sim/workshop/similarDecisions.ts';
import { teamColours } from '../../../sim/workshop/teamColours.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';
import type { WorkshopSession } from '../../../sim/workshop/workshopSession.ts';
import { useLabUi } from '../../lab/LabUi.ts';
import { DebriefCharts } from '../DebriefCharts.tsx';
import { DebriefLeaderboard } from './DebriefLeaderboard.tsx';
import { SessionEvents } from './SessionEvents.tsx';
import { SimilarTeams } from './SimilarTeams.tsx';
import { TeamDecisionsPanel } from './TeamDecisionsPanel.tsx';

/**
 * What the debrief shows once the session is known: what was played (events and questions), the leaderboard, the
 * teams whose decisions look copied, each team's decisions, and the charts. Team colours follow the roster's order,
 * so a team keeps its colour whichever teams are loaded.
 */
export function DebriefBody({
	session,
	base,
	teams,
	onRemove,
}: {
	session: WorkshopSession;
	base: Scenario;
	teams: readonly VerifiedTeam[];
	onRemove: (team: string) => void;
}) {
	const { scenario } = useLabUi();
	const similar = useMemo(() => similarDecisions(teams.map((x) => x.result)), [teams]);
	const colours = useMemo(() => {
		const all = teamColours(session.teams);
		return new Map(session.teams.map((name, i) => [name, all[i] as string]));
	}, [session.teams]);
	return (
		<>
			<SessionEvents session={session} base={base} />
			<DebriefLeaderboard teams={teams} similar={similar} onRemove={onRemove} />
			{teams.length > 0 && (
				<>
					<SimilarTeams pairs={similar} />
					<TeamDecisionsPanel teams={teams} />
					<DebriefCharts session={session} scenario={scenario} teams={teams} colours={colours} />
				</>
			)}
		</>
	);
}
