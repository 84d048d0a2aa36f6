import { useEffect, useId, useRef, useState } from 'react';
import { checkText } from '../../i18n/checkText.ts';
import { type RoundOpening, readRoundCode, roundEvents } from '../../sim/workshop/roundCode.ts';
import type { WorkshopSession } from '../../sim/workshop/workshopSession.ts';
import { describeEvent } from '../lab/describeEvent.ts';
import { LabContext } from '../lab/LabContext.ts';
import { useLabUi } from '../lab/LabUi.ts';

/** m:ss of a duration in milliseconds (hours count as minutes: a round is never that long). */
function clock(ms: number): string {
	const minutes = Math.floor(ms / 60_000);
	const seconds = Math.floor((ms % 60_000) / 1000);
	return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * What a team needs at the top of each round. Until the facilitator opens the round, a box for its unlock code (and
 * nothing about its events). Once it is open: the round's events and a countdown to the closing time the code
 * carries, the same on every device and through reloads. When time is up, the code says whether the round still runs
 * (a warning) or is closed until the facilitator reissues its code.
 */
export function RoundBanner({
	session,
	openings,
	onOpen,
	selfPaced,
}: {
	session: WorkshopSession;
	openings: Record<number, RoundOpening>;
	onOpen: (opening: RoundOpening) => void;
	/** Solo practice: every round is open, with no clock. */
	selfPaced: boolean;
}) {
	const { t, format, scenario } = useLabUi();
	const state = LabContext.useSelector((s) => String(s.value));
	const played = LabContext.useSelector((s) => s.context.decisions.length);
	const round = played + 1;
	const opening: RoundOpening | undefined = selfPaced
		? { round, events: roundEvents(session, round), closesAt: Number.POSITIVE_INFINITY, lock: false }
		: openings[round];
	const [now, setNow] = useState(() => Date.now());
	const allocating = state === 'allocate';
	useEffect(() => {
		if (!allocating || !opening || selfPaced) return;
		setNow(Date.now());
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, [allocating, opening, selfPaced]);
	if (!allocating) return played > 0 ? <p className="workshop-locked">{t('workshop.team.locked')}</p> : null;
	const left = opening ? opening.closesAt - now : 0;
	const closed = opening !== undefined && left <= 0;
	const events = opening ? scenario.events.filter((e) => e.round === round) : [];
	return (
		<div className="workshop-banner">
			<p className="workshop-banner__round">{t('workshop.roundLabel', { round })}</p>
			{!opening && <p>{t('workshop.round.waiting', { round })}</p>}
			{events.map((event) => {
				const text = describeEvent(t, format, event);
				return (
					<p key={event.type} className="workshop-banner__event" role="note">
						<strong>{t('workshop.team.eventThisRound', { event: text.name })}</strong> {text.detail}
					</p>
				);
			})}
			{opening && !opening.events.length && <p>{t('workshop.round.noEvent')}</p>}
			<p className="workshop-banner__timer">
				{opening && !closed && Number.isFinite(left) ? t('workshop.team.timer', { time: clock(left) }) : null}
			</p>
			{/* Announced once when time runs out; the ticking clock itself is not a live region. */}
			<p role="status" className={closed ? 'workshop-banner__timeup' : undefined}>
				{closed ? t(opening.lock ? 'workshop.round.closedLock' : 'workshop.team.timeUp') : ''}
			</p>
			{(!opening || (closed && opening.lock)) && (
				<RoundCodeForm session={session} round={round} reissue={opening !== undefined} onOpen={onOpen} />
			)}
			{played > 0 && <p className="workshop-locked">{t('workshop.team.locked')}</p>}
		</div>
	);
}

/** The box where a team types the code the facilitator shows; a refused code is named in the page's language. */
function RoundCodeForm({
	session,
	round,
	reissue,
	onOpen,
}: {
	session: WorkshopSession;
	round: number;
	reissue: boolean;
	onOpen: (opening: RoundOpening) => void;
}) {
	const { t, announce } = useLabUi();
	const [text, setText] = useState('');
	const [problem, setProblem] = useState('');
	const id = useId();
	const input = useRef<HTMLInputElement>(null);
	return (
		<form
			className="workshop-roundcode"
			onSubmit={(e) => {
				e.preventDefault();
				const read = readRoundCode(text, session, round, Date.now());
				if (!read.ok) {
					setProblem(checkText(t, read));
					input.current?.focus();
					return;
				}
				setProblem('');
				setText('');
				onOpen(read.value);
				announce(t('workshop.round.opened', { round }));
			}}
		>
			<label htmlFor={id}>{t(reissue ? 'workshop.round.reissueLabel' : 'workshop.round.codeLabel', { round })}</label>
			<input
				ref={input}
				id={id}
				type="text"
				value={text}
				onChange={(e) => setText(e.target.value)}
				autoComplete="off"
				autoCapitalize="characters"
				spellCheck={false}
				inputMode="text"
				aria-invalid={problem ? true : undefined}
				aria-describedby={problem ? `${id}-problem` : undefined}
			/>
			<button type="submit">{t('workshop.round.open')}</button>
			{problem && (
				<p id={`${id}-problem`} className="course-lab__error" role="alert">
					{problem}
				</p>
			)}
		</form>
	);
}
