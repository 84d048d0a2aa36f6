// Post-build step: writes dist/sw.js, a Workbox service worker that precaches every file of the built site
// (pages, scripts, styles, the Pagefind index, worker chunks, fonts, images), so after one visit the whole
// course works offline. It runs after `astro build`, when Starlight has already written dist/pagefind/.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Generates distDir/sw.js and returns the precache entry count and total size in bytes.
 * @param {string} distDir
 */
export async function buildServiceWorker(distDir) {
	if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no index.html: run astro build first`);
	const { count, size, warnings } = await generateSW({
		globDirectory: distDir,
		globPatterns: [
			'**/*.{html,js,mjs,css,json,webmanifest,svg,png,ico,woff,woff2,txt,xml,pf_meta,pf_fragment,pf_index,pagefind,wasm}',
		],
		// Workbox's own files are added by generateSW itself.
		globIgnores: ['sw.js', 'workbox-*.js'],
		swDest: join(distDir, 'sw.js'),
		// Trailing-slash URLs (/en/labs/simulator/) are served from their index.html.
		directoryIndex: 'index.html',
		// Search and share links carry query strings; the page is the same file.
		ignoreURLParametersMatching: [/.*/],
		// The faker worker chunk is about 600 KB; this leaves room as the course grows.
		maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		skipWaiting: true,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
	});
	for (const warning of warnings) console.warn(`[sw] ${warning}`);
	return { count, size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
	const { count, size } = await buildServiceWorker(distDir);
	console.log(`[sw] dist/sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
}
