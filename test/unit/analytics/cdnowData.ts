/**
 * Where the tests find the CDNOW reference data: `../shared/data/cdnow/` from the project root, resolved from this
 * file so it works the same in the main checkout, a worktree and CI. The data is never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CDNOW_DIR = fileURLToPath(new URL('../../../../shared/data/cdnow/', import.meta.url));

/** True when every named file is present. */
export function hasCdnow(...files: string[]): boolean {
	return files.every((file) => existsSync(`${CDNOW_DIR}${file}`));
}

/** A describe title that says plainly, in the test report, when the data is missing and the block is skipped. */
export function cdnowTitle(title: string, ...files: string[]): string {
	return hasCdnow(...files) ? title : `${title} — SKIPPED: ${files.join(', ')} not found in ${CDNOW_DIR}`;
}

export function readCdnow(file: string): string {
	return readFileSync(`${CDNOW_DIR}${file}`, 'utf8');
}

/** The rows of a CDNOW summary CSV as objects of numbers, keyed by the header. */
export function readCdnowCsv(file: string): Record<string, number>[] {
	const [header, ...rows] = readCdnow(file).trim().split(/\r?\n/);
	const names = (header as string).split(',');
	return rows.map((row) => {
		const cells = row.split(',');
		return Object.fromEntries(names.map((name, i) => [name, Number(cells[i])]));
	});
}
