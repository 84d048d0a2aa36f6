import { closeSync, openSync, readSync } from 'node:fs';

/** Why a file could not be read: it could not be opened or read, or it holds more than the cap. */
export class ReadRefused extends Error {
	readonly reason: 'unreadable' | 'tooLarge';
	constructor(reason: 'unreadable' | 'tooLarge', message: string) {
		super(message);
		this.reason = reason;
	}
}

const CHUNK = 64 * 1024;

/**
 * The bytes of a file, read in chunks and refused as soon as they pass `maxBytes`. `stat().size` cannot be trusted
 * for this: it is 0 for `/dev/zero`, a pipe or a FIFO, whose reading would never end, so the cap is on what is read.
 */
export function readCapped(path: string, maxBytes: number): Uint8Array {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		throw new ReadRefused('unreadable', `cannot read "${path}"`);
	}
	try {
		const chunks: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
			let n: number;
			try {
				n = readSync(fd, chunk, 0, chunk.length, null);
			} catch {
				throw new ReadRefused('unreadable', `cannot read "${path}"`);
			}
			if (n === 0) break;
			chunks.push(chunk.subarray(0, n));
			total += n;
			if (total > maxBytes) throw new ReadRefused('tooLarge', `"${path}" holds more than ${maxBytes} bytes`);
		}
		const bytes = new Uint8Array(total);
		let at = 0;
		for (const c of chunks) {
			bytes.set(c, at);
			at += c.length;
		}
		return bytes;
	} finally {
		closeSync(fd);
	}
}
