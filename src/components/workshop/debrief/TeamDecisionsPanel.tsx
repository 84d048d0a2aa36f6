import { useId, useMemo, useState } from 'react';
import { teamDecisions } from '../../../sim/workshop/teamDecisions.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';
import { useLabUi } from '../../lab/LabUi.ts';
import { DecisionsSideBySide } from './DecisionsSideBySide.tsx';
import { TeamDecisions } from './TeamDecisions.tsx';

const ALL = '';

/**
 * What each team decided: all teams side by side for one round, or one team's tiering and every round, chosen from
 * a list so the facilitator can put a single team on the screen and discuss it.
 */
export function TeamDecisionsPanel({ teams }: { teams: readonly VerifiedTeam[] }) {
	const { t } = useLabUi();
	const ids = { title: useId(), team: useId(), round: useId() };
	const [team, setTeam] = useState(ALL);
	const [round, setRound] = useState(1);
	const all = useMemo(() => teams.map(teamDecisions), [teams]);
	const rounds = Math.max(1, ...teams.map((x) => x.roundsPlayed));
	const chosen = all.find((d) => d.team === team);
	return (
		<section className="workshop-decisions" aria-labelledby={ids.title}>
			<h3 id={ids.title}>{t('workshop.debrief.decisions')}</h3>
			<div className="workshop-decisions__pick workshop-noprint">
				<label htmlFor={ids.team}>{t('workshop.debrief.decisionsShow')}</label>
				<select id={ids.team} value={chosen ? team : ALL} onChange={(e) => setTeam(e.target.value)}>
					<option value={ALL}>{t('workshop.debrief.decisionsAll')}</option>
					{all.map((d) => (
						<option key={d.team} value={d.team}>
							{d.team}
						</option>
					))}
				</select>
				{!chosen && (
					<>
						<label htmlFor={ids.round}>{t('workshop.debrief.xlsx.round')}</label>
						<select id={ids.round} value={Math.min(round, rounds)} onChange={(e) => setRound(Number(e.target.value))}>
							{Array.from({ length: rounds }, (_, r) => (
								// biome-ignore lint/suspicious/noArrayIndexKey: round numbers are the options' identity.
								<option key={r} value={r + 1}>
									{t('workshop.roundLabel', { round: r + 1 })}
								</option>
							))}
						</select>
					</>
				)}
			</div>
			{chosen ? (
				<TeamDecisions decisions={chosen} />
			) : (
				<DecisionsSideBySide all={all} round={Math.min(round, rounds)} />
			)}
		</section>
	);
}
