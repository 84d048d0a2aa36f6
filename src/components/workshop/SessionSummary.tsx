import type { Translate } from '../../i18n/translator.ts';
import type { Locale } from '../../i18n/uiStrings.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import type { WorkshopSession } from '../../sim/workshop/workshopSession.ts';

/**
 * One line that names a workshop session: its id, scenario, seed, size, rounds and minutes per round. Shared by the
 * facilitator, team and debrief views; kept in its own module so the facilitator's page does not load the team view
 * (and the whole simulation lab behind it) just to print this line.
 */
export function SessionSummary({
	session,
	base,
	locale,
	t,
}: {
	session: WorkshopSession;
	base: Pick<Scenario, 'title'>;
	locale: Locale;
	t: Translate<'workshop.sessionId' | 'workshop.summary'>;
}) {
	return (
		<p className="workshop-summary">
			<strong>{t('workshop.sessionId', { id: sessionId(session) })}</strong>{' '}
			{t('workshop.summary', {
				scenario: base.title[locale],
				seed: session.seed,
				size: session.size.toLocaleString(locale),
				rounds: session.rounds,
				minutes: session.minutesPerRound,
			})}
		</p>
	);
}
