/**
 * A learning platform for the SCORM tests, served by Playwright's routing and never shipped: a page that puts
 * scorm-again's SCORM 1.2 API on `window.API` and launches the package in a frame, at an address of its own choosing
 * (`/content/course-7/`), as a platform does. It keeps the learner's record in its own localStorage entry, as a
 * platform keeps it on its server, so a reload of the platform resumes the attempt. The package's files come from the
 * real zip that `npm run package -- --scorm` wrote.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';

export const PLATFORM = 'http://lms.test';
export const PACKAGE_PATH = '/content/course-7/';
export const HARNESS_URL = `${PLATFORM}/player/`;
/** The platform's own localStorage entry for the learner's record. */
export const RECORD_KEY = 'test-platform-record';

const root = join(import.meta.dirname, '../../..');

/**
 * The SCORM zip, unpacked: entry name to bytes. `npm test` builds it and names it in SCORM_PACKAGE; run on its own,
 * the spec takes the newest course-scorm12-*.zip that `npm run package -- --scorm` left in the project folder.
 */
export function readPackage(): { name: string; entries: Record<string, Uint8Array> } {
	const file = process.env.SCORM_PACKAGE || newestPackage();
	return { name: basename(file), entries: unzipSync(new Uint8Array(readFileSync(file))) };
}

function newestPackage(): string {
	const zips = readdirSync(root)
		.filter((file) => /^course-scorm12-.*\.zip$/.test(file))
		.map((file) => ({ file, time: statSync(join(root, file)).mtimeMs }))
		.sort((a, b) => b.time - a.time);
	const newest = zips[0];
	if (!newest) throw new Error('no course-scorm12-*.zip: run `npm run package -- --scorm` first');
	return join(root, newest.file);
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript',
	mjs: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	png: 'image/png',
	xml: 'application/xml',
	wasm: 'application/wasm',
	woff2: 'font/woff2',
	webmanifest: 'application/manifest+json',
};

/** What the platform is asked to do in a test. */
export interface HarnessOptions {
	/** No API at all: the package opened outside a platform. */
	noApi?: boolean;
	/** The platform refuses every LMSCommit with SCORM error 101. */
	refuseCommit?: boolean;
	/** `cmi.student_preference.language`. */
	language?: string;
}

function harnessHtml(options: HarnessOptions): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test platform</title>
<style>body{margin:0} iframe{width:100vw;height:100vh;border:0;display:block}</style>
<script src="/player/scorm12.min.js"></script>
<script>
const options = ${JSON.stringify(options)};
const record = JSON.parse(localStorage.getItem('${RECORD_KEY}') || 'null');
window.platformEvents = [];
if (!options.noApi) {
	const api = new Scorm12API({ autocommit: false, logLevel: 5 });
	if (record) {
		api.cmi.suspend_data = record.suspend_data;
		api.cmi.core.lesson_location = record.lesson_location;
		api.cmi.core.lesson_status = record.lesson_status;
		api.cmi.core.entry = 'resume';
	}
	api.cmi.student_data.mastery_score = '80';
	if (options.language) api.cmi.student_preference.language = options.language;
	const save = (event) => {
		window.platformEvents.push(event);
		const saved = {
			suspend_data: api.cmi.suspend_data,
			lesson_location: api.cmi.core.lesson_location,
			lesson_status: api.cmi.core.lesson_status,
			score: { raw: api.cmi.core.score.raw, min: api.cmi.core.score.min, max: api.cmi.core.score.max },
			events: [...(JSON.parse(localStorage.getItem('${RECORD_KEY}') || 'null')?.events || []), event],
		};
		localStorage.setItem('${RECORD_KEY}', JSON.stringify(saved));
	};
	api.on('LMSInitialize', () => window.platformEvents.push('LMSInitialize'));
	api.on('LMSCommit', () => save('LMSCommit'));
	api.on('LMSFinish', () => save('LMSFinish'));
	if (options.refuseCommit) {
		api.LMSCommit = () => 'false';
		api.LMSGetLastError = () => '101';
		api.LMSGetErrorString = () => 'General Exception';
	}
	window.API = api;
}
window.launch = () => {
	const frame = document.createElement('iframe');
	frame.id = 'sco';
	frame.title = 'Course';
	frame.src = '${PACKAGE_PATH}scorm/index.html';
	document.body.append(frame);
};
</script></head><body></body></html>`;
}

/** Routes the platform's origin in this page: the harness, scorm-again, and the package's files. */
export async function servePlatform(page: Page, entries: Record<string, Uint8Array>, options: HarnessOptions = {}) {
	const scormAgain = readFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.min.js'));
	await page.route(`${PLATFORM}/**`, async (route) => {
		const url = new URL(route.request().url());
		if (url.pathname === '/player/') return route.fulfill({ contentType: 'text/html', body: harnessHtml(options) });
		if (url.pathname === '/player/scorm12.min.js')
			return route.fulfill({ contentType: 'text/javascript', body: scormAgain });
		if (!url.pathname.startsWith(PACKAGE_PATH)) return route.fulfill({ status: 404, body: 'not on this platform' });
		const name = decodeURIComponent(url.pathname.slice(PACKAGE_PATH.length));
		const body = entries[name];
		// Like a plain file store: a folder address has no index page, so every link must name its file.
		if (!body) return route.fulfill({ status: 404, body: `no ${name} in the package` });
		const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
		return route.fulfill({ contentType: type, body: Buffer.from(body) });
	});
}

/** The platform's saved record of the learner, as the harness keeps it. */
export interface PlatformRecord {
	suspend_data: string;
	lesson_location: string;
	lesson_status: string;
	score: { raw: string; min: string; max: string };
	events: string[];
}

export async function platformRecord(page: Page): Promise<PlatformRecord | null> {
	return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), RECORD_KEY);
}
