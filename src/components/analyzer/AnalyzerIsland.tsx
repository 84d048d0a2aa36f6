import Papa from 'papaparse';
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Translate, translator } from '../../i18n/translator.ts';
import type { Locale, UiDictionary, UiKey } from '../../i18n/uiStrings.ts';
import { openWebStorage } from '../../progress/openWebStorage.ts';
import { type PurchaseModelChoice, purchaseModelChoices } from '../../sim/analytics/purchaseModelChoices.ts';
import { analyseCustomerList, type CustomerListAnalysis } from '../../sim/analyzer/analyseCustomerList.ts';
import type { TransactionLogAnalysis } from '../../sim/analyzer/analyseTransactionLog.ts';
import { type CheckedDataset, checkDataset } from '../../sim/analyzer/checkDataset.ts';
import { suggestedCalibrationEnd } from '../../sim/analyzer/suggestedCalibrationEnd.ts';
import {
	customerRfmTable,
	customerTiersTable,
	type ExportTable,
	tierSummaryTable,
} from '../../sim/format/exportTables.ts';
import { toCsv } from '../../sim/format/toCsv.ts';
import {
	checkFileSize,
	decodeAs,
	decodeBytes,
	type FileProblem,
	type GuessableEncoding,
	guessableEncodings,
} from '../../sim/import/decodeBytes.ts';
import type { WorkbookProblem } from '../../sim/import/inspectWorkbook.ts';
import { parseTable, type RawTable } from '../../sim/import/parseTable.ts';
import {
	type CustomerList,
	type DataShape,
	guessShape,
	missingRoles,
	type RowIssue,
} from '../../sim/import/readDataset.ts';
import type { WorkbookRead } from '../../sim/import/readWorkbook.ts';
import { type ColumnMapping, type ColumnRole, columnRoles, suggestColumns } from '../../sim/import/suggestColumns.ts';
import { scenarios } from '../../sim/scenarios/scenarioCatalog.ts';
import { printableExcerpt } from '../../sim/text/printableExcerpt.ts';
import type { CheckSource, ClvOutput } from '../../sim/worker/analyzerWorkerProtocol.ts';
import { ChartPanel } from '../lab/ChartPanel.tsx';
import { makeFormatters } from '../lab/formatters.ts';
import { type LabUi, LabUiContext, tierLabel } from '../lab/LabUi.ts';
import { downloadFile } from '../shared/downloadFile.ts';
import { AnalyzerTemplates } from './AnalyzerTemplates.tsx';
import { requestCheck, requestClv, requestDemoLog, requestWorkbook, warmAnalyzer } from './analyzerWorkerClient.ts';
import { ClvDiagnosticsPanel } from './ClvDiagnosticsPanel.tsx';
import { ClvHoldoutSection } from './ClvHoldoutSection.tsx';
import { VirtualTable } from './VirtualTable.tsx';

/** The only key the analyzer writes, and only when the user ticks "remember". */
const STORAGE_KEY = 'course-analyzer-v1';

/** A remembered data set, or null when the stored copy is not one (damaged, or written by something else). */
function parseRemembered(text: string): { text: string; source: string } | null {
	try {
		const data: unknown = JSON.parse(text);
		if (typeof data !== 'object' || data === null) return null;
		const { text: body, source } = data as Record<string, unknown>;
		return typeof body === 'string' && typeof source === 'string' ? { text: body, source } : null;
	} catch {
		return null;
	}
}

// CSV text is kept with its table: the worker re-parses it, which costs less than copying 100,000 parsed rows over.
// A workbook has no text: its sheet's table goes to the worker as it is.
type Loaded = {
	table: RawTable;
	text?: string;
	source: string;
	encoding?: string;
	workbook?: { sheets: string[]; sheet: string; headerRow: number };
};

/** What the worker reads to check (or re-read) a loaded file: its CSV text, or a workbook sheet's table. */
function checkSourceOf(loaded: Loaded): CheckSource {
	return loaded.text !== undefined ? { text: loaded.text } : { table: loaded.table };
}

/** A file is read as a workbook when its name says so or its first bytes are a zip's or an OLE container's. */
function isWorkbookFile(name: string, bytes: Uint8Array): boolean {
	if (/\.(xlsx|xlsm|xls)$/i.test(name)) return true;
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
	return zip || ole;
}

/** A file whose encoding was a guess: its bytes, to decode again as the user chooses, and the encoding in use. */
type Guess = { bytes: Uint8Array; source: string; encoding: GuessableEncoding };

/** The first line of a text with something on it, quoted so the user can tell whether the decoding is right. */
const firstLine = (text: string) => printableExcerpt(text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '', 80);

/**
 * The "bring your own data" analyzer: read a CSV/TSV file, a pasted table or the demo log, map its columns, check
 * every row, then tier a customer list or score a transaction log (RFM, Pareto, CLV). Everything stays in this tab:
 * files are read with the File API, the models run in a Web Worker, and nothing is sent or stored unless the user
 * asks for it to be remembered.
 */
export default function AnalyzerIsland({ locale, strings }: { locale: Locale; strings: UiDictionary }) {
	// The page's own dictionary comes as a prop, so neither language's strings are in the bundle.
	const t = useMemo(() => translator(strings), [strings]);
	const format = useMemo(() => makeFormatters(locale, locale === 'en' ? 'USD' : 'CNY'), [locale]);
	const [message, setMessage] = useState('');
	const ui: LabUi = useMemo(
		() => ({
			locale,
			t,
			format,
			scenario: scenarios[0] as LabUi['scenario'],
			steps: [],
			announce: setMessage,
		}),
		[locale, t, format],
	);
	const id = useId();
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [fileError, setFileError] = useState<string | null>(null);
	const [guess, setGuess] = useState<Guess | null>(null);
	const [mapping, setMapping] = useState<ColumnMapping>({});
	const [shape, setShape] = useState<DataShape>('transactions');
	const [checked, setChecked] = useState<CheckedDataset | null>(null);
	const [accepted, setAccepted] = useState(false);
	const [paste, setPaste] = useState('');
	const [remember, setRemember] = useState(false);
	// Each check gets a number, so a slow check of an older file or mapping never lands over a newer one.
	const checkRun = useRef(0);
	// Likewise each file, paste or demo read: a slow read of an older workbook or sheet never lands over a newer one.
	const fileRun = useRef(0);
	// The workbook's bytes, kept while it is loaded so another sheet can be read without choosing the file again.
	const workbookBytes = useRef<{ bytes: Uint8Array; name: string } | null>(null);
	const [checking, setChecking] = useState(false);
	// Why remembering did not or could not happen: storage off, the data too large, or a damaged saved copy.
	const [storageNote, setStorageNote] = useState<UiKey | null>(null);
	const [demoScenario, setDemoScenario] = useState('ecommerce-membership');
	const [demoSeed, setDemoSeed] = useState(42);
	const [busy, setBusy] = useState(false);
	const [dragging, setDragging] = useState(false);

	const fileProblem = useCallback(
		(problem: FileProblem) => setFileError(t(`analyzer.file.${problem.code}` as UiKey)),
		[t],
	);
	const workbookProblem = useCallback(
		(problem: WorkbookProblem) => {
			const values = Object.fromEntries(
				Object.entries(problem.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? format.count(v) : v]),
			);
			setFileError(t(`analyzer.workbook.${problem.code}` as UiKey, values));
		},
		[t, format],
	);

	const loadTable = useCallback(
		(loading: Loaded) => {
			const { table, source } = loading;
			if (table.headers.length === 0 || table.rows.length === 0) {
				setFileError(t('analyzer.file.noRows'));
				return;
			}
			const suggested = suggestColumns(table.headers);
			setFileError(null);
			setLoaded(loading);
			setMapping(suggested);
			setShape(guessShape(suggested));
			checkRun.current += 1;
			setChecked(null);
			setAccepted(false);
			setMessage(t('analyzer.loaded', { rows: format.count(table.rows.length), source }));
		},
		[t, format],
	);
	const load = useCallback(
		(text: string, source: string, encoding?: string) => {
			fileRun.current += 1;
			workbookBytes.current = null;
			loadTable({ table: parseTable(text), text, source, encoding });
		},
		[loadTable],
	);

	useEffect(warmAnalyzer, []);

	// Restore only what the user asked to be remembered.
	useEffect(() => {
		const storage = openWebStorage();
		const saved = storage?.getItem(STORAGE_KEY);
		if (!storage || !saved) return;
		const data = parseRemembered(saved);
		if (!data) {
			storage.removeItem(STORAGE_KEY);
			setStorageNote('analyzer.remember.corrupted');
			return;
		}
		setRemember(true);
		load(data.text, data.source);
	}, [load]);

	const rawText = useRef('');
	useEffect(() => {
		const storage = openWebStorage();
		if (!remember) {
			storage?.removeItem(STORAGE_KEY);
			return;
		}
		if (!storage) {
			setStorageNote('analyzer.remember.off');
			return;
		}
		if (!loaded || !rawText.current) return;
		try {
			storage.setItem(STORAGE_KEY, JSON.stringify({ text: rawText.current, source: loaded.source }));
			setStorageNote(null);
		} catch {
			setStorageNote('analyzer.remember.full');
		}
	}, [remember, loaded]);

	const [readingWorkbook, setReadingWorkbook] = useState(false);
	const readSheet = useCallback(
		async (bytes: Uint8Array, name: string, sheet?: string) => {
			const run = ++fileRun.current;
			setReadingWorkbook(true);
			let read: WorkbookRead;
			try {
				// Only in the worker, with no fallback on this thread: a second copy of the 160 KB reader would be
				// precached for offline use by every visitor, and there is always a worker where .xlsx files are used.
				read = await requestWorkbook(bytes, sheet);
			} catch {
				setFileError(t('analyzer.worker.failed'));
				return;
			} finally {
				if (run === fileRun.current) setReadingWorkbook(false);
			}
			if (run !== fileRun.current) return;
			if (!read.ok) {
				workbookProblem(read.problem);
				return;
			}
			workbookBytes.current = { bytes, name };
			// What "remember" keeps of a workbook is the sheet's table as CSV.
			rawText.current = Papa.unparse({ fields: read.table.headers, data: read.table.rows });
			loadTable({
				table: read.table,
				source: name,
				workbook: { sheets: read.sheets, sheet: read.sheet, headerRow: read.headerRow },
			});
		},
		[t, workbookProblem, loadTable],
	);

	const readFile = useCallback(
		async (file: File) => {
			const tooBig = checkFileSize(file.size);
			if (tooBig) return fileProblem(tooBig);
			const bytes = new Uint8Array(await file.arrayBuffer());
			if (isWorkbookFile(file.name, bytes)) {
				// A workbook carries its own encoding: no guess to offer.
				setGuess(null);
				return readSheet(bytes, file.name);
			}
			const decoded = decodeBytes(bytes);
			if (!decoded.ok) return fileProblem(decoded.problem);
			rawText.current = decoded.text;
			setGuess(decoded.guessed ? { bytes, source: file.name, encoding: 'gb18030' } : null);
			load(decoded.text, file.name, decoded.encoding);
		},
		[fileProblem, load, readSheet],
	);

	/** Decodes the guessed file again in the encoding the user chose, and reads it afresh. */
	const decodeGuessAs = useCallback(
		(encoding: GuessableEncoding) => {
			if (!guess) return;
			const decoded = decodeAs(guess.bytes, encoding);
			if (!decoded.ok) return fileProblem(decoded.problem);
			rawText.current = decoded.text;
			setGuess({ ...guess, encoding });
			load(decoded.text, guess.source, encoding);
		},
		[guess, fileProblem, load],
	);

	const loadDemo = useCallback(async () => {
		setBusy(true);
		try {
			const records = await requestDemoLog(demoScenario, demoSeed, 1000);
			const text = toCsv(records.map((r) => ({ customer_id: r.customerId, date: r.date, amount: r.amount })));
			rawText.current = text;
			load(text, t('analyzer.demo.source', { seed: demoSeed }));
		} catch {
			setFileError(t('analyzer.worker.failed'));
		} finally {
			setBusy(false);
		}
	}, [demoScenario, demoSeed, load, t]);

	const clearAll = () => {
		openWebStorage()?.removeItem(STORAGE_KEY);
		setStorageNote(null);
		rawText.current = '';
		workbookBytes.current = null;
		fileRun.current += 1;
		setRemember(false);
		setLoaded(null);
		setGuess(null);
		checkRun.current += 1;
		setChecked(null);
		setAccepted(false);
		setPaste('');
		setFileError(null);
		setMapping({});
		setMessage(t('analyzer.cleared'));
	};

	const missing = missingRoles(shape, mapping);
	const check = async () => {
		if (!loaded || missing.length || checking) return;
		const run = ++checkRun.current;
		setChecking(true);
		let result: CheckedDataset;
		// Tomorrow in UTC, so a purchase made today anywhere on Earth is not taken for one in the future.
		const latestDay = Math.floor(Date.now() / 86_400_000) + 1;
		try {
			result = await requestCheck(checkSourceOf(loaded), mapping, shape, latestDay);
		} catch {
			// No worker (blocked or crashed): the same check on this thread, slower but complete.
			result = checkDataset(loaded.table, mapping, shape, latestDay);
		} finally {
			setChecking(false);
		}
		if (run !== checkRun.current) return;
		setChecked(result);
		setAccepted(result.badRows === 0);
		setMessage(
			result.badRows
				? t('analyzer.issues.summary', {
						bad: format.count(result.badRows),
						rows: format.count(loaded.table.rows.length),
					})
				: t('analyzer.issues.none'),
		);
	};
	const invalidate = () => {
		checkRun.current += 1;
		setChecked(null);
	};

	return (
		<LabUiContext.Provider value={ui}>
			<div className="course-analyzer">
				<p className="course-analyzer__privacy">
					<strong>{t('analyzer.privacy.title')}</strong> {t('analyzer.privacy.body')}
				</p>
				<section aria-labelledby={`${id}-load`}>
					<h2 id={`${id}-load`}>{t('analyzer.load.heading')}</h2>
					{/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a mouse shortcut; the file input inside is the keyboard path. */}
					<div
						className={`course-analyzer__drop${dragging ? ' is-dragging' : ''}`}
						onDragOver={(e) => {
							e.preventDefault();
							setDragging(true);
						}}
						onDragLeave={() => setDragging(false)}
						onDrop={(e) => {
							e.preventDefault();
							setDragging(false);
							const file = e.dataTransfer.files[0];
							if (file) void readFile(file);
						}}
					>
						<label>
							{t('analyzer.load.file')}
							<input
								type="file"
								accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
								onChange={(e) => {
									const file = e.target.files?.[0];
									if (file) void readFile(file);
									e.target.value = '';
								}}
							/>
						</label>
						<p>{t('analyzer.load.drop')}</p>
					</div>
					<AnalyzerTemplates locale={locale} t={t} onError={() => setFileError(t('analyzer.export.failed'))} />
					<label className="course-analyzer__paste">
						{t('analyzer.load.paste')}
						<textarea rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} />
					</label>
					<button
						type="button"
						disabled={paste.trim() === ''}
						onClick={() => {
							rawText.current = paste;
							load(paste, t('analyzer.load.pasted'));
						}}
					>
						{t('analyzer.load.readPaste')}
					</button>
					<fieldset className="course-analyzer__demo">
						<legend>{t('analyzer.demo.legend')}</legend>
						<label>
							{t('analyzer.demo.scenario')}
							<select value={demoScenario} onChange={(e) => setDemoScenario(e.target.value)}>
								{scenarios.map((s) => (
									<option key={s.id} value={s.id}>
										{s.title[locale]}
									</option>
								))}
							</select>
						</label>
						<label>
							{t('analyzer.demo.seed')}
							<input
								type="number"
								min={0}
								max={4294967295}
								value={demoSeed}
								onChange={(e) => setDemoSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
							/>
						</label>
						<button type="button" onClick={() => void loadDemo()} disabled={busy}>
							{t('analyzer.demo.load')}
						</button>
					</fieldset>
					<div className="course-analyzer__store">
						<label>
							<input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
							{t('analyzer.remember.label')}
						</label>
						<button type="button" onClick={clearAll}>
							{t('analyzer.clear')}
						</button>
					</div>
					{storageNote && (
						<p role="status" className="course-lab__notice">
							{t(storageNote)}
						</p>
					)}
					{readingWorkbook && (
						<p role="status" className="course-lab__notice">
							{t('analyzer.workbook.reading')}
						</p>
					)}
					{fileError && (
						<p role="alert" className="course-analyzer__error">
							{fileError}
						</p>
					)}
					{guess && loaded?.text !== undefined && loaded.source === guess.source && (
						<div className="course-lab__notice">
							<p role="status">
								{t('analyzer.encoding.guessed', { encoding: guess.encoding, sample: firstLine(loaded.text) })}
							</p>
							<label>
								{t('analyzer.encoding.choose')}{' '}
								<select value={guess.encoding} onChange={(e) => decodeGuessAs(e.target.value as GuessableEncoding)}>
									{guessableEncodings.map((name) => (
										<option key={name} value={name}>
											{t(`analyzer.encoding.${name}` as UiKey)}
										</option>
									))}
								</select>
							</label>
						</div>
					)}
				</section>
				{loaded && (
					<MappingSection
						loaded={loaded}
						mapping={mapping}
						setMapping={(m) => {
							setMapping(m);
							invalidate();
						}}
						shape={shape}
						setShape={(s) => {
							setShape(s);
							invalidate();
						}}
						missing={missing}
						onCheck={() => void check()}
						onSheet={(sheet) => {
							const wb = workbookBytes.current;
							if (wb) void readSheet(wb.bytes, wb.name, sheet);
						}}
						t={t}
						format={format}
					/>
				)}
				{checking && (
					<p role="status" className="course-lab__notice">
						{t('analyzer.checking', { rows: format.count(loaded?.table.rows.length ?? 0) })}
					</p>
				)}
				{checked && checked.badRows > 0 && (
					<IssuesSection
						checked={checked}
						accepted={accepted}
						onAccept={() => setAccepted(true)}
						t={t}
						format={format}
					/>
				)}
				{checked && accepted && checked.shape === 'customers' && <CustomerResults list={checked.customers} />}
				{checked && accepted && checked.shape === 'transactions' && checked.analysis && (
					<TransactionResults
						analysis={checked.analysis}
						transactions={checked.goodRows}
						source={loaded ? checkSourceOf(loaded) : null}
						mapping={mapping}
					/>
				)}
				<p className="sr-only" aria-live="polite">
					{message}
				</p>
			</div>
		</LabUiContext.Provider>
	);
}

type T = Translate;
type Format = ReturnType<typeof makeFormatters>;

function MappingSection(props: {
	loaded: Loaded;
	mapping: ColumnMapping;
	setMapping: (m: ColumnMapping) => void;
	shape: DataShape;
	setShape: (s: DataShape) => void;
	missing: ColumnRole[];
	onCheck: () => void;
	onSheet: (sheet: string) => void;
	t: T;
	format: Format;
}) {
	const { loaded, mapping, setMapping, shape, setShape, missing, t, format } = props;
	const id = useId();
	const { table, workbook } = loaded;
	const delimiterName = table.delimiter === '\t' ? t('analyzer.delimiter.tab') : table.delimiter;
	return (
		<section aria-labelledby={`${id}-map`}>
			<h2 id={`${id}-map`}>{t('analyzer.map.heading')}</h2>
			{workbook && workbook.sheets.length > 1 && (
				<label>
					{t('analyzer.workbook.sheet')}
					<select value={workbook.sheet} onChange={(e) => props.onSheet(e.target.value)}>
						{workbook.sheets.map((name) => (
							<option key={name} value={name}>
								{name}
							</option>
						))}
					</select>
				</label>
			)}
			<p>
				{workbook
					? t('analyzer.map.readSheet', {
							source: loaded.source,
							sheet: workbook.sheet,
							rows: format.count(table.rows.length),
							columns: format.count(table.headers.length),
							header: workbook.headerRow,
						})
					: t('analyzer.map.read', {
							source: loaded.source,
							rows: format.count(table.rows.length),
							columns: format.count(table.headers.length),
							delimiter: delimiterName,
							encoding: loaded.encoding ?? '—',
						})}
			</p>
			<fieldset>
				<legend>{t('analyzer.shape.legend')}</legend>
				{(['transactions', 'customers'] as const).map((s) => (
					<label key={s}>
						<input type="radio" name={`${id}-shape`} checked={shape === s} onChange={() => setShape(s)} />
						{t(`analyzer.shape.${s}` as UiKey)}
					</label>
				))}
			</fieldset>
			<div className="course-analyzer__mapping">
				{columnRoles.map((role) => (
					<label key={role}>
						{t(`analyzer.role.${role}` as UiKey)}
						<select
							value={mapping[role] ?? -1}
							onChange={(e) => {
								const next = { ...mapping };
								const column = Number(e.target.value);
								if (column < 0) delete next[role];
								else next[role] = column;
								setMapping(next);
							}}
						>
							<option value={-1}>{t('analyzer.role.none')}</option>
							{table.headers.map((h, c) => (
								// biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the column index is the identity.
								<option key={c} value={c}>
									{h || t('analyzer.map.column', { n: c + 1 })}
								</option>
							))}
						</select>
					</label>
				))}
			</div>
			{missing.length > 0 && (
				<p role="alert" className="course-analyzer__error">
					{t('analyzer.map.missing', {
						roles: missing.map((r) => t(`analyzer.role.${r}` as UiKey)).join(t('analyzer.listSeparator')),
					})}
				</p>
			)}
			<button type="button" disabled={missing.length > 0} onClick={props.onCheck}>
				{t('analyzer.map.check')}
			</button>
		</section>
	);
}

function IssuesSection(props: {
	checked: CheckedDataset;
	accepted: boolean;
	onAccept: () => void;
	t: T;
	format: Format;
}) {
	const { checked, t, format } = props;
	const id = useId();
	const { issues } = checked;
	const reason = (issue: RowIssue) => t(`analyzer.reason.${issue.reason}` as UiKey, { expected: issue.expected ?? '' });
	return (
		<section aria-labelledby={`${id}-issues`}>
			<h2 id={`${id}-issues`}>{t('analyzer.issues.heading')}</h2>
			<p role="status">
				{t('analyzer.issues.count', { bad: format.count(checked.badRows), issues: format.count(issues.length) })}
			</p>
			<VirtualTable
				label={t('analyzer.issues.listLabel')}
				headers={[
					t('analyzer.issues.row'),
					t('analyzer.issues.column'),
					t('analyzer.issues.value'),
					t('analyzer.issues.reason'),
				]}
				rowCount={issues.length}
				cell={(r, c) => {
					const issue = issues[r] as RowIssue;
					return c === 0 ? String(issue.row) : c === 1 ? issue.column : c === 2 ? issue.value : reason(issue);
				}}
			/>
			{checked.goodRows === 0 ? (
				<p role="alert" className="course-lab__error">
					{t('analyzer.issues.noneUsable')}
				</p>
			) : props.accepted ? (
				<p>{t('analyzer.issues.accepted', { bad: format.count(checked.badRows) })}</p>
			) : (
				<button type="button" onClick={props.onAccept}>
					{t('analyzer.issues.continue', { bad: format.count(checked.badRows) })}
				</button>
			)}
		</section>
	);
}

function curveRows(curve: { x: number[]; y: number[] }, format: Format) {
	return curve.x.map((x, k) => ({ label: format.percent(x), values: [format.percent(curve.y[k] as number)] }));
}

function CustomerResults({ list }: { list: CustomerList }) {
	const { t, format } = useUi();
	const id = useId();
	const analysis: CustomerListAnalysis = useMemo(() => analyseCustomerList(list), [list]);
	const [method, setMethod] = useState(analysis.methods[0]?.method ?? 'abc');
	const result = analysis.methods.find((m) => m.method === method) ?? analysis.methods[0];
	const n = list.revenue.length;
	const [exportError, setExportError] = useState(false);
	return (
		<section aria-labelledby={`${id}-c`}>
			<h2 id={`${id}-c`}>{t('analyzer.customers.heading', { count: format.count(n) })}</h2>
			<label>
				{t('analyzer.customers.method')}
				<select value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
					{analysis.methods.map((m) => (
						<option key={m.method} value={m.method}>
							{t(`lab.tier.methodName.${m.method}` as UiKey)}
						</option>
					))}
				</select>
			</label>
			{analysis.unavailable.length > 0 && (
				<p>
					{t('analyzer.customers.unavailable', {
						methods: analysis.unavailable
							.map((u) => t(`lab.tier.methodName.${u.method}` as UiKey))
							.join(t('analyzer.listSeparator')),
					})}
				</p>
			)}
			{result && (
				<table>
					<caption>{t('analyzer.customers.tableCaption')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('analyzer.customers.tier')}</th>
							<th scope="col">{t('analyzer.customers.count')}</th>
							<th scope="col">{t('analyzer.customers.revenueShare')}</th>
							<th scope="col">{t('analyzer.customers.profit')}</th>
							<th scope="col">{t('analyzer.customers.serviceShare')}</th>
						</tr>
					</thead>
					<tbody>
						{result.tiers.map((tier) => {
							const totalRevenue = result.tiers.reduce((s, x) => s + x.revenue, 0) || 1;
							return (
								<tr key={tier.id}>
									<th scope="row">{tierLabel(t, tier.id)}</th>
									<td>{format.count(tier.customers)}</td>
									<td>{format.percent(tier.revenue / totalRevenue)}</td>
									<td>{format.decimal(tier.profit, 0)}</td>
									<td>{format.percent(tier.serviceShare)}</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			)}
			<p>{t('analyzer.customers.serviceNote')}</p>
			{result && (
				<button
					type="button"
					onClick={() =>
						void downloadXlsx(
							[
								{ name: t('analyzer.xlsx.sheetCustomers'), table: customerTiersTable(list, analysis) },
								{ name: t('analyzer.xlsx.sheetTiers'), table: tierSummaryTable(result) },
							],
							`${t('analyzer.xlsx.fileTiers')}.xlsx`,
							t,
						).catch(() => setExportError(true))
					}
				>
					{t('analyzer.export.tiersXlsx')}
				</button>
			)}
			{exportError && (
				<p role="alert" className="course-analyzer__error">
					{t('analyzer.export.failed')}
				</p>
			)}
			<ChartPanel
				title={t('analyzer.chart.pareto')}
				description={t('analyzer.chart.paretoDescription')}
				type="line"
				labels={analysis.pareto.x.map((x) => format.percent(x))}
				series={[{ label: t('analyzer.chart.revenueShare'), data: analysis.pareto.y }]}
				xTitle={t('analyzer.chart.customerShare')}
				yTitle={t('analyzer.chart.revenueShare')}
				formatValue={format.percent}
				tableHeaders={[t('analyzer.chart.customerShare'), t('analyzer.chart.revenueShare')]}
				tableRows={curveRows(analysis.pareto, format)}
			/>
			{analysis.whale ? (
				<ChartPanel
					title={t('analyzer.chart.whale')}
					description={t('analyzer.chart.whaleDescription')}
					type="line"
					labels={analysis.whale.x.map((x) => format.percent(x))}
					series={[{ label: t('analyzer.chart.profitShare'), data: analysis.whale.y, slot: 1 }]}
					xTitle={t('analyzer.chart.customerShare')}
					yTitle={t('analyzer.chart.profitShare')}
					formatValue={format.percent}
					tableHeaders={[t('analyzer.chart.customerShare'), t('analyzer.chart.profitShare')]}
					tableRows={curveRows(analysis.whale, format)}
				/>
			) : (
				<p>{t('analyzer.customers.noProfit')}</p>
			)}
			<VirtualTable
				label={t('analyzer.customers.listLabel')}
				headers={[
					t('analyzer.role.customerName'),
					t('analyzer.role.revenue'),
					t('analyzer.role.profit'),
					t('analyzer.customers.tier'),
				]}
				rowCount={n}
				cell={(i, c) =>
					c === 0
						? (list.names[i] ?? '')
						: c === 1
							? format.decimal(list.revenue[i] as number, 0)
							: c === 2
								? list.profit
									? format.decimal(list.profit[i] as number, 0)
									: '—'
								: result
									? tierLabel(t, result.tiering.tierIds[result.tiering.tierOf[i] as number] ?? '')
									: ''
				}
			/>
		</section>
	);
}

// The header of each export column id (exportTables.ts), from the strings the page already shows.
const exportHeaderKeys: Record<string, UiKey> = {
	customerId: 'analyzer.role.customerId',
	customerName: 'analyzer.role.customerName',
	revenue: 'analyzer.role.revenue',
	profit: 'analyzer.role.profit',
	cost: 'analyzer.role.cost',
	tier: 'analyzer.customers.tier',
	customers: 'analyzer.customers.count',
	revenueShare: 'analyzer.customers.revenueShare',
	serviceShare: 'analyzer.customers.serviceShare',
	firstPurchase: 'analyzer.xlsx.firstPurchase',
	lastPurchase: 'analyzer.xlsx.lastPurchase',
	recency: 'analyzer.rfm.recency',
	frequency: 'analyzer.rfm.frequency',
	monetary: 'analyzer.rfm.monetary',
	segment: 'analyzer.rfm.segment',
	pAlive: 'analyzer.clv.pAlive',
	expectedPurchases: 'analyzer.clv.expectedPurchases',
	expectedSpend: 'analyzer.clv.expectedSpend',
	clv: 'analyzer.clv.value',
};
// Model symbols, the same in both languages.
const exportSymbols: Record<string, string> = { r: 'R', f: 'F', m: 'M', x: 'x', tx: 't_x', T: 'T' };

/**
 * An export table with translated headers and tier and segment ids shown as the page names them, written as .xlsx
 * (the writer is fetched on the first export) and offered as a download.
 */
async function downloadXlsx(
	sheets: { name: string; table: ExportTable }[],
	fileName: string,
	t: T,
	weeks?: number,
): Promise<void> {
	const { writeXlsx } = await import('../../sim/format/writeXlsx.ts');
	const named = sheets.map(({ name, table }) => ({
		name,
		headers: table.columns.map((c) =>
			c.id.startsWith('tier.')
				? t('analyzer.xlsx.tierBy', { method: t(`lab.tier.methodName.${c.id.slice(5)}` as UiKey) })
				: (exportSymbols[c.id] ?? t(exportHeaderKeys[c.id] as UiKey, { weeks: weeks ?? '' })),
		),
		table: {
			columns: table.columns,
			rows: table.rows.map((row) =>
				row.map((value, c) => {
					const id = table.columns[c]?.id ?? '';
					return typeof value === 'string' && (id === 'tier' || id === 'segment' || id.startsWith('tier.'))
						? tierLabel(t, value)
						: value;
				}),
			),
		},
	}));
	downloadFile(await writeXlsx(named), fileName);
}

/** The analyzer provides the lab's UI context, so ChartPanel and the result sections share strings and formats. */
function useUi(): LabUi {
	return useContext(LabUiContext) as LabUi;
}

function TransactionResults(props: {
	analysis: TransactionLogAnalysis;
	transactions: number;
	/** What was checked and its mapping, which the holdout check sends to the worker again. */
	source: CheckSource | null;
	mapping: ColumnMapping;
}) {
	const { analysis, transactions } = props;
	const { t, format, locale } = useUi();
	const id = useId();
	const { summary, scores } = analysis;
	const n = summary.customerIds.length;
	const [weeks, setWeeks] = useState(26);
	const [margin, setMargin] = useState(0.3);
	const [discount, setDiscount] = useState(0.1);
	const [model, setModel] = useState<PurchaseModelChoice>('bgnbd');
	const [progress, setProgress] = useState<number | null>(null);
	const [clv, setClv] = useState<ClvOutput | null>(null);
	const [clvError, setClvError] = useState<string | null>(null);
	const segments = [...analysis.segmentCounts.entries()].sort((a, b) => b[1] - a[1]);
	const [exportError, setExportError] = useState(false);
	const exportXlsx = () =>
		void downloadXlsx(
			[{ name: t('analyzer.xlsx.sheetRfm'), table: customerRfmTable(analysis, clv ?? undefined) }],
			`${t('analyzer.xlsx.fileRfm')}.xlsx`,
			t,
			weeks,
		).catch(() => setExportError(true));

	const runClv = async () => {
		setClv(null);
		setClvError(null);
		setProgress(0);
		try {
			const output = await requestClv(
				{ x: summary.x, tx: summary.tx, T: summary.T, zbar: summary.zbar },
				{ marginRate: margin, horizonWeeks: weeks, annualDiscountRate: discount, model },
				setProgress,
			);
			setClv(output);
		} catch (error) {
			setClvError(/repeat/.test((error as Error).message) ? t('analyzer.clv.needRepeat') : t('analyzer.worker.failed'));
		} finally {
			setProgress(null);
		}
	};

	const exportCsv = () => {
		const rows = summary.customerIds.map((cid, i) => ({
			customer: cid,
			recency_days: summary.recency[i],
			frequency: summary.frequency[i],
			monetary: summary.monetary[i],
			R: scores.r[i],
			F: scores.f[i],
			M: scores.m[i],
			segment: analysis.segments[i],
			...(clv
				? {
						x: summary.x[i],
						t_x: summary.tx[i],
						T: summary.T[i],
						p_alive: clv.pAlive[i],
						expected_purchases: clv.expectedPurchases[i],
						expected_spend: clv.expectedSpend[i],
						clv: clv.clv[i],
					}
				: {}),
		}));
		downloadFile(new Blob([`\ufeff${toCsv(rows)}`], { type: 'text/csv;charset=utf-8' }), 'customer-analysis.csv');
	};

	const rfmHeaders = [
		t('analyzer.role.customerId'),
		t('analyzer.rfm.recency'),
		t('analyzer.rfm.frequency'),
		t('analyzer.rfm.monetary'),
		'R',
		'F',
		'M',
		t('analyzer.rfm.segment'),
	];
	const clvHeaders = [
		t('analyzer.role.customerId'),
		t('analyzer.clv.pAlive'),
		t('analyzer.clv.expectedPurchases', { weeks }),
		t('analyzer.clv.expectedSpend'),
		t('analyzer.clv.value'),
	];
	return (
		<section aria-labelledby={`${id}-t`}>
			<h2 id={`${id}-t`}>
				{t('analyzer.transactions.heading', {
					customers: format.count(n),
					transactions: format.count(transactions),
					date: formatDate(analysis.asOf, locale),
				})}
			</h2>
			<h3>{t('analyzer.rfm.segmentsHeading')}</h3>
			<table>
				<caption>{t('analyzer.rfm.segmentsCaption')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('analyzer.rfm.segment')}</th>
						<th scope="col">{t('analyzer.customers.count')}</th>
						<th scope="col">{t('analyzer.rfm.share')}</th>
					</tr>
				</thead>
				<tbody>
					{segments.map(([segment, count]) => (
						<tr key={segment}>
							<th scope="row">{tierLabel(t, segment)}</th>
							<td>{format.count(count)}</td>
							<td>{format.percent(count / n)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p>
				{t('analyzer.rfm.cuts', {
					r: scores.cuts.r.map((c) => format.decimal(c, 0)).join(' / '),
					f: scores.cuts.f.map((c) => format.decimal(c, 0)).join(' / '),
					m: scores.cuts.m.map((c) => format.decimal(c, 0)).join(' / '),
				})}
			</p>
			<h3>{t('analyzer.rfm.tableHeading')}</h3>
			<VirtualTable
				label={t('analyzer.rfm.tableHeading')}
				headers={rfmHeaders}
				rowCount={n}
				cell={(i, c) => {
					switch (c) {
						case 0:
							return summary.customerIds[i] ?? '';
						case 1:
							return format.count(summary.recency[i] as number);
						case 2:
							return format.count(summary.frequency[i] as number);
						case 3:
							return format.decimal(summary.monetary[i] as number, 2);
						case 4:
							return String(scores.r[i]);
						case 5:
							return String(scores.f[i]);
						case 6:
							return String(scores.m[i]);
						default:
							return tierLabel(t, analysis.segments[i] ?? '');
					}
				}}
			/>
			<ChartPanel
				title={t('analyzer.chart.pareto')}
				description={t('analyzer.chart.paretoSpendDescription')}
				type="line"
				labels={analysis.pareto.x.map((x) => format.percent(x))}
				series={[{ label: t('analyzer.chart.spendShare'), data: analysis.pareto.y }]}
				xTitle={t('analyzer.chart.customerShare')}
				yTitle={t('analyzer.chart.spendShare')}
				formatValue={format.percent}
				tableHeaders={[t('analyzer.chart.customerShare'), t('analyzer.chart.spendShare')]}
				tableRows={curveRows(analysis.pareto, format)}
			/>
			<h3>{t('analyzer.clv.heading')}</h3>
			<p>{t('analyzer.clv.intro')}</p>
			<div className="course-analyzer__mapping">
				<label>
					{t('analyzer.clv.weeks')}
					<input
						type="number"
						min={1}
						max={520}
						value={weeks}
						onChange={(e) => setWeeks(Math.min(520, Math.max(1, Math.round(Number(e.target.value) || 1))))}
					/>
				</label>
				<label>
					{t('analyzer.clv.margin')}
					<input
						type="number"
						min={1}
						max={100}
						value={Math.round(margin * 100)}
						onChange={(e) => setMargin(Math.min(1, Math.max(0.01, (Number(e.target.value) || 1) / 100)))}
					/>
				</label>
				<label>
					{t('analyzer.clv.discount')}
					<input
						type="number"
						min={0}
						max={50}
						value={Math.round(discount * 100)}
						onChange={(e) => setDiscount(Math.min(0.5, Math.max(0, (Number(e.target.value) || 0) / 100)))}
					/>
				</label>
				<label>
					{t('analyzer.clv.modelChoice')}
					<select value={model} onChange={(e) => setModel(e.target.value as PurchaseModelChoice)}>
						{purchaseModelChoices.map((choice) => (
							<option key={choice} value={choice}>
								{t(`analyzer.clv.modelChoice.${choice}`)}
							</option>
						))}
					</select>
				</label>
			</div>
			<button type="button" onClick={() => void runClv()} disabled={progress !== null}>
				{t('analyzer.clv.run')}
			</button>
			{progress !== null && (
				<label className="course-analyzer__progress">
					{t('analyzer.clv.fitting')}
					<progress max={1} value={progress} />
				</label>
			)}
			{clvError && (
				<p role="alert" className="course-analyzer__error">
					{clvError}
				</p>
			)}
			{clv && (
				<>
					<table>
						<caption>{t('analyzer.clv.paramsCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('analyzer.clv.model')}</th>
								<th scope="col">{t('analyzer.clv.parameters')}</th>
								<th scope="col">{t('analyzer.clv.logLikelihood')}</th>
							</tr>
						</thead>
						<tbody>
							<tr>
								<th scope="row">{t(`clv.model.${clv.purchase.kind}`)}</th>
								<td>
									r = {format.decimal(clv.purchase.r, 3)}, α = {format.decimal(clv.purchase.alpha, 3)}, a ={' '}
									{format.decimal(clv.purchase.a, 3)}, b = {format.decimal(clv.purchase.b, 3)}
								</td>
								<td>{format.decimal(clv.purchase.logLikelihood, 1)}</td>
							</tr>
							<tr>
								<th scope="row">Gamma-Gamma</th>
								<td>
									p = {format.decimal(clv.gammaGamma.p, 3)}, q = {format.decimal(clv.gammaGamma.q, 3)}, v ={' '}
									{format.decimal(clv.gammaGamma.v, 3)}
								</td>
								<td>{format.decimal(clv.gammaGamma.logLikelihood, 1)}</td>
							</tr>
						</tbody>
					</table>
					<p role="status">
						{t('analyzer.clv.total', {
							value: format.decimal(
								clv.clv.reduce((s, v) => s + v, 0),
								0,
							),
							weeks,
						})}
					</p>
					<VirtualTable
						label={t('analyzer.clv.tableHeading')}
						headers={clvHeaders}
						rowCount={n}
						cell={(i, c) =>
							c === 0
								? (summary.customerIds[i] ?? '')
								: c === 1
									? format.percent(clv.pAlive[i] as number)
									: c === 2
										? format.decimal(clv.expectedPurchases[i] as number, 2)
										: c === 3
											? format.decimal(clv.expectedSpend[i] as number, 2)
											: format.decimal(clv.clv[i] as number, 2)
						}
					/>
					<ClvDiagnosticsPanel output={clv} weeks={weeks} />
				</>
			)}
			{props.source && (
				<ClvHoldoutSection
					source={props.source}
					mapping={props.mapping}
					suggestedEnd={suggestedCalibrationEnd(summary, analysis.asOf)}
					lastDay={analysis.asOf}
					options={{ marginRate: margin, horizonWeeks: weeks, annualDiscountRate: discount, model }}
				/>
			)}
			<button type="button" onClick={exportCsv}>
				{clv ? t('analyzer.export.withClv') : t('analyzer.export.rfm')}
			</button>{' '}
			<button type="button" onClick={exportXlsx}>
				{clv ? t('analyzer.export.withClvXlsx') : t('analyzer.export.rfmXlsx')}
			</button>
			{exportError && (
				<p role="alert" className="course-analyzer__error">
					{t('analyzer.export.failed')}
				</p>
			)}
		</section>
	);
}

/** A `YYYY-MM-DD` day in the page's language (the day itself, whatever the reader's time zone). */
function formatDate(iso: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
