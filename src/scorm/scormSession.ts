/**
 * One learner's session with a learning platform over the SCORM 1.2 API: it opens the session, reads back the saved
 * progress, reports score, status and progress whenever progress changes, and closes the session when the learner
 * leaves. Every call is checked; a refused call is looked up with LMSGetLastError and handed to `onProblem`, so a
 * platform's error never breaks the page, and the progress kept in the browser is never lost because of it.
 */
import type { Progress } from '../progress/progressFormat.ts';
import { courseScore, DEFAULT_MASTERY_SCORE, type ScoredLesson } from './courseScore.ts';
import type { Scorm12Api } from './findScormApi.ts';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from './suspendData.ts';

/** Something the platform refused or could not keep; the launch page tells the learner in their language. */
export type ScormProblem =
	/** The platform refused a call: its SCORM error code and its own (English) description. */
	| { kind: 'refused'; call: string; code: string; message: string }
	/** The progress would not fit `cmi.suspend_data`; score and status were still reported. */
	| { kind: 'tooLarge'; length: number; max: number }
	/** The saved progress was not this course's format; the learner continues from what this browser holds. */
	| { kind: 'unreadable'; at: number };

export interface ScormSession {
	/**
	 * The progress the platform holds for this learner (empty on a first launch), or null when what it holds was
	 * unreadable.
	 */
	readonly saved: Progress | null;
	/** Where the learner was (`cmi.core.lesson_location`, a page address relative to the package root), or ''. */
	readonly location: string;
	/** Records where the learner is now; it is committed with the next report. */
	setLocation(location: string): void;
	/** The learner's language as the platform states it (`cmi.student_preference.language`), or ''. */
	readonly language: string;
	/** Reports the score, status and progress, and commits them. Does nothing after `finish`. */
	report(progress: Progress): void;
	/** Reports one last time, marks the attempt as suspended (so the platform resumes it), and closes the session. */
	finish(progress: Progress): void;
}

export interface ScormSessionOptions {
	/** The lessons of the course: what is scored, and what is saved. */
	lessons: readonly ScoredLesson[];
	onProblem: (problem: ScormProblem) => void;
	/** The clock in milliseconds, for `cmi.core.session_time`. */
	now?: () => number;
}

/** A duration as SCORM 1.2's CMITimeSpan, `HHHH:MM:SS.SS` (two to four digits of hours). */
export function scormTimeSpan(milliseconds: number): string {
	const centiseconds = Math.max(0, Math.min(Math.round(milliseconds / 10), 9999 * 360000 + 359999));
	const hours = Math.floor(centiseconds / 360000);
	const minutes = Math.floor((centiseconds % 360000) / 6000);
	const seconds = (centiseconds % 6000) / 100;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/**
 * Opens a session with `api`. Returns null when the platform refuses to start one (the problem is reported), and the
 * course then runs as it does outside a platform.
 */
export function startScormSession(
	api: Scorm12Api,
	{ lessons, onProblem, now = () => Date.now() }: ScormSessionOptions,
): ScormSession | null {
	const startedAt = now();
	const lessonIds = lessons.map((lesson) => lesson.id);

	/** Runs one API call; on a refusal (or a throw) reports the platform's error and returns null. */
	function call(name: string, run: () => string, ok: (result: string) => boolean): string | null {
		try {
			const result = String(run());
			if (ok(result)) return result;
			const code = String(api.LMSGetLastError());
			onProblem({ kind: 'refused', call: name, code, message: String(api.LMSGetErrorString(code)) });
		} catch (error) {
			onProblem({ kind: 'refused', call: name, code: '', message: String(error) });
		}
		return null;
	}
	const isTrue = (result: string) => result === 'true';
	const set = (element: string, value: string) =>
		call(`LMSSetValue ${element}`, () => api.LMSSetValue(element, value), isTrue) !== null;
	/** Reads an element; an empty answer with error 0 is an empty value, any other error is a problem. */
	const get = (element: string) =>
		call(
			`LMSGetValue ${element}`,
			() => api.LMSGetValue(element),
			(result) => result !== '' || String(api.LMSGetLastError()) === '0',
		) ?? '';

	if (call('LMSInitialize', () => api.LMSInitialize(''), isTrue) === null) return null;

	let saved: Progress | null = null;
	const suspendData = get('cmi.suspend_data');
	const decoded = decodeSuspendData(suspendData);
	if (decoded.ok) saved = decoded.progress;
	else onProblem({ kind: 'unreadable', at: decoded.at });

	const mastery = Number.parseFloat(get('cmi.student_data.mastery_score'));
	const masteryScore = Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : DEFAULT_MASTERY_SCORE;
	const language = get('cmi.student_preference.language');
	const savedLocation = get('cmi.core.lesson_location');

	// What was last written, so a report that changes nothing sends nothing; `dirty` until the next commit.
	const written = new Map<string, string>();
	let dirty = false;
	const setChanged = (element: string, value: string) => {
		if (written.get(element) === value) return;
		dirty = true;
		if (set(element, value)) written.set(element, value);
	};
	const commit = () => {
		dirty = false;
		call('LMSCommit', () => api.LMSCommit(''), isTrue);
	};

	let finished = false;
	let toldTooLarge = false;
	function write(progress: Progress) {
		const score = courseScore(progress, lessons, masteryScore);
		// min and max before raw: some platforms check raw against the range they hold.
		setChanged('cmi.core.score.min', String(score.min));
		setChanged('cmi.core.score.max', String(score.max));
		setChanged('cmi.core.score.raw', String(score.raw));
		setChanged('cmi.core.lesson_status', score.status);
		const encoded = encodeSuspendData(progress, lessonIds);
		if (encoded.ok) setChanged('cmi.suspend_data', encoded.text);
		else if (!toldTooLarge) {
			toldTooLarge = true;
			onProblem({ kind: 'tooLarge', length: encoded.length, max: SUSPEND_DATA_LIMIT });
		}
	}

	return {
		saved,
		language,
		location: savedLocation,
		setLocation(location) {
			if (!finished) setChanged('cmi.core.lesson_location', location);
		},
		report(progress) {
			if (finished) return;
			write(progress);
			if (dirty) commit();
		},
		finish(progress) {
			if (finished) return;
			finished = true;
			write(progress);
			set('cmi.core.exit', 'suspend');
			set('cmi.core.session_time', scormTimeSpan(now() - startedAt));
			commit();
			call('LMSFinish', () => api.LMSFinish(''), isTrue);
		},
	};
}
