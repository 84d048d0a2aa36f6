import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production build the end-to-end tests run against. */
export const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface DistPage {
	file: string;
	/** The page's address on the site, e.g. `/en/labs/simulator/`. */
	route: string;
	html: string;
}

/** Every HTML page of the build (not Pagefind's or the bundler's folders), in a stable order. */
export function distPages(): DistPage[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.map((name) => name.split(sep).join('/'))
		.filter((name) => name.endsWith('.html') && !/^(pagefind|_astro)\//.test(name))
		.sort()
		.map((name) => ({
			file: join(dist, name),
			route: `/${name.replace(/index\.html$/, '')}`,
			html: readFileSync(join(dist, name), 'utf8'),
		}));
}
