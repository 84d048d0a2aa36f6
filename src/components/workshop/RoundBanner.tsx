import { useEffect, useState } from 'react';
import type { WorkshopSession } from '../../sim/workshop/workshopSession.ts';
import { describeEvent } from '../lab/describeEvent.ts';
import { LabContext } from '../lab/LabContext.ts';
import { useLabUi } from '../lab/LabUi.ts';

/**
 * What a team needs at the top of each round: the event that opens it (scheduled by the facilitator) and a countdown
 * of the round's time, which starts when the round opens. The clock is a guide; the facilitator calls time.
 */
export function RoundBanner({ session }: { session: WorkshopSession }) {
	const { t, format, scenario } = useLabUi();
	const state = LabContext.useSelector((s) => String(s.value));
	const played = LabContext.useSelector((s) => s.context.decisions.length);
	const round = played + 1;
	const events = scenario.events.filter((e) => e.round === round);
	const [startedAt, setStartedAt] = useState<number | null>(null);
	const [now, setNow] = useState(() => Date.now());
	const allocating = state === 'allocate';
	// A new round restarts the clock.
	// biome-ignore lint/correctness/useExhaustiveDependencies: the round number is the trigger, not an input.
	useEffect(() => {
		if (allocating) setStartedAt(Date.now());
	}, [allocating, round]);
	useEffect(() => {
		if (!allocating || startedAt === null) return;
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, [allocating, startedAt]);
	if (!allocating) return played > 0 ? <p className="workshop-locked">{t('workshop.team.locked')}</p> : null;
	const left = Math.max(0, session.minutesPerRound * 60_000 - (now - (startedAt ?? now)));
	const minutes = Math.floor(left / 60_000);
	const seconds = Math.floor((left % 60_000) / 1000);
	const clock = `${minutes}:${String(seconds).padStart(2, '0')}`;
	return (
		<div className="workshop-banner">
			<p className="workshop-banner__round">{t('workshop.roundLabel', { round })}</p>
			{events.map((event) => {
				const text = describeEvent(t, format, event);
				return (
					<p key={event.type} className="workshop-banner__event" role="note">
						<strong>{t('workshop.team.eventThisRound', { event: text.name })}</strong> {text.detail}
					</p>
				);
			})}
			<p className="workshop-banner__timer">{left > 0 ? t('workshop.team.timer', { time: clock }) : null}</p>
			{/* Announced once when time runs out; the ticking clock itself is not a live region. */}
			<p role="status">{left > 0 ? '' : t('workshop.team.timeUp')}</p>
			{played > 0 && <p className="workshop-locked">{t('workshop.team.locked')}</p>}
		</div>
	);
}
