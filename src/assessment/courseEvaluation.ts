/**
 * The course evaluation: what a learner fills in, the file and code they hand to the trainer, and the trainer's
 * summary of many of them. Pure: the pages store, read files and draw; this module decides what a form is.
 *
 * A form is anonymous. Its `id` is drawn at random when the learner first saves, and stays with the form, so the
 * trainer's page can tell the same learner's form imported twice (or a later edit of it) from two learners' forms.
 */
import { decodeShareCode, encodeShareCode } from '../sim/workshop/shareCode.ts';

/** The rated statements, each scored 1 (disagree strongly) to 5 (agree strongly); their words are UI strings. */
export const EVALUATION_ITEMS = ['overall', 'relevance', 'trainer', 'labs', 'cases', 'pace', 'apply'] as const;
export type EvaluationItem = (typeof EVALUATION_ITEMS)[number];
/** The free-text questions. */
export const EVALUATION_COMMENTS = ['best', 'improve'] as const;
export type EvaluationComment = (typeof EVALUATION_COMMENTS)[number];

export const EVALUATION_KIND = 'e';
export const EVALUATION_VERSION = 1;
/** The longest comment kept, in characters: a long paragraph, far short of anything that would bloat a code. */
export const MAX_COMMENT = 1000;
/** The largest evaluation file read: a form is well under 3 KB. */
export const MAX_EVALUATION_FILE = 20_000;

export interface EvaluationForm {
	/** 12 lowercase hex digits. */
	id: string;
	/** When the learner last changed it, ISO 8601. */
	savedAt: string;
	/** 1–5, or null when skipped. */
	ratings: Record<EvaluationItem, number | null>;
	comments: Record<EvaluationComment, string>;
}

/** A form with nothing filled in, under a fresh id. */
export function emptyEvaluation(id: string, savedAt: string): EvaluationForm {
	return {
		id,
		savedAt,
		ratings: Object.fromEntries(EVALUATION_ITEMS.map((k) => [k, null])) as EvaluationForm['ratings'],
		comments: { best: '', improve: '' },
	};
}

/** Why a file or code was refused: the share code's checks keep their ids; `field` names what was wrong. */
export type EvaluationProblem =
	| { check: 'empty' | 'tooLarge' | 'notJson' | 'notEvaluation' | 'version' }
	| { check: 'field'; field: string }
	| { check: 'code'; code: string; detail: string };

export type EvaluationRead = { ok: true; form: EvaluationForm } | { ok: false; problem: EvaluationProblem };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Validates the content of a form (from a file or a code); the first bad field is named. */
export function readEvaluation(value: unknown): EvaluationRead {
	const bad = (field: string): EvaluationRead => ({ ok: false, problem: { check: 'field', field } });
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return { ok: false, problem: { check: 'notEvaluation' } };
	const v = value as Record<string, unknown>;
	if (v.kind !== 'course-evaluation') return { ok: false, problem: { check: 'notEvaluation' } };
	if (v.version !== EVALUATION_VERSION) return { ok: false, problem: { check: 'version' } };
	if (typeof v.id !== 'string' || !/^[0-9a-f]{12}$/.test(v.id)) return bad('id');
	if (typeof v.savedAt !== 'string' || !ISO.test(v.savedAt) || Number.isNaN(Date.parse(v.savedAt)))
		return bad('savedAt');
	const ratings = v.ratings as Record<string, unknown> | undefined;
	if (typeof ratings !== 'object' || ratings === null) return bad('ratings');
	const comments = v.comments as Record<string, unknown> | undefined;
	if (typeof comments !== 'object' || comments === null) return bad('comments');
	const form = emptyEvaluation(v.id, v.savedAt);
	for (const item of EVALUATION_ITEMS) {
		const r = ratings[item];
		if (r === null || r === undefined) continue;
		if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > 5) return bad(`ratings.${item}`);
		form.ratings[item] = r;
	}
	for (const key of EVALUATION_COMMENTS) {
		const c = comments[key] ?? '';
		if (typeof c !== 'string' || c.length > MAX_COMMENT) return bad(`comments.${key}`);
		form.comments[key] = c;
	}
	return { ok: true, form };
}

/** The form as it is written to a file and into a code: self-describing, so a wrong file is told apart. */
function serialisable(form: EvaluationForm) {
	return { kind: 'course-evaluation', version: EVALUATION_VERSION, ...form };
}

/** The text of an evaluation file. */
export function evaluationFileText(form: EvaluationForm): string {
	return `${JSON.stringify(serialisable(form), null, 2)}\n`;
}

/** The form as a code to paste (`e1.…`), for a learner who cannot send a file. */
export function evaluationCode(form: EvaluationForm): string {
	return encodeShareCode(EVALUATION_KIND, EVALUATION_VERSION, serialisable(form));
}

/** Reads an evaluation file's text, or a pasted code: whichever it looks like. Never throws. */
export function parseEvaluation(text: string): EvaluationRead {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed === '') return { ok: false, problem: { check: 'empty' } };
	if (trimmed.length > MAX_EVALUATION_FILE) return { ok: false, problem: { check: 'tooLarge' } };
	if (trimmed.startsWith('{')) {
		let data: unknown;
		try {
			data = JSON.parse(trimmed);
		} catch {
			return { ok: false, problem: { check: 'notJson' } };
		}
		return readEvaluation(data);
	}
	const decoded = decodeShareCode(trimmed, EVALUATION_KIND, EVALUATION_VERSION);
	if (!decoded.ok) return { ok: false, problem: { check: 'code', code: decoded.check, detail: decoded.detail } };
	return readEvaluation(decoded.value);
}

export interface ItemSummary {
	item: EvaluationItem;
	/** Forms that rated it. */
	count: number;
	/** Mean rating, or null when no form rated it. */
	mean: number | null;
	/** How many forms gave 1, 2, 3, 4 and 5. */
	distribution: [number, number, number, number, number];
}

export interface EvaluationSummary {
	forms: number;
	items: ItemSummary[];
	/** The non-empty comments per question, in the order the forms were added. */
	comments: Record<EvaluationComment, string[]>;
}

/** Averages and distributions per statement, and the comments, over a set of forms (duplicates already removed). */
export function summariseEvaluations(forms: readonly EvaluationForm[]): EvaluationSummary {
	const items = EVALUATION_ITEMS.map((item): ItemSummary => {
		const distribution: ItemSummary['distribution'] = [0, 0, 0, 0, 0];
		let sum = 0;
		let count = 0;
		for (const form of forms) {
			const r = form.ratings[item];
			if (r === null) continue;
			distribution[r - 1] = (distribution[r - 1] as number) + 1;
			sum += r;
			count++;
		}
		return { item, count, mean: count ? sum / count : null, distribution };
	});
	const comments = Object.fromEntries(
		EVALUATION_COMMENTS.map((key) => [key, forms.map((f) => f.comments[key].trim()).filter((c) => c !== '')]),
	) as EvaluationSummary['comments'];
	return { forms: forms.length, items, comments };
}

/** What adding a form to a collection did: added, the same form again, or a newer or older edit of one already in. */
export type AddOutcome = 'added' | 'duplicate' | 'replaced' | 'older';

/**
 * Adds `form` to `forms` (a new array is returned): a form whose id is already there is a duplicate when identical,
 * replaces the one there when saved later, and is set aside when saved earlier. So each learner counts once.
 */
export function addEvaluation(
	forms: readonly EvaluationForm[],
	form: EvaluationForm,
): { forms: EvaluationForm[]; outcome: AddOutcome } {
	const index = forms.findIndex((f) => f.id === form.id);
	if (index < 0) return { forms: [...forms, form], outcome: 'added' };
	const there = forms[index] as EvaluationForm;
	if (JSON.stringify(there) === JSON.stringify(form)) return { forms: [...forms], outcome: 'duplicate' };
	if (Date.parse(form.savedAt) > Date.parse(there.savedAt)) {
		const next = [...forms];
		next[index] = form;
		return { forms: next, outcome: 'replaced' };
	}
	return { forms: [...forms], outcome: 'older' };
}
