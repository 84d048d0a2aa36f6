import { useEffect, useId, useMemo, useState } from 'react';
import { nameProblemText } from '../../i18n/checkText.ts';
import { type Translate, translator } from '../../i18n/translator.ts';
import type { Locale, UiStringsStartingWith } from '../../i18n/uiStrings.ts';
import type { NameProblem } from '../../sim/text/nameProblem.ts';
import {
	defaultSchedule,
	type EventType,
	eventTypes,
	type ScenarioOutline,
} from '../../sim/workshop/scenarioOutline.ts';
import { readSessionHash, writeSessionHash } from '../../sim/workshop/sessionHash.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import type { WorkshopSession } from '../../sim/workshop/workshopSession.ts';
import { RoundPacing } from './RoundPacing.tsx';
import { SessionSummary } from './SessionSummary.tsx';

/** The strings the facilitator's form uses (see `facilitatorStringPrefixes`). */
export type FacilitatorStrings = UiStringsStartingWith<(typeof facilitatorStringPrefixes)[number]>;
export const facilitatorStringPrefixes = [
	'workshop.facilitator.',
	'workshop.mode.',
	'workshop.noEvent',
	'workshop.sessionId',
	'workshop.summary',
	'event.',
	'name.problem.',
] as const;

/** The portfolio sizes a facilitator can pick. */
export const sessionSizes = [500, 1000, 2000, 5000] as const;

export interface WorkshopFacilitatorProps {
	/** Outlines, not whole scenarios: the form only lists, names and schedules them, and every prop is in the page. */
	scenarios: ScenarioOutline[];
	strings: FacilitatorStrings;
	locale: Locale;
	/**
	 * `sessionSizes` written in the page's locale, at build time: the first number format a page makes costs tens of
	 * milliseconds on a slow phone, which the form would otherwise pay while it starts.
	 */
	sizeLabels: string[];
	/** The team page and the debrief page of this locale, e.g. `/en/workshop/team/`. */
	teamPath: string;
	debriefPath: string;
}

interface Draft {
	scenario: string;
	seed: string;
	size: number;
	rounds: number;
	mode: 'expected' | 'stochastic';
	/** The event type of each round, or '' for none. */
	events: (EventType | '')[];
	teams: string;
	minutes: string;
}

function draftFrom(base: ScenarioOutline, teams: string): Draft {
	const events = Array.from({ length: 8 }, (_, r) => defaultSchedule(base).find((e) => e.round === r + 1)?.type ?? '');
	return {
		scenario: base.id,
		seed: '42',
		size: 2000,
		rounds: base.rounds,
		mode: 'expected',
		events,
		teams,
		minutes: '15',
	};
}

function draftOf(session: WorkshopSession): Draft {
	return {
		scenario: session.scenario,
		seed: String(session.seed),
		size: session.size,
		rounds: session.rounds,
		mode: session.mode,
		events: Array.from({ length: 8 }, (_, r) => session.events.find((e) => e.round === r + 1)?.type ?? ''),
		teams: session.teams.join('\n'),
		minutes: String(session.minutesPerRound),
	};
}

/**
 * The session schema and codes, loaded when first needed: on the form's first touch, on submit, or when the page opens
 * with a session in its URL. Its zod schemas cost a slow phone about a tenth of a second to set up, which the form
 * need not pay before anyone uses it.
 */
let sessionModule: Promise<typeof import('../../sim/workshop/workshopSession.ts')> | null = null;
function loadSessionModule() {
	sessionModule ??= import('../../sim/workshop/workshopSession.ts').catch((error: unknown) => {
		sessionModule = null; // A failed load (offline before the page was cached) may be tried again.
		throw error;
	});
	return sessionModule;
}

/** Starts loading the session module on the form's first touch, so it is there by the time the form is sent. */
function preloadSessionModule() {
	// A failure is reported by whichever use needs the module.
	loadSessionModule().catch(() => {});
}

/** The session the draft describes, before validation. */
function sessionInput(draft: Draft) {
	return {
		scenario: draft.scenario,
		// A blank box is no seed, not seed 0: Number('') would quietly make it 0.
		seed: draft.seed.trim() === '' ? Number.NaN : Number(draft.seed),
		size: draft.size,
		rounds: draft.rounds,
		mode: draft.mode,
		events: draft.events.slice(0, draft.rounds).flatMap((type, r) => (type === '' ? [] : [{ round: r + 1, type }])),
		teams: draft.teams.split('\n').filter((line) => line.trim() !== ''),
		minutesPerRound: draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes),
	};
}

type SessionModule = typeof import('../../sim/workshop/workshopSession.ts');

/** What is wrong with the set-up, in the page's language: the field the facilitator filled in, and what it needs. */
function setupProblem(
	t: Translate<keyof FacilitatorStrings>,
	error: import('zod').ZodError,
	shapeFailure: SessionModule['shapeFailure'],
): string {
	const failed = shapeFailure(error);
	if (failed.check === 'name' && failed.args) {
		const line = Number(String(failed.args.path).split('.')[1] ?? 0) + 1;
		return `${t('workshop.facilitator.problem.teamLine', { line })} ${nameProblemText(t, failed.args as unknown as NameProblem)}`;
	}
	if (failed.check === 'duplicateName')
		return t('workshop.facilitator.problem.duplicate', { name: String(failed.args?.name) });
	const issue = error.issues[0];
	const field = String(issue?.path[0] ?? '');
	if (field === 'seed') return t('workshop.facilitator.problem.seed');
	if (field === 'minutesPerRound') return t('workshop.facilitator.problem.minutes');
	if (field === 'teams' && issue?.path.length === 1)
		return t(
			issue.code === 'too_small' ? 'workshop.facilitator.problem.noTeams' : 'workshop.facilitator.problem.tooManyTeams',
		);
	if (field === 'teams') return t('workshop.facilitator.problem.teamLong', { line: Number(issue?.path[1] ?? 0) + 1 });
	return t('workshop.facilitator.problem.other', { detail: failed.detail });
}

/**
 * The facilitator's set-up: scenario, seed, size, rounds, event schedule, teams and time per round, turned into a
 * session link and its QR code. The page's own URL keeps the session, so a reload shows it again.
 */
export default function WorkshopFacilitatorIsland({
	scenarios,
	strings,
	locale,
	sizeLabels,
	teamPath,
	debriefPath,
}: WorkshopFacilitatorProps) {
	const t = useMemo(() => translator(strings), [strings]);
	const first = scenarios[0] as ScenarioOutline;
	const [draft, setDraft] = useState<Draft>(() => draftFrom(first, t('workshop.facilitator.defaultTeams')));
	const [created, setCreated] = useState<{ session: WorkshopSession; code: string } | null>(null);
	const [problem, setProblem] = useState('');
	useEffect(() => {
		const { code } = readSessionHash(window.location.hash);
		if (!code) return;
		let live = true;
		loadSessionModule().then(
			({ readSessionCode }) => {
				const parsed = readSessionCode(code);
				// A link to a scenario this site no longer has is left alone: the form keeps its defaults.
				if (live && parsed.ok && scenarios.some((s) => s.id === parsed.value.scenario)) {
					setDraft(draftOf(parsed.value));
					setCreated({ session: parsed.value, code });
				}
			},
			() => live && setProblem(t('workshop.facilitator.loadFailed')),
		);
		return () => {
			live = false;
		};
	}, [scenarios, t]);
	const set = (change: Partial<Draft>) => {
		setDraft((d) => ({ ...d, ...change }));
		setCreated(null);
	};
	const base = scenarios.find((s) => s.id === draft.scenario) ?? first;
	const ids = { form: useId(), result: useId() };

	return (
		<div className="workshop">
			<form
				className="workshop-setup"
				aria-labelledby={ids.form}
				onFocusCapture={preloadSessionModule}
				onPointerDown={preloadSessionModule}
				onSubmit={(e) => {
					e.preventDefault();
					const input = sessionInput(draft);
					loadSessionModule().then(
						({ workshopSessionSchema, shapeFailure, sessionCode }) => {
							const parsed = workshopSessionSchema.safeParse(input);
							if (!parsed.success) {
								setProblem(t('workshop.facilitator.invalid', { detail: setupProblem(t, parsed.error, shapeFailure) }));
								return;
							}
							setProblem('');
							const code = sessionCode(parsed.data);
							window.history.replaceState(null, '', writeSessionHash(code));
							setCreated({ session: parsed.data, code });
						},
						() => setProblem(t('workshop.facilitator.loadFailed')),
					);
				}}
			>
				<h2 id={ids.form}>{t('workshop.facilitator.heading')}</h2>
				<p>{t('workshop.facilitator.intro')}</p>
				<div className="workshop-setup__grid">
					<label>
						{t('workshop.facilitator.scenario')}
						<select
							value={draft.scenario}
							onChange={(e) => {
								const next = scenarios.find((s) => s.id === e.target.value);
								if (next)
									set({ ...draftFrom(next, draft.teams), seed: draft.seed, size: draft.size, minutes: draft.minutes });
							}}
						>
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
							value={draft.seed}
							onChange={(e) => set({ seed: e.target.value })}
						/>
					</label>
					<label>
						{t('workshop.facilitator.size')}
						<select value={draft.size} onChange={(e) => set({ size: Number(e.target.value) })}>
							{sessionSizes.map((n, i) => (
								<option key={n} value={n}>
									{sizeLabels[i] ?? n}
								</option>
							))}
						</select>
					</label>
					<label>
						{t('workshop.facilitator.rounds')}
						<select value={draft.rounds} onChange={(e) => set({ rounds: Number(e.target.value) })}>
							{[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
								<option key={n} value={n}>
									{n}
								</option>
							))}
						</select>
					</label>
					<label>
						{t('workshop.facilitator.mode')}
						<select
							value={draft.mode}
							onChange={(e) => set({ mode: e.target.value === 'stochastic' ? 'stochastic' : 'expected' })}
						>
							<option value="expected">{t('workshop.mode.expected')}</option>
							<option value="stochastic">{t('workshop.mode.stochastic')}</option>
						</select>
					</label>
					<label>
						{t('workshop.facilitator.minutes')}
						<input
							type="number"
							min={1}
							max={180}
							value={draft.minutes}
							onChange={(e) => set({ minutes: e.target.value })}
						/>
					</label>
				</div>
				<fieldset className="workshop-setup__events">
					<legend>{t('workshop.facilitator.events')}</legend>
					<p>{t('workshop.facilitator.eventsHint')}</p>
					{Array.from({ length: draft.rounds }, (_, r) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: a round is its position; there is no other identity.
						<label key={`round-${r + 1}`}>
							{t('workshop.facilitator.eventForRound', { round: r + 1 })}
							<select
								value={draft.events[r] ?? ''}
								onChange={(e) => {
									const events = [...draft.events];
									events[r] = e.target.value as EventType | '';
									set({ events });
								}}
							>
								<option value="">{t('workshop.noEvent')}</option>
								{eventTypes.map((type) => (
									<option key={type} value={type}>
										{t(`event.${type}.name`)}
									</option>
								))}
							</select>
						</label>
					))}
				</fieldset>
				<label className="workshop-setup__teams">
					{t('workshop.facilitator.teams')}
					<textarea rows={5} value={draft.teams} onChange={(e) => set({ teams: e.target.value })} />
				</label>
				<button type="submit">{t('workshop.facilitator.create')}</button>
				{problem && (
					<p className="course-lab__error" role="alert">
						{problem}
					</p>
				)}
				<p>
					<a href={`#notes-${base.id}`}>{t('workshop.facilitator.notes')}</a>
				</p>
			</form>
			{created && (
				<SessionLink
					session={created.session}
					code={created.code}
					base={base}
					t={t}
					locale={locale}
					teamPath={teamPath}
					debriefPath={debriefPath}
					titleId={ids.result}
				/>
			)}
		</div>
	);
}

function SessionLink({
	session,
	code,
	base,
	t,
	locale,
	teamPath,
	debriefPath,
	titleId,
}: {
	session: WorkshopSession;
	code: string;
	base: ScenarioOutline;
	t: Translate<keyof FacilitatorStrings>;
	locale: Locale;
	teamPath: string;
	debriefPath: string;
	titleId: string;
}) {
	const link = new URL(`${teamPath}${writeSessionHash(code)}`, window.location.href).href;
	const id = sessionId(session);
	const [qr, setQr] = useState<string | null>(null);
	const [status, setStatus] = useState('');
	useEffect(() => {
		let live = true;
		// The QR library is only needed here, once a session exists: it stays out of the page's first load.
		import('qrcode')
			.then((QRCode) => QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 320 }))
			.then((url) => live && setQr(url))
			.catch(() => live && setStatus(t('workshop.facilitator.qrFailed')));
		return () => {
			live = false;
		};
	}, [link, t]);
	return (
		<section className="workshop-link" aria-labelledby={titleId}>
			<h2 id={titleId}>{t('workshop.sessionId', { id })}</h2>
			<p role="status">{t('workshop.facilitator.created', { id })}</p>
			<SessionSummary session={session} base={base} locale={locale} t={t} />
			<label className="workshop-code">
				{t('workshop.facilitator.link')}
				<input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
			</label>
			<div className="course-lab__actions">
				<button
					type="button"
					onClick={() =>
						navigator.clipboard.writeText(link).then(
							() => setStatus(t('workshop.facilitator.copied')),
							() => setStatus(t('workshop.facilitator.copyFailed')),
						)
					}
				>
					{t('workshop.facilitator.copy')}
				</button>
				<a className="workshop-button" href={link} target="_blank" rel="noopener">
					{t('workshop.facilitator.openTeam')}
				</a>
				<a className="workshop-button" href={`${debriefPath}${writeSessionHash(code)}`}>
					{t('workshop.facilitator.openDebrief')}
				</a>
			</div>
			{status && <p role="status">{status}</p>}
			{qr && (
				<img className="workshop-qr" src={qr} width={320} height={320} alt={t('workshop.facilitator.qrAlt', { id })} />
			)}
			{session.teams.length > 1 ? (
				<RoundPacing session={session} t={t} locale={locale} />
			) : (
				<p>{t('workshop.facilitator.pacing.solo')}</p>
			)}
		</section>
	);
}
