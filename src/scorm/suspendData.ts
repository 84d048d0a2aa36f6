/**
 * The learner's progress written compactly for a learning platform's `cmi.suspend_data`, which SCORM 1.2 limits to
 * 4,096 characters. The JSON of the progress file spends about 110 characters a lesson; this spends about 45:
 *
 *   `c1|lectures/02-customer-insight:q4.5.t1mk2q,lt1mk9b;labs/simulator:lt1mkaa`
 *
 * `c1` is the format version; each lesson is its id, then `q<score>.<total>.<time>` for its best knowledge-check
 * result and `l<time>` for its lab step, times being whole seconds since 1970 in base 36. `passed` is not stored: it
 * follows from the score and total by the course's pass mark. Lesson ids never contain `|`, `;`, `:` or `,`.
 */
import { isPassingScore } from '../progress/lessonCompletion.ts';
import { emptyProgress, isLessonId, type LessonProgress, type Progress } from '../progress/progressFormat.ts';

/** The most `cmi.suspend_data` holds in SCORM 1.2 (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

const PREFIX = 'c1|';

function encodeTime(iso: string): string {
	return Math.floor(Date.parse(iso) / 1000).toString(36);
}

function decodeTime(text: string): string | null {
	if (!/^[0-9a-z]{1,9}$/.test(text)) return null;
	const date = new Date(Number.parseInt(text, 36) * 1000);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function encodeLesson(id: string, lesson: LessonProgress): string | null {
	const fields: string[] = [];
	if (lesson.quiz) fields.push(`q${lesson.quiz.score}.${lesson.quiz.total}.${encodeTime(lesson.quiz.at)}`);
	if (lesson.lab) fields.push(`l${encodeTime(lesson.lab.at)}`);
	return fields.length > 0 ? `${id}:${fields.join(',')}` : null;
}

export type EncodeResult = { ok: true; text: string } | { ok: false; length: number };

/**
 * Encodes the progress of the lessons in `lessonIds` (the course's catalog: a lesson a file import brought from
 * another course is not this package's to report). Refuses, with the length it would need, when the text would not
 * fit `limit`, so the caller can say so instead of letting the platform truncate it.
 */
export function encodeSuspendData(
	progress: Progress,
	lessonIds: readonly string[],
	limit = SUSPEND_DATA_LIMIT,
): EncodeResult {
	const parts: string[] = [];
	for (const id of lessonIds) {
		if (!Object.hasOwn(progress.lessons, id)) continue;
		const part = encodeLesson(id, progress.lessons[id] as LessonProgress);
		if (part) parts.push(part);
	}
	const text = PREFIX + parts.join(';');
	return text.length <= limit ? { ok: true, text } : { ok: false, length: text.length };
}

export type DecodeResult = { ok: true; progress: Progress } | { ok: false; at: number };

/**
 * Reads suspend data written by `encodeSuspendData`. The empty string (a first launch) is empty progress; anything
 * else that is not exactly this format is refused whole, with the character position where reading stopped.
 */
export function decodeSuspendData(text: string): DecodeResult {
	const progress = emptyProgress();
	if (text === '') return { ok: true, progress };
	if (!text.startsWith(PREFIX)) return { ok: false, at: 0 };
	let at = PREFIX.length;
	if (text.length === at) return { ok: true, progress };
	for (const part of text.slice(at).split(';')) {
		const colon = part.indexOf(':');
		const id = part.slice(0, colon);
		if (colon < 1 || !isLessonId(id) || Object.hasOwn(progress.lessons, id)) return { ok: false, at };
		const lesson: LessonProgress = {};
		let fieldAt = at + colon + 1;
		for (const field of part.slice(colon + 1).split(',')) {
			const quiz = /^q(\d{1,4})\.(\d{1,4})\.([0-9a-z]+)$/.exec(field);
			const lab = /^l([0-9a-z]+)$/.exec(field);
			if (quiz && !lesson.quiz) {
				const score = Number(quiz[1]);
				const total = Number(quiz[2]);
				const time = decodeTime(quiz[3] as string);
				if (total < 1 || score > total || time === null) return { ok: false, at: fieldAt };
				lesson.quiz = { score, total, passed: isPassingScore(score, total), at: time };
			} else if (lab && !lesson.lab) {
				const time = decodeTime(lab[1] as string);
				if (time === null) return { ok: false, at: fieldAt };
				lesson.lab = { done: true, at: time };
			} else {
				return { ok: false, at: fieldAt };
			}
			fieldAt += field.length + 1;
		}
		progress.lessons[id] = lesson;
		at += part.length + 1;
	}
	return { ok: true, progress };
}
