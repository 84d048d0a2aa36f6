import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production build the end-to-end tests run against. */
export const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface DistPage {
	file: string;
	/** The page's address on the site, e.g. `/en/labs/simulator/`. */
	route: string;
	html: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Every HTML page of the build, in a stable order. */
export function distPages(): DistPage[] {
	return htmlFiles(dist)
		.sort()
		.map((file) => ({
			file,
			route: `/${relative(dist, file).replace(/index\.html$/, '')}`,
			html: readFileSync(file, 'utf8'),
		}));
}
