import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkText } from '../../i18n/checkText.ts';
import { translator } from '../../i18n/translator.ts';
import type { Locale, UiDictionary, UiKey } from '../../i18n/uiStrings.ts';
import { openWebStorage } from '../../progress/openWebStorage.ts';
import { registerScenarios } from '../../sim/scenarios/scenarioRegistry.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { debriefTables } from '../../sim/workshop/debriefTables.ts';
import { debriefCsv, type LeaderboardMetric, leaderboard, leaderboardMetrics } from '../../sim/workshop/leaderboard.ts';
import { sessionDifference } from '../../sim/workshop/sessionDifference.ts';
import { codeFromPasted, isSessionCode, readSessionHash } from '../../sim/workshop/sessionHash.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import { failure } from '../../sim/workshop/shareCode.ts';
import { MAX_RESULT_FILE_BYTES, parseTeamResult, teamResultCode } from '../../sim/workshop/teamResult.ts';
import { type VerifiedTeam, verifyTeamResult } from '../../sim/workshop/verifyTeamResult.ts';
import { parseSessionCode, type WorkshopSession, workshopScenario } from '../../sim/workshop/workshopSession.ts';
import { makeFormatters } from '../lab/formatters.ts';
import { LabUiContext } from '../lab/LabUi.ts';
import { ScrollableTable } from '../lab/ScrollableTable.tsx';
import { downloadFile } from '../shared/downloadFile.ts';
import { DebriefCharts } from './DebriefCharts.tsx';
import { SessionSummary } from './SessionSummary.tsx';

export interface WorkshopDebriefProps {
	scenarios: Scenario[];
	strings: UiDictionary;
	locale: Locale;
}

interface LogLine {
	id: number;
	ok: boolean;
	text: string;
}

interface Item {
	name: string;
	text: string;
}

const storageKey = (id: string) => `course:workshop-debrief:${id}`;

/**
 * Saving the imported teams is a convenience: when storage is off or full, the debrief works from memory and says so.
 * Returns whether the teams were saved.
 */
function save(id: string, teams: readonly VerifiedTeam[]): boolean {
	const storage = openWebStorage();
	if (!storage) return false;
	try {
		storage.setItem(storageKey(id), JSON.stringify(teams.map((team) => teamResultCode(team.result))));
		return true;
	} catch {
		return false;
	}
}

/** The codes saved for a session; a damaged list is removed and reported rather than half used. */
function restore(id: string): { codes: string[]; damaged: boolean } {
	const storage = openWebStorage();
	const raw = storage?.getItem(storageKey(id));
	if (!storage || !raw) return { codes: [], damaged: false };
	try {
		const list: unknown = JSON.parse(raw);
		if (Array.isArray(list) && list.every((c) => typeof c === 'string')) return { codes: list, damaged: false };
	} catch {
		// Falls through to the removal below.
	}
	storage.removeItem(storageKey(id));
	return { codes: [], damaged: true };
}

/** Several codes pasted at once: a new code starts wherever whitespace is followed by `t1.`. */
function splitCodes(text: string): string[] {
	const trimmed = text.trim();
	if (trimmed === '') return [];
	if (trimmed.startsWith('{')) return [trimmed];
	return trimmed.split(/\s+(?=[a-z]\d+\.)/);
}

/**
 * The instructor's debrief: imports team results (dropped files, chosen files, pasted codes), verifies each by
 * recomputing it, asks before replacing a team already loaded, and shows the leaderboard, the round-by-round charts
 * with the reference policies, a CSV export, a printable report and a projector mode.
 */
// The header of each debrief export column (debriefTables.ts), mostly the leaderboard's own.
const debriefHeaderKeys: Record<string, UiKey> = {
	rank: 'workshop.debrief.col.rank',
	team: 'workshop.debrief.col.team',
	roundsPlayed: 'workshop.debrief.col.rounds',
	score: 'workshop.debrief.metric.score',
	valueIndex: 'workshop.debrief.xlsx.valueIndex',
	profit: 'workshop.debrief.metric.profit',
	satisfaction: 'workshop.debrief.metric.satisfaction',
	mvcRetention: 'workshop.debrief.xlsx.mvcRetention',
	round: 'workshop.debrief.xlsx.round',
	period: 'workshop.debrief.xlsx.period',
	customers: 'workshop.debrief.xlsx.customers',
	revenue: 'workshop.debrief.xlsx.revenue',
	costToServe: 'workshop.debrief.xlsx.costToServe',
	churned: 'workshop.debrief.xlsx.churned',
};

export default function WorkshopDebriefIsland({ scenarios, strings, locale }: WorkshopDebriefProps) {
	registerScenarios(scenarios);
	const t = useMemo(() => translator(strings), [strings]);
	const [session, setSession] = useState<{ session: WorkshopSession; base: Scenario } | null>(null);
	const [teams, setTeams] = useState<VerifiedTeam[]>([]);
	const [log, setLog] = useState<LogLine[]>([]);
	const [pending, setPending] = useState<{ team: VerifiedTeam; name: string }[]>([]);
	const [busy, setBusy] = useState('');
	const [metric, setMetric] = useState<LeaderboardMetric>('score');
	const [projector, setProjector] = useState(false);
	const [message, setMessage] = useState('');
	const [storageNote, setStorageNote] = useState<
		'workshop.debrief.storageOff' | 'workshop.debrief.restoreCorrupted' | null
	>(null);
	// The report's date is the moment of printing; it is not rendered at build time, which would differ on hydration.
	const [printedAt, setPrintedAt] = useState<Date | null>(null);
	useEffect(() => {
		const stamp = () => setPrintedAt(new Date());
		stamp();
		window.addEventListener('beforeprint', stamp);
		return () => window.removeEventListener('beforeprint', stamp);
	}, []);
	const nextId = useRef(0);
	// The latest teams and session for the import loop, which runs across several renders.
	const live = useRef({ teams, session: session?.session ?? null });
	live.current = { teams, session: session?.session ?? null };
	const ids = { title: useId(), paste: useId(), files: useId(), board: useId(), metric: useId() };

	const note = useCallback((ok: boolean, text: string) => {
		nextId.current += 1;
		const line = { id: nextId.current, ok, text };
		setLog((l) => [line, ...l].slice(0, 50));
		setMessage(text);
	}, []);

	const accept = useCallback((team: VerifiedTeam) => {
		const current = live.current;
		const next = [...current.teams.filter((x) => x.team !== team.team), team];
		// The session stays the facilitator's: the team's copy is equal to it, not a replacement.
		live.current = { teams: next, session: current.session };
		setTeams(next);
		if (!save(team.sessionId, next)) setStorageNote('workshop.debrief.storageOff');
	}, []);

	/**
	 * Sets the session from its code (the link's `#s=` part): the facilitator's session, against which every hand-in
	 * is compared field by field. Once set, another session's link is refused like any hand-in of that session.
	 */
	const adoptSession = useCallback(
		(code: string): boolean => {
			const parsed = parseSessionCode(code);
			if (!parsed.ok) {
				note(false, checkText(t, parsed));
				return false;
			}
			const current = live.current.session;
			if (current) {
				const difference = sessionDifference(parsed.value.session, current);
				if (difference) note(false, checkText(t, failure('session', '', { ...difference })));
				return false;
			}
			setSession(parsed.value);
			live.current = { teams: [], session: parsed.value.session };
			note(true, t('workshop.debrief.sessionSet', { id: sessionId(parsed.value.session) }));
			return true;
		},
		[t, note],
	);

	/** Verifies items one by one, yielding between them so the page stays responsive and shows progress. */
	const importItems = useCallback(
		async (items: Item[]) => {
			const asks: { team: VerifiedTeam; name: string }[] = [];
			for (const item of items) {
				setBusy(t('workshop.debrief.verifying', { name: item.name }));
				await new Promise((r) => setTimeout(r, 0));
				// A session link pasted among the codes sets the session, when none is set yet.
				if (isSessionCode(item.text)) {
					adoptSession(codeFromPasted(item.text));
					continue;
				}
				// Every hand-in is checked against the facilitator's session, never against the first one imported.
				const expected = live.current.session;
				const parsed = parseTeamResult(item.text);
				let checked: ReturnType<typeof verifyTeamResult>;
				try {
					checked = !parsed.ok
						? parsed
						: expected
							? verifyTeamResult(parsed.value, expected)
							: failure('noSession', '');
				} catch {
					checked = failure('schema', '');
				}
				if (!checked.ok) {
					note(false, t('workshop.debrief.rejected', { name: item.name, reason: checkText(t, checked) }));
					continue;
				}
				const team = checked.value;
				if (live.current.teams.some((x) => x.team === team.team)) {
					asks.push({ team, name: item.name });
					continue;
				}
				accept(team);
				note(
					true,
					t('workshop.debrief.accepted', {
						name: item.name,
						team: team.team,
						played: team.roundsPlayed,
						rounds: team.session.rounds,
					}),
				);
			}
			setBusy('');
			if (asks.length) setPending((p) => [...p, ...asks]);
		},
		[t, note, accept, adoptSession],
	);

	// A debrief opened from the facilitator's page knows its session, and gets back the teams imported before.
	useEffect(() => {
		const { code } = readSessionHash(window.location.hash);
		if (!code || !adoptSession(code)) return;
		const current = live.current.session;
		if (!current) return;
		const { codes: saved, damaged } = restore(sessionId(current));
		if (damaged) setStorageNote('workshop.debrief.restoreCorrupted');
		if (saved.length) {
			importItems(saved.map((text, n) => ({ name: t('workshop.debrief.pastedCode', { n: n + 1 }), text }))).then(() =>
				setMessage(t('workshop.debrief.restored', { count: saved.length })),
			);
		}
	}, [t, importItems, adoptSession]);

	useEffect(() => {
		document.documentElement.toggleAttribute('data-projector', projector);
		return () => document.documentElement.removeAttribute('data-projector');
	}, [projector]);

	const readFiles = async (files: FileList | File[]) => {
		const items: Item[] = [];
		for (const file of Array.from(files)) {
			if (file.size > MAX_RESULT_FILE_BYTES) {
				note(
					false,
					t('workshop.debrief.rejected', {
						name: file.name,
						reason: checkText(t, failure('tooLarge', `${file.size}`)),
					}),
				);
				continue;
			}
			items.push({ name: file.name, text: await file.text() });
		}
		await importItems(items);
	};

	const scenario = useMemo(() => (session ? workshopScenario(session.base, session.session) : null), [session]);
	useEffect(() => {
		if (scenario) registerScenarios([scenario]);
	}, [scenario]);
	const format = useMemo(() => makeFormatters(locale, scenario?.currency ?? 'CNY'), [locale, scenario?.currency]);
	const ui = useMemo(
		() => (scenario ? { locale, t, format, scenario, steps: [], announce: setMessage } : null),
		[locale, t, format, scenario],
	);
	const rows = leaderboard(teams, metric);
	const ask = pending[0];
	const exportCsv = () => {
		const url = URL.createObjectURL(new Blob([`\ufeff${debriefCsv(teams)}`], { type: 'text/csv' }));
		const a = document.createElement('a');
		a.href = url;
		a.download = `debrief-${session ? sessionId(session.session) : 'workshop'}.csv`;
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};
	const [xlsxFailed, setXlsxFailed] = useState(false);
	const exportXlsx = async () => {
		try {
			// The Excel writer is fetched only when a facilitator asks for a workbook.
			const { writeXlsx } = await import('../../sim/format/writeXlsx.ts');
			const { ranking, rounds } = debriefTables(teams);
			const header = (id: string) => t(debriefHeaderKeys[id] as UiKey);
			const blob = await writeXlsx([
				{
					name: t('workshop.debrief.xlsx.sheetRanking'),
					headers: ranking.columns.map((c) => header(c.id)),
					table: ranking,
				},
				{
					name: t('workshop.debrief.xlsx.sheetRounds'),
					headers: rounds.columns.map((c) => header(c.id)),
					table: rounds,
				},
			]);
			downloadFile(blob, `debrief-${session ? sessionId(session.session) : 'workshop'}.xlsx`);
			setXlsxFailed(false);
		} catch {
			setXlsxFailed(true);
		}
	};

	return (
		<section className="workshop workshop-debrief" aria-labelledby={ids.title}>
			<h2 id={ids.title}>{t('workshop.debrief.heading')}</h2>
			<p className="workshop-noprint">{t('workshop.debrief.intro')}</p>
			{storageNote && (
				<p className="course-lab__notice workshop-noprint" role="status">
					{t(storageNote)}
				</p>
			)}
			{session ? (
				<SessionSummary session={session.session} base={session.base} locale={locale} t={t} />
			) : (
				<p>{t('workshop.debrief.noSession')}</p>
			)}

			{/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file input inside is the keyboard's way in. */}
			<div
				className="workshop-drop workshop-noprint"
				onDragOver={(e) => e.preventDefault()}
				onDrop={(e) => {
					e.preventDefault();
					readFiles(e.dataTransfer.files);
				}}
			>
				<p>
					{t('workshop.debrief.drop')}{' '}
					<label htmlFor={ids.files} className="workshop-button">
						{t('workshop.debrief.chooseFiles')}
					</label>
				</p>
				<input
					id={ids.files}
					className="sr-only"
					type="file"
					multiple
					accept=".json,.txt,application/json,text/plain"
					onChange={(e) => {
						if (e.target.files) readFiles(e.target.files).then(() => (e.target.value = ''));
					}}
				/>
			</div>
			<PasteCodes
				t={t}
				id={ids.paste}
				onCodes={(codes) =>
					importItems(codes.map((text, n) => ({ name: t('workshop.debrief.pastedCode', { n: n + 1 }), text })))
				}
			/>
			{busy && <p role="status">{busy}</p>}

			{ask && (
				<div className="workshop-ask" role="alertdialog" aria-labelledby={`${ids.title}-ask`}>
					<p id={`${ids.title}-ask`}>{t('workshop.debrief.replaceAsk', { team: ask.team.team, name: ask.name })}</p>
					<div className="course-lab__actions">
						<button
							type="button"
							onClick={() => {
								accept(ask.team);
								note(true, t('workshop.debrief.replaced', { team: ask.team.team }));
								setPending((p) => p.slice(1));
							}}
						>
							{t('workshop.debrief.replaceYes')}
						</button>
						<button
							type="button"
							onClick={() => {
								note(true, t('workshop.debrief.kept', { team: ask.team.team }));
								setPending((p) => p.slice(1));
							}}
						>
							{t('workshop.debrief.replaceNo')}
						</button>
					</div>
				</div>
			)}

			{log.length > 0 && (
				<ul className="workshop-log workshop-noprint">
					{log.map((line) => (
						<li key={line.id} className={line.ok ? 'workshop-log__ok' : 'workshop-log__bad'}>
							{line.text}
						</li>
					))}
				</ul>
			)}

			<h3 id={ids.board}>{t('workshop.debrief.leaderboard')}</h3>
			{teams.length === 0 ? (
				<p>{t('workshop.debrief.empty')}</p>
			) : (
				<>
					<fieldset className="workshop-metric workshop-noprint">
						<legend id={ids.metric}>{t('workshop.debrief.rankBy')}</legend>
						{leaderboardMetrics.map((m) => (
							<label key={m}>
								<input type="radio" name={ids.metric} checked={metric === m} onChange={() => setMetric(m)} />{' '}
								{t(`workshop.debrief.metric.${m}` as UiKey)}
							</label>
						))}
					</fieldset>
					<ScrollableTable className="workshop-board-scroll" label={t('workshop.debrief.leaderboard')}>
						<table className="workshop-board" aria-labelledby={ids.board}>
							<thead>
								<tr>
									<th scope="col">{t('workshop.debrief.col.rank')}</th>
									<th scope="col">{t('workshop.debrief.col.team')}</th>
									<th scope="col">{t('workshop.debrief.col.rounds')}</th>
									{leaderboardMetrics.map((m) => (
										<th key={m} scope="col" aria-sort={m === metric ? 'descending' : undefined}>
											{t(`workshop.debrief.metric.${m}` as UiKey)}
										</th>
									))}
									<th scope="col" className="workshop-noprint">
										<span className="sr-only">{t('workshop.debrief.remove', { team: '' })}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{rows.map((r) => (
									<tr key={r.team}>
										<td>{r.rank}</td>
										<th scope="row">{r.team}</th>
										<td>{r.roundsPlayed}</td>
										<td>{format.decimal(r.score, 1)}</td>
										<td>{format.money(r.profit)}</td>
										<td>{format.satisfaction(r.satisfaction)}</td>
										<td>{format.percent(r.mvcRetention / 100)}</td>
										<td className="workshop-noprint">
											<button
												type="button"
												onClick={() => {
													const next = teams.filter((x) => x.team !== r.team);
													setTeams(next);
													if (session && !save(sessionId(session.session), next))
														setStorageNote('workshop.debrief.storageOff');
												}}
											>
												{t('workshop.debrief.remove', { team: r.team })}
											</button>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</ScrollableTable>
					<p className="workshop-note">{t('workshop.debrief.leaderboardNote')}</p>
					{session && scenario && ui && (
						<LabUiContext.Provider value={ui}>
							<DebriefCharts session={session.session} scenario={scenario} teams={teams} />
						</LabUiContext.Provider>
					)}
				</>
			)}

			<div className="course-lab__actions workshop-noprint">
				<button type="button" disabled={teams.length === 0} onClick={exportCsv}>
					{t('workshop.debrief.exportCsv')}
				</button>
				<button type="button" disabled={teams.length === 0} onClick={() => void exportXlsx()}>
					{t('workshop.debrief.exportXlsx')}
				</button>
				<button type="button" onClick={() => window.print()}>
					{t('workshop.debrief.print')}
				</button>
				<button type="button" aria-pressed={projector} onClick={() => setProjector((p) => !p)}>
					{t('workshop.debrief.projector')}
				</button>
			</div>
			{xlsxFailed && (
				<p role="alert" className="course-lab__error workshop-noprint">
					{t('workshop.debrief.xlsxFailed')}
				</p>
			)}
			{printedAt && (
				<p className="workshop-printonly">
					{t('workshop.debrief.printedOn', { date: printedAt.toLocaleString(locale) })}
				</p>
			)}
			<div className="sr-only" aria-live="polite" role="status">
				{message}
			</div>
		</section>
	);
}

function PasteCodes({
	t,
	id,
	onCodes,
}: {
	t: ReturnType<typeof translator>;
	id: string;
	onCodes: (codes: string[]) => void;
}) {
	const [text, setText] = useState('');
	return (
		<form
			className="workshop-paste workshop-noprint"
			onSubmit={(e) => {
				e.preventDefault();
				const codes = splitCodes(text);
				onCodes(codes.length ? codes : ['']);
				setText('');
			}}
		>
			<label htmlFor={id}>{t('workshop.debrief.pasteLabel')}</label>
			<textarea id={id} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
			<button type="submit">{t('workshop.debrief.pasteButton')}</button>
		</form>
	);
}
