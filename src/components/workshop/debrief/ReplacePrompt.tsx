import { useEffect, useId, useRef } from 'react';
import type { Translate } from '../../../i18n/uiStrings.ts';
import { isNewerHandIn } from '../../../sim/workshop/admitHandIns.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';
import type { Formatters } from '../../lab/formatters.ts';
import type { PendingReplace } from './useDebriefImport.ts';

/** One version of a team's hand-in, as the prompt compares it: rounds played and score. */
function Version({ t, format, label, team }: { t: Translate; format: Formatters; label: string; team: VerifiedTeam }) {
	const score = team.claims.score;
	return (
		<li>
			<strong>{label}</strong>{' '}
			{t('workshop.debrief.replaceVersion', {
				played: team.roundsPlayed,
				rounds: team.session.rounds,
				score: score ? format.decimal(score.score, 1) : '—',
			})}
		</li>
	);
}

/**
 * Asks, one team at a time, whether a hand-in replaces the one loaded for its team, showing both versions' rounds and
 * score; when some of the waiting hand-ins played more rounds than the loaded ones (final codes after mid-game
 * ones), one button replaces all of those at once.
 */
export function ReplacePrompt({
	t,
	format,
	pending,
	onAnswer,
	onReplaceAllNewer,
}: {
	t: Translate;
	format: Formatters;
	pending: readonly PendingReplace[];
	onAnswer: (replace: boolean) => void;
	onReplaceAllNewer: () => void;
}) {
	const id = useId();
	const first = useRef<HTMLButtonElement>(null);
	const ask = pending[0];
	// Each new question takes the focus, so a keyboard user answers it without hunting for it.
	useEffect(() => {
		if (ask) first.current?.focus();
	}, [ask]);
	if (!ask) return null;
	const newer = new Set(pending.filter((p) => isNewerHandIn(p.team, p.loaded)).map((p) => p.team.team)).size;
	return (
		<div className="workshop-ask workshop-noprint" role="alertdialog" aria-labelledby={id}>
			<p id={id}>{t('workshop.debrief.replaceAsk', { team: ask.team.team, name: ask.name })}</p>
			<ul>
				<Version t={t} format={format} label={t('workshop.debrief.replaceLoaded')} team={ask.loaded} />
				<Version
					t={t}
					format={format}
					label={t('workshop.debrief.replaceIncoming', { name: ask.name })}
					team={ask.team}
				/>
			</ul>
			{pending.length > 1 && <p>{t('workshop.debrief.replaceWaiting', { count: pending.length - 1 })}</p>}
			<div className="course-lab__actions">
				<button ref={first} type="button" onClick={() => onAnswer(true)}>
					{t('workshop.debrief.replaceYes')}
				</button>
				<button type="button" onClick={() => onAnswer(false)}>
					{t('workshop.debrief.replaceNo')}
				</button>
				{newer > 0 && (
					<button type="button" onClick={onReplaceAllNewer}>
						{t('workshop.debrief.replaceAllNewer', { count: newer })}
					</button>
				)}
			</div>
		</div>
	);
}
