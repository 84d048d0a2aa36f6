import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashInlineCode } from './hashInlineCode.ts';

const htmlFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name));

/** After the build, completes every page's CSP with the hashes of its inline scripts and styles (see hashInlineCode). */
export function inlineCodeHashes(): AstroIntegration {
	return {
		name: 'course:inline-code-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let pages = 0;
				let added = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const result = hashInlineCode(readFileSync(file, 'utf8'));
					if (result.added === 0) continue;
					writeFileSync(file, result.html);
					pages += 1;
					added += result.added;
				}
				logger.info(`added ${added} inline script and style hashes to the CSP of ${pages} pages`);
			},
		},
	};
}
