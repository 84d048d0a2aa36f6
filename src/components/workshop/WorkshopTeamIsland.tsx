import { useEffect, useId, useMemo, useState } from 'react';
import { checkText } from '../../i18n/checkText.ts';
import { translator } from '../../i18n/translator.ts';
import type { Locale, UiDictionary } from '../../i18n/uiStrings.ts';
import { registerScenarios } from '../../sim/scenarios/scenarioRegistry.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { defaultSchedule } from '../../sim/workshop/scenarioOutline.ts';
import { codeFromPasted, readSessionHash, writeSessionHash } from '../../sim/workshop/sessionHash.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import type { CheckFailure } from '../../sim/workshop/shareCode.ts';
import {
	parseSessionCode,
	sessionCode,
	type WorkshopSession,
	workshopScenario,
} from '../../sim/workshop/workshopSession.ts';
import SimulationLabIsland from '../lab/SimulationLabIsland.tsx';
import { HandInPanel } from './HandInPanel.tsx';
import { RoundBanner } from './RoundBanner.tsx';
import { SessionSummary } from './SessionSummary.tsx';

export interface WorkshopTeamProps {
	/** The whole catalog: the session link may name any scenario. */
	scenarios: Scenario[];
	strings: UiDictionary;
	locale: Locale;
}

type View =
	| { kind: 'loading' }
	| { kind: 'none' }
	| { kind: 'bad'; failure: CheckFailure }
	| { kind: 'session'; session: WorkshopSession; base: Scenario; code: string; team: number | null };

function viewFromHash(hash: string): View {
	const { code, team } = readSessionHash(hash);
	if (code === null) return { kind: 'none' };
	const parsed = parseSessionCode(code);
	if (!parsed.ok) return { kind: 'bad', failure: parsed };
	const { session, base } = parsed.value;
	return { kind: 'session', session, base, code, team: team !== null && team < session.teams.length ? team : null };
}

/**
 * The team's page of a workshop: reads the session from the link, lets the team say who it is, then runs the lab on
 * the session's scenario with the round banner and the hand-in panel. Without a link it offers solo practice.
 */
export default function WorkshopTeamIsland({ scenarios, strings, locale }: WorkshopTeamProps) {
	registerScenarios(scenarios);
	const t = useMemo(() => translator(strings), [strings]);
	const [view, setView] = useState<View>({ kind: 'loading' });
	useEffect(() => {
		const read = () => setView(viewFromHash(window.location.hash));
		read();
		window.addEventListener('hashchange', read);
		return () => window.removeEventListener('hashchange', read);
	}, []);
	const go = (code: string, team?: number) => {
		window.history.replaceState(null, '', writeSessionHash(code, team));
		setView(viewFromHash(window.location.hash));
	};

	if (view.kind === 'loading') return <p role="status">{t('lab.loadingStep')}</p>;
	if (view.kind === 'session' && view.team !== null)
		return (
			<TeamLab view={{ ...view, team: view.team }} strings={strings} locale={locale} onSwitch={() => go(view.code)} />
		);
	return (
		<div className="workshop">
			{view.kind === 'none' && <p>{t('workshop.team.noSession')}</p>}
			{view.kind === 'bad' && (
				<div className="course-lab__error" role="alert">
					<p>{t('workshop.team.badLink')}</p>
					<p>{checkText(t, view.failure)}</p>
				</div>
			)}
			{view.kind === 'session' ? (
				<TeamPicker
					session={view.session}
					base={view.base}
					locale={locale}
					t={t}
					onPick={(team) => go(view.code, team)}
				/>
			) : (
				<>
					<PasteSession t={t} onCode={go} />
					<SoloForm t={t} locale={locale} scenarios={scenarios} onStart={(code) => go(code, 0)} />
				</>
			)}
		</div>
	);
}

type T = ReturnType<typeof translator>;

function PasteSession({ t, onCode }: { t: T; onCode: (code: string) => void }) {
	const [text, setText] = useState('');
	const id = useId();
	return (
		<form
			className="course-lab__picker"
			onSubmit={(e) => {
				e.preventDefault();
				onCode(codeFromPasted(text));
			}}
		>
			<label htmlFor={id}>{t('workshop.team.pasteLabel')}</label>
			<input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
			<button type="submit">{t('workshop.team.pasteButton')}</button>
		</form>
	);
}

function TeamPicker({
	session,
	base,
	locale,
	t,
	onPick,
}: {
	session: WorkshopSession;
	base: Scenario;
	locale: Locale;
	t: T;
	onPick: (team: number) => void;
}) {
	const [team, setTeam] = useState(0);
	return (
		<form
			className="workshop-picker"
			onSubmit={(e) => {
				e.preventDefault();
				onPick(team);
			}}
		>
			<SessionSummary session={session} base={base} locale={locale} t={t} />
			<fieldset>
				<legend>{t('workshop.team.chooseTeam')}</legend>
				{session.teams.map((name, i) => (
					<label key={name} className="workshop-picker__team">
						<input type="radio" name="team" checked={team === i} onChange={() => setTeam(i)} /> {name}
					</label>
				))}
			</fieldset>
			<button type="submit">{t('workshop.team.start')}</button>
		</form>
	);
}

/** Solo practice: the same exercise by the workshop's rules, on a session of one made here. */
function SoloForm({
	t,
	locale,
	scenarios,
	onStart,
}: {
	t: T;
	locale: Locale;
	scenarios: Scenario[];
	onStart: (code: string) => void;
}) {
	const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
	const [seed, setSeed] = useState(42);
	const titleId = useId();
	return (
		<section aria-labelledby={titleId} className="workshop-solo">
			<h2 id={titleId}>{t('workshop.solo.heading')}</h2>
			<p>{t('workshop.solo.intro')}</p>
			<form
				className="course-lab__picker"
				onSubmit={(e) => {
					e.preventDefault();
					const base = scenarios.find((s) => s.id === scenarioId);
					if (!base) return;
					onStart(
						sessionCode({
							scenario: base.id,
							seed,
							size: base.portfolio.defaultSize,
							rounds: base.rounds,
							mode: 'expected',
							events: defaultSchedule(base),
							teams: [t('workshop.solo.teamName')],
							minutesPerRound: 15,
						}),
					);
				}}
			>
				<label>
					{t('workshop.facilitator.scenario')}
					<select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
						{scenarios.map((s) => (
							<option key={s.id} value={s.id}>
								{s.title[locale]}
							</option>
						))}
					</select>
				</label>
				<label>
					{t('workshop.facilitator.seed')}
					<input
						type="number"
						min={0}
						max={4294967295}
						value={seed}
						onChange={(e) => {
							const n = Number(e.target.value);
							if (Number.isInteger(n) && n >= 0 && n <= 4294967295) setSeed(n);
						}}
					/>
				</label>
				<button type="submit">{t('workshop.solo.start')}</button>
			</form>
		</section>
	);
}

function TeamLab({
	view,
	strings,
	locale,
	onSwitch,
}: {
	view: { session: WorkshopSession; base: Scenario; team: number };
	strings: UiDictionary;
	locale: Locale;
	onSwitch: () => void;
}) {
	const t = useMemo(() => translator(strings), [strings]);
	const { session, base, team } = view;
	const scenario = useMemo(() => workshopScenario(base, session), [base, session]);
	const name = session.teams[team] ?? '';
	const id = sessionId(session);
	return (
		<div className="workshop">
			<SessionSummary session={session} base={base} locale={locale} t={t} />
			<p className="workshop-team">
				<strong>{t('workshop.team.playingAs', { team: name })}</strong>{' '}
				{session.teams.length > 1 && (
					<button type="button" onClick={onSwitch}>
						{t('workshop.team.switchTeam')}
					</button>
				)}
			</p>
			<SimulationLabIsland
				key={`${id}:${team}`}
				scenario={scenario.id}
				scenarios={[scenario]}
				strings={strings}
				locale={locale}
				labId={`workshop:${id}:${team}`}
				seed={session.seed}
				size={session.size}
				mode={session.mode}
				allowReset={false}
				banner={<RoundBanner session={session} />}
			>
				<HandInPanel session={session} team={name} />
			</SimulationLabIsland>
		</div>
	);
}
