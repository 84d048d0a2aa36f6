import { Inflate } from 'fflate';
import { decodeBytes } from './decodeBytes.ts';

/**
 * Checks an uploaded "Excel" file before any spreadsheet library sees it. A spreadsheet reader inflates every part of
 * the zip and builds the whole sheet in memory, so a hostile file must be refused here: a zip bomb (a few kilobytes
 * that unpack to gigabytes), a sheet of a million rows, XML with a DTD or entities, a password-protected workbook
 * (an encrypted OLE container that no reader can open without the password) and a text file renamed .xlsx.
 */

/** The most data rows a workbook sheet may hold: about twice the 100,000-row logs the analyzer is tuned for. */
export const MAX_WORKBOOK_ROWS = 200_000;

/** The most bytes all parts of an .xlsx may unpack to (a 200,000-row sheet's XML is about 40 MB). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

/** The most parts an .xlsx may have; Excel writes a dozen or two. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Why a workbook was refused; the page translates the code and fills in `values`. */
export type WorkbookProblemCode =
	| 'zipBomb'
	| 'tooManyRows'
	| 'xmlEntities'
	| 'encrypted'
	| 'textRenamed'
	| 'notWorkbook'
	| 'corrupt'
	| 'noSheet'
	| 'noRows';

export interface WorkbookProblem {
	code: WorkbookProblemCode;
	/** Figures for the message, e.g. `{ rows: 1000000, limit: 200000 }`. */
	values?: Record<string, number | string>;
	/** An English sentence for tests and logs; the page shows a translated one keyed by `code`. */
	message: string;
}

/** What the bytes are: an Office Open XML zip (.xlsx/.xlsm) or a legacy OLE container (.xls). */
export type WorkbookKind = 'xlsx' | 'xls';

export type WorkbookCheck = { ok: true; kind: WorkbookKind } | { ok: false; problem: WorkbookProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/**
 * Returns whether the bytes may be handed to the spreadsheet reader, or the reason they may not. For a zip, every
 * part's size is checked in the central directory, then every part is inflated here with a counter that stops at
 * the size the directory declared (a bomb can lie in its headers), its XML is searched for `<!DOCTYPE` and
 * `<!ENTITY`, and the `<row` elements of each worksheet are counted.
 */
export function inspectWorkbook(bytes: Uint8Array): WorkbookCheck {
	if (startsWith(bytes, CFB_MAGIC)) {
		// An encrypted .xlsx is an OLE container with an EncryptionInfo and an EncryptedPackage stream
		// ([MS-OFFCRYPTO] 2.3.4); the directory stores stream names in UTF-16LE.
		if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) return encrypted();
		return { ok: true, kind: 'xls' };
	}
	if (!startsWith(bytes, ZIP_MAGIC)) {
		if (decodeBytes(bytes).ok)
			return refuse('textRenamed', 'the file is text (CSV or TSV) with an Excel name, not a workbook');
		return refuse('notWorkbook', 'the file is neither an .xlsx (zip) nor an .xls workbook');
	}
	const entries = readCentralDirectory(bytes);
	if (typeof entries === 'string') return refuse('corrupt', entries);
	if (entries.length > MAX_ZIP_ENTRIES)
		return refuse('zipBomb', `the zip has ${entries.length} parts; at most ${MAX_ZIP_ENTRIES} are read`, {
			limit: MAX_ZIP_ENTRIES,
		});
	const declared = entries.reduce((sum, e) => sum + e.size, 0);
	if (declared > MAX_UNZIPPED_BYTES) return bomb(declared);
	if (!entries.some((e) => e.name === 'xl/workbook.xml' || e.name === 'xl/workbook.bin'))
		return refuse('notWorkbook', 'the zip holds no Excel workbook (xl/workbook.xml)');
	let total = 0;
	for (const entry of entries) {
		const scanned = scanEntry(bytes, entry);
		if (typeof scanned === 'string') return refuse('corrupt', `${entry.name}: ${scanned}`);
		if (scanned.bomb) return bomb(Math.max(declared, total + scanned.bytes));
		total += scanned.bytes;
		if (scanned.doctype)
			return refuse('xmlEntities', `${entry.name} declares a DTD or XML entities, which a workbook never needs`);
		if (scanned.rows > MAX_WORKBOOK_ROWS + 1)
			return refuse('tooManyRows', `a sheet has ${scanned.rows} rows; at most ${MAX_WORKBOOK_ROWS} are read`, {
				rows: scanned.rows,
				limit: MAX_WORKBOOK_ROWS,
			});
	}
	return { ok: true, kind: 'xlsx' };
}

function refuse(code: WorkbookProblemCode, message: string, values?: WorkbookProblem['values']): WorkbookCheck {
	return { ok: false, problem: values ? { code, message, values } : { code, message } };
}

function encrypted(): WorkbookCheck {
	return refuse('encrypted', 'the workbook is protected by a password (encrypted)');
}

function bomb(bytes: number): WorkbookCheck {
	const megabytes = Math.round(bytes / 1024 / 1024);
	return refuse(
		'zipBomb',
		`the workbook would unpack to more than ${megabytes} MB; at most ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB are read`,
		{ megabytes, limit: MAX_UNZIPPED_BYTES / 1024 / 1024 },
	);
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
	const pattern: number[] = [];
	for (const ch of word) pattern.push(ch.charCodeAt(0), 0);
	return indexOf(bytes, pattern, 0) >= 0;
}

function indexOf(bytes: Uint8Array, pattern: readonly number[], from: number): number {
	const first = pattern[0] as number;
	outer: for (
		let i = bytes.indexOf(first, from);
		i >= 0 && i <= bytes.length - pattern.length;
		i = bytes.indexOf(first, i + 1)
	) {
		for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
		return i;
	}
	return -1;
}

interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	/** The uncompressed size the central directory declares. */
	size: number;
	localOffset: number;
}

/** The central directory's entries (APPNOTE.TXT 4.3.12), or a sentence saying why it cannot be read. */
function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	if (end < 0) return 'no end of central directory: the zip is damaged or cut short';
	const count = view.getUint16(end + 10, true);
	const offset = view.getUint32(end + 16, true);
	// Zip64 marks its sizes 0xFFFF/0xFFFFFFFF here; no workbook within the limits needs it.
	if (count === 0xffff || offset === 0xffffffff) return 'a Zip64 archive, larger than any workbook read here';
	const entries: ZipEntry[] = [];
	const decoder = new TextDecoder();
	let p = offset;
	for (let k = 0; k < count; k++) {
		if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return 'the central directory is damaged';
		const nameLength = view.getUint16(p + 28, true);
		const extraLength = view.getUint16(p + 30, true);
		const commentLength = view.getUint16(p + 32, true);
		entries.push({
			method: view.getUint16(p + 10, true),
			compressedSize: view.getUint32(p + 20, true),
			size: view.getUint32(p + 24, true),
			localOffset: view.getUint32(p + 42, true),
			name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
		});
		p += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

const latin1 = new TextDecoder('latin1');
const CHUNK = 1 << 16;

/**
 * Inflates one part with a running count and scans what comes out. Stops as soon as the output passes the declared
 * size or the overall limit, so a bomb costs at most the limit, never its real size.
 */
function scanEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
): { bytes: number; bomb: boolean; doctype: boolean; rows: number } | string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = entry.localOffset;
	if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return 'damaged local header';
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const data = bytes.subarray(start, start + entry.compressedSize);
	if (data.length < entry.compressedSize) return 'cut short';
	const isXml = /\.(xml|rels|vml)$/i.test(entry.name);
	const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
	const result = { bytes: 0, bomb: false, doctype: false, rows: 0 };
	// The last few characters of the previous chunk, so a tag split across two chunks is still found.
	let tail = '';
	const limit = Math.min(entry.size, MAX_UNZIPPED_BYTES);
	const scan = (chunk: Uint8Array) => {
		result.bytes += chunk.length;
		if (result.bytes > limit) {
			result.bomb = true;
			throw STOP;
		}
		if (!isXml) return;
		// One byte, one character: the tags searched for are ASCII, and String.indexOf is far faster than a loop
		// over bytes (a quarter of the reader's own time on a 100,000-row sheet before, a few per cent now).
		const text = tail + latin1.decode(chunk);
		if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) {
			result.doctype = true;
			throw STOP;
		}
		if (isSheet) {
			// `<row` then a space, `>` or `/`, not `<rowBreaks`; a tag that began in the carried tail but whose next
			// character was already there was counted with the previous chunk.
			for (let i = text.indexOf('<row'); i >= 0 && i + 4 < text.length; i = text.indexOf('<row', i + 4)) {
				const next = text.charCodeAt(i + 4);
				if (i + 4 >= tail.length && (next === 0x20 || next === 0x3e || next === 0x2f)) result.rows++;
			}
		}
		tail = text.slice(-8);
	};
	try {
		if (entry.method === 0) scan(data);
		else if (entry.method === 8) {
			const inflate = new Inflate((chunk) => scan(chunk));
			for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
		} else return `compression method ${entry.method} is not used by Excel`;
	} catch (error) {
		if (error !== STOP) return 'the compressed data is damaged';
	}
	return result;
}

const STOP = Symbol('stop');
