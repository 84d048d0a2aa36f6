// Packs a built site folder into one zip (for a USB stick or an intranet share), using fflate's synchronous zip.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

/** Every file under dir, as paths relative to it with forward slashes (zip entry names). */
function listFiles(dir, base = dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? listFiles(full, base) : [relative(base, full).split(sep).join('/')];
	});
}

/**
 * Writes a zip of distDir to outFile and returns the entry names and the zip's size in bytes.
 * @param {string} distDir
 * @param {string} outFile
 */
export function zipSite(distDir, outFile) {
	const files = listFiles(distDir);
	/** @type {Record<string, Uint8Array>} */
	const entries = {};
	for (const file of files) entries[file] = new Uint8Array(readFileSync(join(distDir, file)));
	const zipped = zipSync(entries, { level: 6 });
	writeFileSync(outFile, zipped);
	return { files, bytes: zipped.length };
}
