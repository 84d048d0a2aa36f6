/**
 * The launch page's behaviour, as the `scorm-launch` element: find the platform, put the learner's saved progress
 * where the course's pages read it (localStorage), open the course where the learner left it, report every progress
 * change, and close the session when the learner leaves (`pagehide`, which also fires when a platform removes the
 * frame). Without a platform it only opens the course, which then runs exactly as the website does.
 */
import { fillPlaceholders } from '../i18n/fillPlaceholders.ts';
import type { Locale } from '../i18n/uiStrings.ts';
import { PROGRESS_EVENT, type ProgressEventDetail } from '../progress/browserProgress.ts';
import { emptyProgress, type Progress, serializeProgress } from '../progress/progressFormat.ts';
import { createProgressStore, STORAGE_KEY } from '../progress/progressStore.ts';
import type { ScoredLesson } from './courseScore.ts';
import { findScormApi } from './findScormApi.ts';
import { type ScormProblem, type ScormSession, startScormSession } from './scormSession.ts';

/** `cmi.core.lesson_location` holds at most 255 characters in SCORM 1.2. */
const LOCATION_LIMIT = 255;

/** The page address relative to the package root, when `url` lies inside it; else null. */
export function locationInPackage(url: URL, root: URL): string | null {
	if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
	const location = url.pathname.slice(root.pathname.length) + url.hash;
	return location.length <= LOCATION_LIMIT && !location.startsWith('/') ? location : null;
}

class ScormLaunch extends HTMLElement {
	#session: ScormSession | null = null;
	#progress: Progress = emptyProgress();
	#strings: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };
	#locale: Locale = 'zh-CN';

	connectedCallback() {
		const frame = this.querySelector('iframe') as HTMLIFrameElement;
		this.#strings = JSON.parse(this.dataset.strings ?? '{}');
		const lessons: ScoredLesson[] = JSON.parse(this.dataset.lessons ?? '[]');
		// The launch page sits one folder below the package root (scorm/index.html).
		const root = new URL('../', location.href);
		const api = findScormApi(window as unknown as Parameters<typeof findScormApi>[0]);
		this.#session = api ? startScormSession(api, { lessons, onProblem: (problem) => this.#show(problem) }) : null;

		let start = frame.dataset.zhHref as string;
		const session = this.#session;
		if (session) {
			if (/^en\b/i.test(session.language)) start = frame.dataset.enHref as string;
			if (session.saved) this.#restore(session.saved);
			else this.#progress = createProgressStore({ openStorage: () => window.localStorage }).read();
			const saved = session.location;
			if (saved) start = new URL(saved, root).href;
			session.report(this.#progress);
			window.addEventListener('pagehide', () => session.finish(this.#progress));
		}
		frame.addEventListener('load', () => this.#watch(frame, root));
		frame.src = start;
	}

	/** The platform holds this learner's record: it replaces whatever another learner left in this browser. */
	#restore(saved: Progress) {
		this.#progress = saved;
		try {
			window.localStorage.setItem(STORAGE_KEY, serializeProgress(saved));
		} catch {
			// Storage blocked: the pages start without the saved progress, and what the learner does now still reaches
			// the platform through the progress events below.
		}
	}

	/** Follows the page now in the frame: its progress changes, its address (to resume there) and its language. */
	#watch(frame: HTMLIFrameElement, root: URL) {
		let doc: Document | null = null;
		try {
			doc = frame.contentDocument;
		} catch {
			doc = null;
		}
		// A page of another site (an outside link the learner followed) is not ours to follow.
		if (!doc) return;
		this.#locale = doc.documentElement.lang === 'en' ? 'en' : 'zh-CN';
		document.documentElement.lang = this.#locale;
		document.title = this.#strings[this.#locale]['scorm.pageTitle'] ?? document.title;
		frame.title = this.#strings[this.#locale]['scorm.frameTitle'] ?? frame.title;
		const session = this.#session;
		if (!session) return;
		const where = locationInPackage(new URL(doc.location.href), root);
		if (where !== null) session.setLocation(where);
		doc.addEventListener(PROGRESS_EVENT, (event) => {
			this.#progress = (event as CustomEvent<ProgressEventDetail>).detail.progress;
			session.report(this.#progress);
		});
	}

	#show(problem: ScormProblem) {
		const status = this.querySelector('.scorm-problem') as HTMLElement;
		const template = this.#strings[this.#locale][`scorm.problem.${problem.kind}`] ?? '';
		status.textContent = fillPlaceholders(template, { ...problem });
		status.hidden = false;
	}
}

/** Defines the `scorm-launch` element once. */
export function defineScormLaunch() {
	if (!customElements.get('scorm-launch')) customElements.define('scorm-launch', ScormLaunch);
}
