import { deflateSync, Inflate, inflateSync, strFromU8, strToU8 } from 'fflate';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { crc32 } from './crc32.ts';

/**
 * Why a link, code or file was refused, as a stable id the UI translates (`workshop.check.<id>`) plus a detail that
 * needs no translation (a field path, a version, two checksums). Every decoder returns one of these instead of
 * throwing, so nothing is ever half imported.
 */
export type CheckId =
	| 'empty'
	| 'tooLarge'
	| 'kind'
	| 'version'
	| 'encoding'
	| 'truncated'
	| 'checksum'
	| 'json'
	| 'schema'
	| 'scenario'
	| 'session'
	| 'roster'
	| 'name'
	| 'noSession'
	| 'decisionShape'
	| 'decisions'
	| 'results'
	| 'roundCodeShape'
	| 'roundCodeChecksum'
	| 'roundCodeSession'
	| 'roundCodeRound'
	| 'roundCodeEvent'
	| 'duplicateName';

export interface CheckFailure {
	ok: false;
	check: CheckId;
	detail: string;
	/** The values the UI's message for this check fills in (`{field}`, `{found}`, …), when it has placeholders. */
	args?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | CheckFailure;

export function failure(check: CheckId, detail: string, args?: Record<string, string | number>): CheckFailure {
	return args ? { ok: false, check, detail, args } : { ok: false, check, detail };
}

/** Codes are pasted by hand and carried in links; anything far longer than a real one is not one. */
export const MAX_CODE_LENGTH = 20_000;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/**
 * A value as a short, URL-safe code: `<kind><version>.<crc32 of the JSON>.<base64url of the deflated JSON>`, e.g.
 * `w1.1a2b3c4d.eJyr…`. The kind letter tells a session link from a team result; the version lets a later site refuse
 * (or migrate) an older code by name rather than misread it.
 */
export function encodeShareCode(kind: string, version: number, value: unknown): string {
	const json = strToU8(JSON.stringify(value));
	return `${kind}${version}.${crc32(json)}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
}

/**
 * Whether a deflate stream that ends too early unpacks, as far as it goes, to the start of a JSON text: what a code
 * cut short gives. A code with a character changed instead usually unpacks to bytes no JSON text has (the change
 * shifts every code after it), or ends too early because of it; calling that "cut short" would send the reader
 * looking for a missing end rather than a typo.
 */
function unpacksToTextPrefix(bytes: Uint8Array): boolean {
	const chunks: Uint8Array[] = [];
	try {
		const stream = new Inflate((chunk) => chunks.push(chunk));
		stream.push(bytes, false);
	} catch {
		return false;
	}
	const text = strFromU8(chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks));
	// A prefix of `JSON.stringify` output: starts an object, and holds no control character or replacement character.
	if (!text.startsWith('{')) return false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20 || c === 0xfffd) return false;
	}
	return true;
}

function concat(chunks: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * Reads a code written by `encodeShareCode`, checking in order: present, plausible length, kind, version, alphabet,
 * complete deflate stream, checksum, JSON. The caller then validates the value's shape with its schema.
 */
export function decodeShareCode(raw: string, kind: string, version: number): Checked<unknown> {
	// Codes get wrapped by chat apps and mail: whitespace inside is never part of one.
	const text = raw.replace(/\s+/g, '');
	if (text === '') return failure('empty', '');
	if (text.length > MAX_CODE_LENGTH) return failure('tooLarge', `${text.length} > ${MAX_CODE_LENGTH}`);
	const match = /^([a-z])(\d+)\.(.*)$/.exec(text);
	if (!match) return failure('kind', printableExcerpt(text, 12));
	const [, codeKind, codeVersion, rest = ''] = match;
	if (codeKind !== kind) return failure('kind', `${codeKind}${codeVersion}`);
	if (Number(codeVersion) !== version)
		return failure('version', `version: found ${codeKind}${codeVersion}, this site reads ${kind}${version}`);
	const parts = /^([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/.exec(rest);
	if (!parts) return failure(rest.includes('.') ? 'encoding' : 'truncated', printableExcerpt(rest, 12));
	const [, expected, body = ''] = parts;
	let bytes: Uint8Array;
	// Base64 never leaves one character over a group of four: a body of that length was cut short, not mistyped.
	if (body.length % 4 === 1) return failure('truncated', `${body.length}`);
	try {
		bytes = fromBase64Url(body);
	} catch {
		return failure('encoding', '');
	}
	let json: Uint8Array;
	try {
		json = inflateSync(bytes);
	} catch (error) {
		// A code cut short ends inside the compressed stream, which inflate reports as an unexpected end (fflate's
		// error code 0). Any other inflate error is a stream that was changed, not shortened: a damaged code.
		if ((error as { code?: unknown }).code === 0 && unpacksToTextPrefix(bytes))
			return failure('truncated', `${body.length}`);
		return failure('checksum', 'the compressed content does not unpack');
	}
	const actual = crc32(json);
	if (actual !== expected) return failure('checksum', `checksum: found ${expected}, content gives ${actual}`);
	try {
		return { ok: true, value: JSON.parse(strFromU8(json)) };
	} catch {
		return failure('json', '');
	}
}
