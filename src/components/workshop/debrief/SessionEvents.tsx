import { useId } from 'react';
import type { UiKey } from '../../../i18n/uiStrings.ts';
import type { Scenario } from '../../../sim/scenarios/scenarioSchema.ts';
import { discussionQuestions } from '../../../sim/workshop/discussionQuestions.ts';
import { scheduledEvents, type WorkshopSession } from '../../../sim/workshop/workshopSession.ts';
import { describeEvent } from '../../lab/describeEvent.ts';
import { useLabUi } from '../../lab/LabUi.ts';

/**
 * What this session played: the events the facilitator scheduled, at their rounds and with their strengths, and the
 * discussion questions that follow from them (not the scenario file's, which may list events the room never met).
 */
export function SessionEvents({ session, base }: { session: WorkshopSession; base: Scenario }) {
	const { t, format } = useLabUi();
	const id = useId();
	const events = scheduledEvents(base, session.events);
	const questions = discussionQuestions(base, session);
	// Shares arrive as fractions; the questions quote them as percentages, counts and rounds as they are.
	const shown = (args: Record<string, number>) =>
		Object.fromEntries(
			Object.entries(args).map(([k, v]) => [
				k,
				k === 'round' || k === 'rounds' || k === 'count' ? v : k === 'accounts' ? format.count(v) : format.percent(v),
			]),
		);
	return (
		<section className="workshop-played" aria-labelledby={id}>
			<h3 id={id}>{t('workshop.debrief.played')}</h3>
			{events.length === 0 ? (
				<p>{t('workshop.debrief.noEvents', { rounds: session.rounds })}</p>
			) : (
				<ol className="workshop-events">
					{events.map((event) => {
						const text = describeEvent(t, format, event);
						return (
							<li key={`${event.round}-${event.type}`}>
								<strong>{t('workshop.debrief.eventAt', { round: event.round, event: text.name })}</strong> {text.detail}
							</li>
						);
					})}
				</ol>
			)}
			<h4>{t('workshop.debrief.questions')}</h4>
			<ol className="workshop-questions">
				{questions.map((q) => (
					<li key={`${q.id}-${q.args.round ?? ''}`}>
						{t(`workshop.debrief.question.${q.id}` as UiKey, shown(q.args))}
					</li>
				))}
			</ol>
		</section>
	);
}
