import { useId, useMemo, useRef, useState } from 'react';
import { fileSafe } from '../../sim/workshop/sessionHash.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import { buildTeamResult, teamResultCode, teamResultFile } from '../../sim/workshop/teamResult.ts';
import type { WorkshopSession } from '../../sim/workshop/workshopSession.ts';
import { LabContext } from '../lab/LabContext.ts';
import { useLabUi } from '../lab/LabUi.ts';

/**
 * "Hand in your result": the team's session, tiering, locked decisions and results as a code to paste and as a JSON
 * file, available at any point after the tiering. Rendered inside the team's lab, so it reads the exercise actor.
 */
export function HandInPanel({ session, team }: { session: WorkshopSession; team: string }) {
	const { t, announce } = useLabUi();
	const state = LabContext.useSelector((s) => String(s.value));
	const tiering = LabContext.useSelector((s) => s.context.tiering);
	const decisions = LabContext.useSelector((s) => s.context.decisions);
	const results = LabContext.useSelector((s) => s.context.results);
	const tierConfirmed = LabContext.useSelector((s) => s.context.tierIds.length > 0);
	const [copied, setCopied] = useState('');
	const titleId = useId();
	// While a round runs, the results lag the decisions by one round: hand in what is settled.
	const settled = state !== 'run' && state !== 'generate' && state !== 'configure' && state !== 'tier';
	const hand = useMemo(() => {
		if (!settled || !tiering || !tierConfirmed) return null;
		if (decisions.length > 0 && results?.rounds.length !== decisions.length) return null;
		const result = buildTeamResult(session, team, tiering, decisions, decisions.length ? results : null);
		return { code: teamResultCode(result), file: teamResultFile(result) };
	}, [settled, tiering, tierConfirmed, decisions, results, session, team]);

	const box = useRef<HTMLTextAreaElement>(null);
	const copy = async (text: string) => {
		let said: string;
		try {
			// Plain http (a laptop serving the room) has no clipboard API at all.
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(text);
			said = t('workshop.handIn.copied');
		} catch {
			// Copying by hand starts from the whole code, selected.
			box.current?.focus();
			box.current?.select();
			said = t('workshop.handIn.copyFailed');
		}
		setCopied(said);
		announce(said);
	};
	const download = (file: string) => {
		const url = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
		const a = document.createElement('a');
		a.href = url;
		a.download = `team-result-${sessionId(session)}-${fileSafe(team)}-r${decisions.length}.json`;
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};

	return (
		<section className="workshop-handin" aria-labelledby={titleId}>
			<h3 id={titleId}>{t('workshop.handIn.heading')}</h3>
			<p>{t('workshop.handIn.intro')}</p>
			{hand ? (
				<>
					<p>{t('workshop.handIn.rounds', { played: decisions.length, rounds: session.rounds })}</p>
					{decisions.length > 0 && <p>{t('workshop.handIn.backup')}</p>}
					<label className="workshop-code">
						{t('workshop.handIn.code')}
						<textarea
							ref={box}
							readOnly
							rows={4}
							value={hand.code}
							onFocus={(e) => e.currentTarget.select()}
							onClick={(e) => e.currentTarget.select()}
						/>
					</label>
					<div className="course-lab__actions">
						<button type="button" onClick={() => copy(hand.code)}>
							{t('workshop.handIn.copy')}
						</button>
						<button type="button" onClick={() => download(hand.file)}>
							{t('workshop.handIn.download')}
						</button>
					</div>
					<p role="status">{copied}</p>
				</>
			) : (
				<p>{t('workshop.handIn.notYet')}</p>
			)}
		</section>
	);
}
