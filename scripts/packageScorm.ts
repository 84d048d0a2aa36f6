// Turns the SCORM build (dist-scorm/, built with COURSE_TARGET=scorm) into a SCORM 1.2 package: every address made
// relative, since a platform serves the package from a folder of its own choosing; imsmanifest.xml at the root,
// describing one SCO launched at scorm/index.html; all of it zipped with fflate, as the USB zip is.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

/** The SCO's launch page, relative to the package root (src/scorm/ScormLaunch.astro). */
export const LAUNCH_PAGE = 'scorm/index.html';

/** Every file under dir, as paths relative to it with forward slashes (zip entry names), sorted. */
export function listFiles(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => {
			const full = join(dir, entry.name);
			return entry.isDirectory() ? listFiles(full, base) : [relative(base, full).split(sep).join('/')];
		})
		.sort();
}

/**
 * Rewrites a root-relative address (`/en/labs/`) as one relative to a page `depth` folders below the root
 * (`../../en/labs/index.html`). A folder address gets its index.html, because a platform's file server need not
 * serve a folder's index page. Anything else (`https:`, `#top`, `//cdn`, `data:`) is returned as it was.
 */
export function relativeAddress(address: string, depth: number): string {
	if (!address.startsWith('/') || address.startsWith('//')) return address;
	const split = address.search(/[?#]/);
	const path = split === -1 ? address : address.slice(0, split);
	const rest = split === -1 ? '' : address.slice(split);
	const file = path.endsWith('/') ? `${path}index.html` : path;
	return (depth === 0 ? './' : '../'.repeat(depth)) + file.slice(1) + rest;
}

// The attributes that hold addresses: links, scripts and images, Astro's island modules, and the quiz's link to the
// progress page. `value` only on <option>: Starlight's language menu holds page addresses there.
const URL_ATTRIBUTE = /(\s(?:href|src|component-url|renderer-url|data-[a-z-]*-href)=")([^"]*)(")/g;
const OPTION_VALUE = /(<option\b[^>]*?\svalue=")([^"]*)(")/g;
const SRCSET = /(\ssrcset=")([^"]*)(")/g;
// Script and style elements are left byte for byte as they are: the page's CSP holds their hashes.
const CODE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi;

/** Makes every address in a page's markup (outside its scripts and styles) relative to a page `depth` folders deep. */
export function relativizeHtml(html: string, depth: number): string {
	const rewrite = (markup: string) =>
		markup
			.replace(URL_ATTRIBUTE, (_, before, value, after) => before + relativeAddress(value, depth) + after)
			.replace(OPTION_VALUE, (_, before, value, after) => before + relativeAddress(value, depth) + after)
			.replace(
				SRCSET,
				(_, before, value: string, after) =>
					before +
					value
						.split(',')
						.map((candidate) =>
							candidate.replace(/^(\s*)(\S+)/, (__, space, url) => space + relativeAddress(url, depth)),
						)
						.join(',') +
					after,
			);
	let out = '';
	let last = 0;
	for (const match of html.matchAll(CODE_ELEMENT)) {
		const start = match.index ?? 0;
		// The opening tag's own attributes (a script's src) are markup; its body is not touched.
		const openEnd = html.indexOf('>', start) + 1;
		out += rewrite(html.slice(last, openEnd)) + html.slice(openEnd, start + match[0].length);
		last = start + match[0].length;
	}
	return out + rewrite(html.slice(last));
}

/**
 * Rewrites the bundle's own root-relative addresses in a script or style of `_astro/` (the worker URLs Vite writes as
 * `new URL('/_astro/…', import.meta.url)`, and CSS `url(/_astro/…)`) to the same folder.
 */
export function relativizeAsset(text: string): string {
	return text.replace(/([`"'(])\/_astro\//g, '$1./');
}

/** What is left root-relative in a rewritten file; the packaging refuses to ship a package with any. */
export function rootAddresses(name: string, text: string): string[] {
	if (!name.endsWith('.html')) return [...text.matchAll(/[`"'(]\/_astro\/[^`"')]*/g)].map((m) => m[0]);
	// Markup only: script and style bodies are code, whose strings are not addresses of this page.
	const markup = text.replace(CODE_ELEMENT, (element) => element.slice(0, element.indexOf('>') + 1));
	const isRooted = (value: string) => value.startsWith('/') && !value.startsWith('//');
	return [URL_ATTRIBUTE, OPTION_VALUE, SRCSET].flatMap((pattern) =>
		[...markup.matchAll(pattern)]
			.filter((m) => (m[2] as string).split(',').some((candidate) => isRooted(candidate.trim())))
			.map((m) => m[0].trim()),
	);
}

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SCORM 1.2 manifest of a single-SCO package holding `files`. */
export function scormManifest({
	identifier,
	version,
	title,
	masteryScore,
	files,
}: {
	identifier: string;
	version: string;
	title: string;
	masteryScore: number;
	files: readonly string[];
}): string {
	const fileList = files.map((file) => `      <file href="${escapeXml(encodeURI(file))}"/>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-course">
    <organization identifier="org-course">
      <title>${escapeXml(title)}</title>
      <item identifier="item-course" identifierref="res-course" isvisible="true">
        <title>${escapeXml(title)}</title>
        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-course" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_PAGE}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Makes siteDir (the SCORM build) relative in place, writes its imsmanifest.xml and the zip at outFile. Returns the
 * file names in the zip and the zip's size in bytes. Throws when an address would still point at the server's root.
 */
export function packageScorm(
	siteDir: string,
	outFile: string,
	meta: { identifier: string; version: string; title: string; masteryScore: number },
): { files: string[]; bytes: number } {
	// The website's service worker registration has no place in a platform (astro.config.mjs leaves it out of pages).
	rmSync(join(siteDir, 'register-sw.js'), { force: true });
	const problems: string[] = [];
	const entries: Record<string, Uint8Array> = {};
	for (const file of listFiles(siteDir)) {
		if (file === 'imsmanifest.xml') continue;
		const full = join(siteDir, file);
		let data: Uint8Array = new Uint8Array(readFileSync(full));
		const isPage = file.endsWith('.html');
		const isAsset = file.startsWith('_astro/') && /\.(m?js|css)$/.test(file);
		if (isPage || isAsset) {
			const text = new TextDecoder().decode(data);
			const rewritten = isPage ? relativizeHtml(text, file.split('/').length - 1) : relativizeAsset(text);
			for (const found of rootAddresses(file, rewritten)) problems.push(`${file}: ${found}`);
			data = new TextEncoder().encode(rewritten);
			writeFileSync(full, data);
		}
		entries[file] = data;
	}
	if (problems.length > 0)
		throw new Error(`addresses still relative to the server root:\n${problems.slice(0, 20).join('\n')}`);
	if (!entries[LAUNCH_PAGE]) throw new Error(`${siteDir} has no ${LAUNCH_PAGE}: build with COURSE_TARGET=scorm`);
	const files = Object.keys(entries).sort();
	const manifest = scormManifest({ ...meta, files });
	writeFileSync(join(siteDir, 'imsmanifest.xml'), manifest);
	entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
	const zipped = zipSync(entries, { level: 6 });
	writeFileSync(outFile, zipped);
	return { files: Object.keys(entries), bytes: zipped.length };
}
