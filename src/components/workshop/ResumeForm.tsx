import { useId, useState } from 'react';
import { checkText } from '../../i18n/checkText.ts';
import type { Translate } from '../../i18n/translator.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import { parseTeamResult } from '../../sim/workshop/teamResult.ts';
import { sessionCode, type WorkshopSession } from '../../sim/workshop/workshopSession.ts';
import { writeSavedLab } from '../lab/useLabPersistence.ts';
import { rememberTeam } from './teamDevice.ts';

/**
 * "Carry on from your result code": a team that changed device (or lost its tab) pastes the code it handed in or was
 * offered after a round, and continues where it was. The rounds are replayed here, so only what the engine computes
 * from the code's decisions is restored. The page's session, when it has one, must be the code's.
 */
export function ResumeForm({
	t,
	session,
	onResumed,
}: {
	t: Translate;
	session: WorkshopSession | null;
	onResumed: (code: string, team: number) => void;
}) {
	const [text, setText] = useState('');
	const [status, setStatus] = useState<{ kind: 'working' | 'problem'; text: string } | null>(null);
	const id = useId();
	return (
		<form
			className="workshop-resume"
			aria-labelledby={`${id}-title`}
			onSubmit={(e) => {
				e.preventDefault();
				const parsed = parseTeamResult(text);
				if (!parsed.ok) {
					setStatus({ kind: 'problem', text: checkText(t, parsed) });
					return;
				}
				setStatus({ kind: 'working', text: t('workshop.resume.working') });
				// The replay is imported when used: it brings the exercise machine, which the picker does not need.
				import('../../sim/workshop/resumeTeam.ts')
					.then(({ resumeTeam }) => resumeTeam(parsed.value, session ?? undefined))
					.then(
						(resumed) => {
							if (!resumed.ok) {
								setStatus({ kind: 'problem', text: checkText(t, resumed) });
								return;
							}
							const { session: s, team, snapshot } = resumed.value;
							const id = sessionId(s);
							const written = writeSavedLab(`workshop:${id}:${team}`, snapshot);
							if (written === 'storageOff') {
								setStatus({ kind: 'problem', text: t('workshop.resume.storageOff') });
								return;
							}
							rememberTeam(id, team);
							onResumed(sessionCode(s), team);
						},
						() => setStatus({ kind: 'problem', text: t('workshop.facilitator.loadFailed') }),
					);
			}}
		>
			<h2 id={`${id}-title`}>{t('workshop.resume.heading')}</h2>
			<p>{t('workshop.resume.intro')}</p>
			<label htmlFor={id}>{t('workshop.resume.label')}</label>
			<textarea
				id={id}
				rows={3}
				value={text}
				onChange={(e) => setText(e.target.value)}
				autoComplete="off"
				spellCheck={false}
			/>
			<button type="submit" disabled={status?.kind === 'working'}>
				{t('workshop.resume.button')}
			</button>
			{status && (
				<p
					className={status.kind === 'problem' ? 'course-lab__error' : undefined}
					role={status.kind === 'problem' ? 'alert' : 'status'}
				>
					{status.text}
				</p>
			)}
		</form>
	);
}
