import { type ComponentType, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../i18n/uiStrings.ts';
import { currentLesson, markLabStepDone } from '../../progress/browserProgress.ts';
import type { ExerciseSnapshot } from '../../sim/machines/exercisePersistence.ts';
import { findScenario, registeredScenarios, registerScenarios } from '../../sim/scenarios/scenarioRegistry.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { makeFormatters } from './formatters.ts';
import { LabContext } from './LabContext.ts';
import { type LabStep, type LabStrings, LabUiContext, labSteps, useLabUi } from './LabUi.ts';
import { stepViews } from './labStepViews.ts';
import { labTranslator } from './labTranslator.ts';
import { loadScenarioCatalog } from './loadScenarioCatalog.ts';
import { clearSavedLab, loadSavedLab, type PersistenceNotice, useLabPersistence } from './useLabPersistence.ts';
import { useStepFocus } from './useStepFocus.ts';

/** A scenario as free play's picker lists it, before its file is loaded. */
export interface ScenarioChoice {
	id: string;
	title: Scenario['title'];
}

/** The portfolio sizes free play offers. */
export const labSizes = [500, 2000, 5000, 10000] as const;

export interface SimulationLabProps {
	/** Scenario id; omitted on the free-play simulator page, where the learner chooses. */
	scenario?: string;
	/**
	 * The scenarios this lab starts with, passed by SimulationLab.astro from the catalog: the lesson's one, or free
	 * play's first. They travel in the page's HTML rather than in the lab's JavaScript bundle.
	 */
	scenarios: Scenario[];
	/**
	 * Free play's picker: every scenario's id and title. The others' files are fetched when the learner picks one (or a
	 * save names one), so the page does not parse eight scenarios before the lab can start.
	 */
	scenarioChoices?: readonly ScenarioChoice[];
	/** Which steps this lab shows (a lesson may show tiering only). Defaults to all. */
	steps?: readonly LabStep[];
	locale: Locale;
	/**
	 * The UI strings of the page's locale, handed over by SimulationLab.astro so no dictionary is bundled: the lab's
	 * families (`labStringPrefixes`), or the whole dictionary where the workshop's banner and hand-in panel share the
	 * lab's context.
	 */
	strings: LabStrings;
	/** Saves progress under this key; one per lab on the site. */
	labId: string;
	seed?: number;
	size?: number;
	/**
	 * `labSizes` written in the page's locale, made at build time for the free-play picker: the first number format a
	 * page makes costs tens of milliseconds on a slow phone, which the lab would otherwise pay while it starts.
	 */
	sizeLabels?: readonly string[];
	/** Expected values (the default) or random draws; a workshop session fixes it. */
	mode?: 'expected' | 'stochastic';
	/** A workshop team cannot start over (its rounds are locked); lessons and free play can. */
	allowReset?: boolean;
	/** Rendered inside the lab's actor context under its header: the workshop's round banner. */
	banner?: ReactNode;
	/** Rendered inside the lab's actor context, after the lab: the workshop's hand-in panel. */
	children?: ReactNode;
	/** The last round whose events the lab may name (see `LabUi.eventsShownThrough`); all of them by default. */
	eventsShownThrough?: number;
	/**
	 * Why a round may not run yet, shown by its disabled Run button (a workshop waits for the round's unlock code, or
	 * its time is up and the facilitator locks), or null when it may. Every round may run by default.
	 */
	runBlockedReason?: (round: number) => string | null;
}

/** The state the lab has reached when its last step is done, which completes the lesson's lab step. */
const doneWhen: Record<LabStep, readonly string[]> = {
	portfolio: ['tier', 'allocate', 'run', 'review', 'debrief'],
	tier: ['allocate', 'run', 'review', 'debrief'],
	allocate: ['review', 'debrief'],
	review: ['review', 'debrief'],
	debrief: ['debrief'],
};

/**
 * A lab: one exercise actor shared by the islands of the chosen steps, with its progress saved in localStorage.
 * Lessons embed it through SimulationLab.astro, e.g. `<SimulationLab scenario="ict-equipment" steps={['tier']} />`.
 */
export default function SimulationLabIsland(props: SimulationLabProps) {
	const { labId } = props;
	// The save is read after hydration, once: the server has no storage, and the first client render must match the
	// server's HTML. The lab then restarts from the save (a new key remounts its actor).
	const [saved, setSaved] = useState<ReturnType<typeof loadSavedLab> | null>(null);
	useEffect(() => {
		let live = true;
		const save = loadSavedLab(labId);
		const savedScenario = save.snapshot?.context.config.scenarioId;
		// A free-play save may name a scenario this page did not carry: its file comes first, then the lab restarts.
		if (savedScenario === undefined || findScenario(savedScenario)) setSaved(save);
		else
			loadScenarioCatalog().then(
				() => live && setSaved(save),
				() => live && setSaved({ notice: 'restoreCatalogFailed' }),
			);
		return () => {
			live = false;
		};
	}, [labId]);
	// Bumped by a reset, and when another tab's further save is taken over: either remounts the actor.
	const [generation, setGeneration] = useState(0);
	const t = useMemo(() => labTranslator(props.strings), [props.strings]);
	registerScenarios(props.scenarios);
	const fixedScenario = props.scenario ? findScenario(props.scenario) : undefined;
	if (props.scenario && !fixedScenario) {
		return <p role="alert">{t('lab.error.unknownScenario', { id: props.scenario })}</p>;
	}
	const input = {
		config: {
			scenarioId: fixedScenario?.id ?? props.scenarios[0]?.id ?? 'ict-equipment',
			seed: props.seed ?? 42,
			size: props.size ?? fixedScenario?.portfolio.defaultSize ?? 2000,
			...(props.mode ? { mode: props.mode } : {}),
		},
	};
	return (
		<LabContext.Provider
			key={`${generation}:${saved ? 'loaded' : 'pending'}`}
			options={saved?.snapshot ? { snapshot: saved.snapshot, input } : { input }}
		>
			<LabShell
				{...props}
				freePlay={!fixedScenario}
				initialNotice={saved?.notice ?? null}
				// A save that could not be restored yet is kept: nothing overwrites it until the page is reloaded.
				persist={saved !== null && saved.notice !== 'restoreCatalogFailed'}
				onReset={() => {
					clearSavedLab(labId);
					setSaved({ notice: null });
					setGeneration((g) => g + 1);
				}}
				onOtherTab={(snapshot) => {
					setSaved({ snapshot, notice: 'otherTab' });
					setGeneration((g) => g + 1);
				}}
			/>
		</LabContext.Provider>
	);
}

// One array for every render: the lab's UI context depends on it, and a new one would re-render every island.
const allSteps: readonly LabStep[] = labSteps;

interface ShellProps extends SimulationLabProps {
	freePlay: boolean;
	initialNotice: PersistenceNotice;
	/** False until the save has been read, so the lab cannot overwrite it first. */
	persist: boolean;
	onReset: () => void;
	onOtherTab: (snapshot: ExerciseSnapshot) => void;
}

function LabShell({
	locale,
	strings,
	labId,
	steps = allSteps,
	freePlay,
	initialNotice,
	persist,
	onReset,
	onOtherTab,
	allowReset = true,
	eventsShownThrough = Number.POSITIVE_INFINITY,
	runBlockedReason,
	banner,
	children,
	sizeLabels,
	scenarioChoices,
}: ShellProps) {
	const actor = LabContext.useActorRef();
	const state = LabContext.useSelector((s) => String(s.value));
	const scenarioId = LabContext.useSelector((s) => s.context.config.scenarioId);
	const error = LabContext.useSelector((s) => s.context.error);
	const hasTiering = LabContext.useSelector((s) => s.context.tiering !== null);
	const roundsPlayed = LabContext.useSelector((s) => s.context.decisions.length);
	const rounds = LabContext.useSelector((s) => s.context.rounds);
	const violationCount = LabContext.useSelector((s) => s.context.violations.length);
	const canUndo = LabContext.useSelector((s) => s.context.undo.length > 0);
	const notice = useLabPersistence(actor, labId, initialNotice, persist, onOtherTab);
	const [message, setMessage] = useState('');
	const [confirmingReset, setConfirmingReset] = useState(false);
	const t = useMemo(() => labTranslator(strings), [strings]);
	const scenario = findScenario(scenarioId) ?? registeredScenarios()[0];
	const format = useMemo(() => makeFormatters(locale, scenario?.currency ?? 'CNY'), [locale, scenario?.currency]);
	const announce = useCallback((text: string) => setMessage(text), []);
	const section = useRef<HTMLElement>(null);
	useStepFocus(state, section);
	const ui = useMemo(
		() => (scenario ? { locale, t, format, scenario, steps, announce, eventsShownThrough } : null),
		[locale, t, format, scenario, steps, announce, eventsShownThrough],
	);

	// A lesson's lab starts at once with its scenario; free play waits for the learner's choice.
	useEffect(() => {
		if (!freePlay && state === 'configure' && !error) actor.send({ type: 'portfolio.generate' });
	}, [freePlay, state, error, actor]);
	// Without a tiering step, the scenario's default tiering (strategic / key / ordinary) is used. A tiering step with
	// no island yet proposes that default, for the learner to confirm with the button below.
	useEffect(() => {
		if (state !== 'tier') return;
		if (!steps.includes('tier')) {
			actor.send({ type: 'tiering.set', spec: { method: 'strategicKeyOrdinary' } });
			actor.send({ type: 'tiering.confirm' });
		} else if (!stepViews.tier && !hasTiering) {
			actor.send({ type: 'tiering.set', spec: { method: 'strategicKeyOrdinary' } });
		}
	}, [state, steps, actor, hasTiering]);
	// The lesson's lab step is done once the lab passes its last step.
	const lastStep = steps[steps.length - 1] ?? 'debrief';
	const reachedEnd = doneWhen[lastStep].includes(state);
	const marked = useRef(false);
	useEffect(() => {
		if (!reachedEnd || marked.current) return;
		marked.current = true;
		const lesson = currentLesson();
		if (lesson) markLabStepDone(lesson.id);
	}, [reachedEnd]);
	useEffect(() => {
		if (state === 'review') announce(t('lab.announce.roundDone', { round: roundsPlayed, rounds }));
		if (state === 'debrief') announce(t('lab.announce.debrief'));
	}, [state, roundsPlayed, rounds, t, announce]);

	const runBlocked = state === 'allocate' ? (runBlockedReason?.(roundsPlayed + 1) ?? null) : null;
	if (!ui || !scenario) return null;
	// A step's buttons render with its view, inside the same Suspense boundary: shown before a lazily loaded view, they
	// would jump down the page when it arrives, under a learner's finger.
	const renderStep = (step: LabStep, actions?: ReactNode) => {
		const Component = stepViews[step] as ComponentType | undefined;
		if (!steps.includes(step) || !Component) return actions ?? null;
		return (
			<Suspense fallback={<p role="status">{t('lab.loadingStep')}</p>}>
				<Component />
				{actions}
			</Suspense>
		);
	};

	return (
		<LabUiContext.Provider value={ui}>
			<section ref={section} className="course-lab" aria-labelledby={`${labId}-title`}>
				<header className="course-lab__header">
					<h2 id={`${labId}-title`} className="course-lab__title">
						{scenario.title[locale]}
					</h2>
					<p className="course-lab__status">
						{state === 'configure' || state === 'generate' || state === 'tier'
							? t(`lab.state.${state}`)
							: t('lab.roundOf', { round: Math.min(roundsPlayed + (state === 'allocate' ? 1 : 0), rounds), rounds })}
					</p>
				</header>
				{banner}
				{notice && (
					<p className="course-lab__notice" role="status">
						{t(`lab.notice.${notice}`)}
					</p>
				)}
				{/* The tier builder words its own refusals next to the settings that cause them. */}
				{error && !(state === 'tier' && steps.includes('tier') && stepViews.tier) && (
					<p className="course-lab__error" role="alert">
						{t('lab.error.prefix')} {error}
					</p>
				)}

				{state === 'configure' && freePlay && <ScenarioPicker sizeLabels={sizeLabels} choices={scenarioChoices} />}
				{(state === 'generate' || state === 'run') && (
					<p role="status" className="course-lab__working">
						{t(state === 'generate' ? 'lab.working.generate' : 'lab.working.run')}
					</p>
				)}

				{state !== 'configure' && state !== 'generate' && renderStep('portfolio')}
				{state === 'tier' &&
					renderStep(
						'tier',
						<div className="course-lab__actions">
							<button
								type="button"
								disabled={!hasTiering || error !== null}
								onClick={() => actor.send({ type: 'tiering.confirm' })}
							>
								{t('lab.action.confirmTiering')}
							</button>
						</div>,
					)}
				{state === 'allocate' &&
					steps.includes('allocate') &&
					renderStep(
						'allocate',
						<div className="course-lab__actions">
							<button
								type="button"
								disabled={violationCount > 0 || runBlocked !== null}
								aria-describedby={runBlocked === null ? undefined : `${labId}-run-blocked`}
								onClick={() => actor.send({ type: 'round.run' })}
							>
								{t('lab.action.runRound', { round: roundsPlayed + 1 })}
							</button>
							<button
								type="button"
								className="course-lab__secondary"
								disabled={!canUndo}
								onClick={() => actor.send({ type: 'decision.undo' })}
							>
								{t('lab.action.undo')}
							</button>
							{runBlocked !== null && (
								<p id={`${labId}-run-blocked`} className="course-lab__blocked">
									{runBlocked}
								</p>
							)}
						</div>,
					)}
				{state === 'allocate' && !steps.includes('allocate') && <p>{t('lab.tieringDone')}</p>}
				{/* One place for the review in both states, so going on to the debrief keeps it (and its charts) mounted. */}
				{(state === 'review' || state === 'debrief') &&
					renderStep(
						'review',
						state === 'review' && (
							<div className="course-lab__actions">
								<button type="button" onClick={() => actor.send({ type: 'round.next' })}>
									{roundsPlayed < rounds ? t('lab.action.nextRound') : t('lab.action.debrief')}
								</button>
								{roundsPlayed < rounds && <FinishEarly round={roundsPlayed} rounds={rounds} />}
							</div>
						),
					)}
				{state === 'debrief' && renderStep('debrief')}

				{children}
				<div className="course-lab__reset" hidden={!allowReset}>
					{confirmingReset ? (
						<fieldset>
							<legend>{t('lab.reset.confirm')}</legend>
							<button
								type="button"
								onClick={() => {
									setConfirmingReset(false);
									onReset();
									announce(t('lab.announce.reset'));
								}}
							>
								{t('lab.reset.yes')}
							</button>
							<button type="button" onClick={() => setConfirmingReset(false)}>
								{t('lab.reset.no')}
							</button>
						</fieldset>
					) : (
						<button type="button" className="course-lab__secondary" onClick={() => setConfirmingReset(true)}>
							{t('lab.reset.button')}
						</button>
					)}
				</div>
				<div className="sr-only" aria-live="polite" role="status">
					{message}
				</div>
			</section>
		</LabUiContext.Provider>
	);
}

/**
 * Ending the exercise early, behind a confirmation: it cannot be undone, and the button sits next to "next round",
 * so one slip would otherwise throw away the rounds still to play.
 */
function FinishEarly({ round, rounds }: { round: number; rounds: number }) {
	const actor = LabContext.useActorRef();
	const { t } = useLabUi();
	const [confirming, setConfirming] = useState(false);
	const keep = useRef<HTMLButtonElement>(null);
	const reopen = useRef<HTMLButtonElement>(null);
	const wasConfirming = useRef(false);
	// Focus follows the question: onto its safe answer when it opens, back to the button when it is declined.
	useEffect(() => {
		if (confirming) keep.current?.focus();
		else if (wasConfirming.current) reopen.current?.focus();
		wasConfirming.current = confirming;
	}, [confirming]);
	if (!confirming) {
		return (
			<button ref={reopen} type="button" className="course-lab__secondary" onClick={() => setConfirming(true)}>
				{t('lab.action.finishEarly')}
			</button>
		);
	}
	return (
		<fieldset className="course-lab__confirm">
			<legend>{t('lab.finish.confirm', { round, left: rounds - round })}</legend>
			<button type="button" className="course-lab__secondary" onClick={() => actor.send({ type: 'exercise.finish' })}>
				{t('lab.finish.yes')}
			</button>
			<button ref={keep} type="button" onClick={() => setConfirming(false)}>
				{t('lab.finish.no')}
			</button>
		</fieldset>
	);
}

/** Free play: choose the scenario, seed, portfolio size and mode, then generate. */
function ScenarioPicker({
	sizeLabels,
	choices,
}: {
	sizeLabels: readonly string[] | undefined;
	choices: readonly ScenarioChoice[] | undefined;
}) {
	const actor = LabContext.useActorRef();
	const config = LabContext.useSelector((s) => s.context.config);
	const { t: ui, locale, format } = useLabUi();
	const [loading, setLoading] = useState<'idle' | 'loading' | 'failed'>('idle');
	const configure = (change: Partial<typeof config>) => actor.send({ type: 'exercise.configure', config: change });
	const pick = (scenarioId: string) => {
		if (findScenario(scenarioId)) {
			setLoading('idle');
			configure({ scenarioId });
			return;
		}
		setLoading('loading');
		loadScenarioCatalog().then(
			() => {
				setLoading('idle');
				configure({ scenarioId });
			},
			() => setLoading('failed'),
		);
	};
	return (
		<form
			className="course-lab__picker"
			onSubmit={(event) => {
				event.preventDefault();
				if (loading !== 'loading') actor.send({ type: 'portfolio.generate' });
			}}
		>
			<label>
				{ui('lab.picker.scenario')}
				<select value={config.scenarioId} onChange={(e) => pick(e.target.value)}>
					{(choices ?? registeredScenarios()).map((s) => (
						<option key={s.id} value={s.id}>
							{s.title[locale]}
						</option>
					))}
				</select>
			</label>
			<p className="course-lab__picker-status" role="status">
				{loading === 'loading' ? ui('lab.picker.loading') : loading === 'failed' ? ui('lab.picker.loadFailed') : ''}
			</p>
			<label>
				{ui('lab.picker.seed')}
				<input
					type="number"
					min={0}
					max={4294967295}
					step={1}
					value={config.seed}
					onChange={(e) => {
						const seed = Number(e.target.value);
						if (Number.isInteger(seed) && seed >= 0 && seed <= 4294967295) configure({ seed });
					}}
				/>
			</label>
			<label>
				{ui('lab.picker.size')}
				<select value={config.size} onChange={(e) => configure({ size: Number(e.target.value) })}>
					{labSizes.map((n, i) => (
						<option key={n} value={n}>
							{sizeLabels?.[i] ?? format.count(n)}
						</option>
					))}
				</select>
			</label>
			<label>
				{ui('lab.picker.mode')}
				<select
					value={config.mode}
					onChange={(e) => configure({ mode: e.target.value === 'stochastic' ? 'stochastic' : 'expected' })}
				>
					<option value="expected">{ui('lab.picker.modeExpected')}</option>
					<option value="stochastic">{ui('lab.picker.modeStochastic')}</option>
				</select>
			</label>
			<button type="submit" disabled={loading === 'loading'}>
				{ui('lab.action.generate')}
			</button>
		</form>
	);
}
