import { useEffect, useId, useMemo } from 'react';
import { translator } from '../../i18n/translator.ts';
import type { Locale, UiDictionary } from '../../i18n/uiStrings.ts';
import { registerScenarios } from '../../sim/scenarios/scenarioRegistry.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { readSessionHash } from '../../sim/workshop/sessionHash.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import { readSessionCode, workshopScenario } from '../../sim/workshop/workshopSession.ts';
import { makeFormatters } from '../lab/formatters.ts';
import { LabUiContext } from '../lab/LabUi.ts';
import { DebriefBody } from './debrief/DebriefBody.tsx';
import { DebriefExports } from './debrief/DebriefExports.tsx';
import { restoreTeams } from './debrief/debriefStorage.ts';
import { HandInImport } from './debrief/HandInImport.tsx';
import { ReplacePrompt } from './debrief/ReplacePrompt.tsx';
import { useDebriefImport } from './debrief/useDebriefImport.ts';
import { SessionSummary } from './SessionSummary.tsx';

export interface WorkshopDebriefProps {
	scenarios: Scenario[];
	strings: UiDictionary;
	locale: Locale;
}

/**
 * The instructor's debrief: imports team results (dropped files, chosen files, codes pasted alone or inside chat
 * messages), verifies each by recomputing it, asks before replacing a team already loaded, and shows what was played
 * (the session's events and questions on them, each team's decisions, look-alike decisions flagged), the
 * leaderboard, the round-by-round charts with the reference policies, CSV and Excel exports, a printable report and
 * a projector mode.
 */
export default function WorkshopDebriefIsland({ scenarios, strings, locale }: WorkshopDebriefProps) {
	registerScenarios(scenarios);
	const t = useMemo(() => translator(strings), [strings]);
	const state = useDebriefImport(t);
	const { session, teams, importItems, setMessage, setStorageNote } = state;
	const titleId = useId();

	// A debrief opened from the facilitator's page knows its session, and gets back the teams imported before.
	useEffect(() => {
		const { code } = readSessionHash(window.location.hash);
		if (!code) return;
		const read = readSessionCode(code);
		const { codes: saved, damaged } = read.ok ? restoreTeams(sessionId(read.value)) : { codes: [], damaged: false };
		if (damaged) setStorageNote('workshop.debrief.restoreCorrupted');
		const items = saved.map((text, n) => ({ name: t('workshop.debrief.pastedCode', { n: n + 1 }), text }));
		importItems([{ name: t('workshop.debrief.session'), text: code }, ...items]).then(() => {
			if (saved.length) setMessage(t('workshop.debrief.restored', { count: saved.length }));
		});
	}, [t, importItems, setMessage, setStorageNote]);

	const scenario = useMemo(() => (session ? workshopScenario(session.base, session.session) : null), [session]);
	useEffect(() => {
		if (scenario) registerScenarios([scenario]);
	}, [scenario]);
	const format = useMemo(() => makeFormatters(locale, scenario?.currency ?? 'CNY'), [locale, scenario?.currency]);
	const ui = useMemo(
		() => (scenario ? { locale, t, format, scenario, steps: [], announce: setMessage } : null),
		[locale, t, format, scenario, setMessage],
	);

	return (
		<section className="workshop workshop-debrief" aria-labelledby={titleId}>
			<h2 id={titleId}>{t('workshop.debrief.heading')}</h2>
			<p className="workshop-noprint">{t('workshop.debrief.intro')}</p>
			{state.storageNote && (
				<p className="course-lab__notice workshop-noprint" role="status">
					{t(state.storageNote)}
				</p>
			)}
			{session ? (
				<SessionSummary session={session.session} base={session.base} locale={locale} t={t} />
			) : (
				<p>{t('workshop.debrief.noSession')}</p>
			)}
			<HandInImport t={t} onItems={importItems} onRefused={(text) => state.note(false, text)} />
			{state.busy && <p role="status">{state.busy}</p>}
			<ReplacePrompt
				t={t}
				format={format}
				pending={state.pending}
				onAnswer={state.answer}
				onReplaceAllNewer={state.replaceAllNewer}
			/>
			{state.log.length > 0 && (
				<ul className="workshop-log workshop-noprint">
					{state.log.map((line) => (
						<li key={line.id} className={line.ok ? 'workshop-log__ok' : 'workshop-log__bad'}>
							{line.text}
						</li>
					))}
				</ul>
			)}
			{session && scenario && ui ? (
				<LabUiContext.Provider value={ui}>
					<DebriefBody session={session.session} base={session.base} teams={teams} onRemove={state.remove} />
				</LabUiContext.Provider>
			) : (
				teams.length === 0 && <p>{t('workshop.debrief.empty')}</p>
			)}
			<DebriefExports t={t} locale={locale} session={session?.session ?? null} teams={teams} />
			<div className="sr-only" aria-live="polite" role="status">
				{state.message}
			</div>
		</section>
	);
}
