import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { checkText } from '../../i18n/checkText.ts';
import { translator } from '../../i18n/translator.ts';
import type { Locale, UiDictionary } from '../../i18n/uiStrings.ts';
import { registerScenarios } from '../../sim/scenarios/scenarioRegistry.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import type { RoundOpening } from '../../sim/workshop/roundCode.ts';
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
import { ResumeForm } from './ResumeForm.tsx';
import { RoundBanner } from './RoundBanner.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { loadOpenedRounds, openedRoundsKey, rememberedTeam, rememberTeam, saveOpenedRound } from './teamDevice.ts';
import { useOtherTabs } from './useOtherTabs.ts';

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
				<>
					<TeamPicker
						session={view.session}
						base={view.base}
						locale={locale}
						t={t}
						onPick={(team) => go(view.code, team)}
					/>
					<ResumeForm t={t} session={view.session} onResumed={go} />
				</>
			) : (
				<>
					<PasteSession t={t} onCode={go} />
					<ResumeForm t={t} session={null} onResumed={go} />
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
	// No team is chosen for the device: one tap on "start" must not make a second red team.
	const [team, setTeam] = useState<number | null>(null);
	const [problem, setProblem] = useState(false);
	const [remembered, setRemembered] = useState<number | null>(null);
	useEffect(() => {
		const known = rememberedTeam(sessionId(session));
		setRemembered(known !== null && known < session.teams.length ? known : null);
	}, [session]);
	const problemId = useId();
	return (
		<form
			className="workshop-picker"
			onSubmit={(e) => {
				e.preventDefault();
				if (team === null) setProblem(true);
				else onPick(team);
			}}
		>
			<SessionSummary session={session} base={base} locale={locale} t={t} />
			{remembered !== null && (
				<p className="workshop-picker__continue">
					<button type="button" onClick={() => onPick(remembered)}>
						{t('workshop.team.continueAs', { team: session.teams[remembered] ?? '' })}
					</button>
				</p>
			)}
			<fieldset aria-describedby={problem ? problemId : undefined}>
				<legend>{t(remembered === null ? 'workshop.team.chooseTeam' : 'workshop.team.chooseOther')}</legend>
				{session.teams.map((name, i) => (
					<label key={name} className="workshop-picker__team">
						<input
							type="radio"
							name="team"
							checked={team === i}
							onChange={() => {
								setTeam(i);
								setProblem(false);
							}}
						/>{' '}
						{name}
					</label>
				))}
			</fieldset>
			{problem && (
				<p id={problemId} className="course-lab__error" role="alert">
					{t('workshop.team.pickFirst')}
				</p>
			)}
			<button type="submit" className={remembered === null ? undefined : 'course-lab__secondary'}>
				{t('workshop.team.start')}
			</button>
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
	const [openings, setOpenings] = useState<Record<number, RoundOpening>>({});
	// The rounds this device opened, read after hydration and again whenever another tab opens one.
	useEffect(() => {
		rememberTeam(id, team);
		setOpenings(loadOpenedRounds(id));
		const onStorage = (e: StorageEvent) => {
			if (e.key === openedRoundsKey(id)) setOpenings(loadOpenedRounds(id));
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, [id, team]);
	// A round that locks when its time is up must stop running then, without waiting for another render.
	const [, setTick] = useState(0);
	useEffect(() => {
		const now = Date.now();
		const next = Object.values(openings)
			.filter((o) => o.lock && o.closesAt > now)
			.reduce((soonest, o) => Math.min(soonest, o.closesAt), Number.POSITIVE_INFINITY);
		if (next === Number.POSITIVE_INFINITY) return;
		const timer = setTimeout(() => setTick((n) => n + 1), Math.min(next - now + 50, 2 ** 31 - 1));
		return () => clearTimeout(timer);
	}, [openings]);
	// A session of one team is solo practice, played at its own pace: there is no facilitator to open rounds.
	const selfPaced = session.teams.length === 1;
	const openThrough = Math.max(0, ...Object.keys(openings).map(Number));
	const runBlockedReason = useCallback(
		(round: number) => {
			const opening = openings[round];
			if (!opening) return t('workshop.round.needCode', { round });
			if (opening.lock && Date.now() >= opening.closesAt) return t('workshop.round.closedLock');
			return null;
		},
		[openings, t],
	);
	const otherTabs = useOtherTabs(`workshop:${id}:${team}`);
	return (
		<div className="workshop">
			<SessionSummary session={session} base={base} locale={locale} t={t} />
			<p className="workshop-team">
				<strong>{t('workshop.team.playingAs', { team: name })}</strong>{' '}
				{session.teams.length > 1 && (
					<button type="button" className="course-lab__secondary" onClick={onSwitch}>
						{t('workshop.team.switchTeam')}
					</button>
				)}
			</p>
			{otherTabs && (
				<p className="course-lab__notice" role="status">
					{t('workshop.team.otherTab', { team: name })}
				</p>
			)}
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
				eventsShownThrough={selfPaced ? undefined : openThrough}
				runBlockedReason={selfPaced ? undefined : runBlockedReason}
				banner={
					<RoundBanner
						session={session}
						openings={openings}
						selfPaced={selfPaced}
						onOpen={(opening) => setOpenings(saveOpenedRound(id, opening))}
					/>
				}
			>
				<HandInPanel session={session} team={name} />
			</SimulationLabIsland>
		</div>
	);
}
