/**
 * Turns the bytes of an uploaded file into text. Chinese Excel exports are often GBK, most other tools write UTF-8,
 * and Windows "Unicode text" is UTF-16 with a BOM, so the encoding is chosen from the bytes rather than assumed.
 */

/** The largest file the analyzer reads: a bigger one would freeze the tab while it is decoded and parsed. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/** The encodings a user may choose when the decoding was a guess: Chinese (GBK) or Western European (Latin-1). */
export const guessableEncodings = ['gb18030', 'windows-1252'] as const;
export type GuessableEncoding = (typeof guessableEncodings)[number];

/** A problem with the file as a whole, before any row could be read; `code` keys a translated message. */
export interface FileProblem {
	code: 'empty' | 'tooLarge' | 'binary' | 'undecodable';
	/** An English sentence for the CLI and logs; the page shows a translated one keyed by `code`. */
	message: string;
}

/**
 * A decoded file; `guessed` is true when neither a BOM nor valid UTF-8 decided the encoding, so GB18030 was a guess:
 * Latin-1 "Müller" decodes as GB18030 "M黮ler" without an error, and only the user can tell.
 */
export type DecodeResult =
	| { ok: true; text: string; encoding: TextEncodingName; guessed: boolean }
	| { ok: false; problem: FileProblem };

/** Returns a FileProblem when a file of this many bytes must be refused without reading it, else undefined. */
export function checkFileSize(bytes: number): FileProblem | undefined {
	if (bytes === 0) return { code: 'empty', message: 'the file is empty' };
	if (bytes > MAX_IMPORT_BYTES)
		return {
			code: 'tooLarge',
			message: `the file has ${bytes} bytes; the analyzer reads at most ${MAX_IMPORT_BYTES} (50 MB)`,
		};
	return undefined;
}

/**
 * Decodes a file: a BOM decides (UTF-8, UTF-16 LE/BE); without one, strict UTF-8 is tried first, since GBK text
 * is almost never valid UTF-8, and GB18030 (a superset of GBK) is the fallback. Files with NUL bytes or many control
 * characters are refused as binary: a spreadsheet saved as .xlsx, an image or a zip is not a table.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	const size = checkFileSize(bytes.length);
	if (size) return { ok: false, problem: size };
	let encoding: TextEncodingName;
	let start = 0;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		encoding = 'utf-8';
		start = 3;
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		encoding = 'utf-16le';
		start = 2;
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		encoding = 'utf-16be';
		start = 2;
	} else {
		if (looksBinary(bytes)) return { ok: false, problem: binary() };
		encoding = isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
	}
	return decodeWith(bytes, encoding, start, encoding === 'gb18030');
}

/** Decodes a file in an encoding the user chose after a guess (see `DecodeResult.guessed`). */
export function decodeAs(bytes: Uint8Array, encoding: GuessableEncoding): DecodeResult {
	const size = checkFileSize(bytes.length);
	if (size) return { ok: false, problem: size };
	if (looksBinary(bytes)) return { ok: false, problem: binary() };
	return decodeWith(bytes, encoding, 0, false);
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName, start: number, guessed: boolean): DecodeResult {
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
	} catch {
		return {
			ok: false,
			problem: { code: 'undecodable', message: `the file is neither valid UTF-8 nor GBK/GB18030 text` },
		};
	}
	if (text.trim() === '') return { ok: false, problem: { code: 'empty', message: 'the file holds no text' } };
	if (looksBinaryText(text)) return { ok: false, problem: binary() };
	return { ok: true, text, encoding, guessed };
}

function binary(): FileProblem {
	return { code: 'binary', message: 'the file looks binary (an Excel .xlsx, image or archive?), not CSV or TSV text' };
}

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** NUL bytes never occur in CSV text in a single-byte or GBK encoding; checking the first 64 KB is enough. */
function looksBinary(bytes: Uint8Array): boolean {
	const end = Math.min(bytes.length, 65536);
	for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
	return false;
}

/** More than 1% control characters (other than tab, CR, LF) or replacement characters means this is not a table. */
function looksBinaryText(text: string): boolean {
	const end = Math.min(text.length, 65536);
	let bad = 0;
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 127) bad++;
	}
	return bad > end / 100;
}
