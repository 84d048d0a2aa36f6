/**
 * The verification code of a certificate of completion, and its check. The code carries what the certificate says
 * (name, date, lectures completed) together with the learner's answers to the final assessment, as a share code
 * (`c1.<crc32>.<deflated JSON>`, src/sim/workshop/shareCode.ts). Checking it means: the checksum matches, the content
 * has the right shape and question set, and the score recomputed from the answers with the answer key is the score
 * claimed, and a pass.
 *
 * What that proves, and what it does not: the code is not a signature. A static site holds no secret, so anyone who
 * reads the site's source can make a code that checks; and the lectures completed are the learner's browser's word.
 * It proves that the code was not altered or mistyped since it was made, that what the certificate shows is what the
 * code holds, and that those answers do score that mark on this set of questions. The pages and the CLI say this too.
 */
import { nameProblem, normaliseName } from '../sim/text/nameProblem.ts';
import { type CheckFailure, decodeShareCode, encodeShareCode } from '../sim/workshop/shareCode.ts';
import { maskIndices, scoreAssessment } from './scoreAssessment.ts';

export const CERTIFICATE_KIND = 'c';
export const CERTIFICATE_VERSION = 1;
/** The longest learner name a certificate takes, in characters. */
export const MAX_CERTIFICATE_NAME = 60;
/** The course's lectures, numbered from 1. */
export const LECTURE_COUNT = 8;

/** What a certificate states. `date` is the day the assessment was passed, YYYY-MM-DD. */
export interface Certificate {
	name: string;
	date: string;
	/** Lecture numbers (1–8) completed, ascending. */
	lectures: number[];
	/** The answers, one bit mask per question, as the assessment recorded them. */
	answers: number[];
	/** The question set the answers belong to (ASSESSMENT_BANK_ID). */
	bank: string;
	/** The score the certificate shows. */
	score: number;
	total: number;
}

/** Why a certificate code was refused, beyond the share code's own checks (which keep their ids). */
export type CertificateCheckId = CheckFailure['check'] | 'shape' | 'name' | 'bank' | 'score' | 'notPassed';

export interface CertificateFailure {
	ok: false;
	check: CertificateCheckId;
	detail: string;
}

export type CertificateCheck = { ok: true; certificate: Certificate; required: number } | CertificateFailure;

interface Payload {
	n: string;
	d: string;
	l: number[];
	a: number[];
	b: string;
	s: number;
	t: number;
}

/** The code of a certificate: short keys, since the code is printed and may be typed in from paper. */
export function encodeCertificate(certificate: Certificate): string {
	const payload: Payload = {
		n: normaliseName(certificate.name),
		d: certificate.date,
		l: certificate.lectures,
		a: certificate.answers,
		b: certificate.bank,
		s: certificate.score,
		t: certificate.total,
	};
	return encodeShareCode(CERTIFICATE_KIND, CERTIFICATE_VERSION, payload);
}

/** Whether `text` is a real calendar day written YYYY-MM-DD (from the year 2000). */
export function isIsoDay(text: unknown): text is string {
	if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && date.getUTCFullYear() >= 2000;
}

const fail = (check: CertificateCheckId, detail: string): CertificateFailure => ({ ok: false, check, detail });
const isInt = (x: unknown, min: number, max: number): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** The first field of a decoded payload that is not what a certificate holds, or null. */
function shapeProblem(value: unknown, questions: number): string | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the content is not an object';
	const p = value as Record<string, unknown>;
	if (typeof p.n !== 'string') return 'n (name)';
	if (!isIsoDay(p.d)) return 'd (date)';
	const l = p.l;
	if (
		!Array.isArray(l) ||
		l.length > LECTURE_COUNT ||
		!l.every((x, i) => isInt(x, 1, LECTURE_COUNT) && (i === 0 || x > l[i - 1]))
	)
		return 'l (lectures)';
	if (typeof p.b !== 'string' || !/^[0-9a-f]{8}$/.test(p.b)) return 'b (question set)';
	if (!isInt(p.t, 1, 100)) return 't (total)';
	if (!isInt(p.s, 0, p.t)) return 's (score)';
	const a = p.a;
	if (!Array.isArray(a) || a.length !== p.t || !a.every((x) => isInt(x, 0, 63)))
		return `a (answers: ${questions} expected)`;
	return null;
}

/**
 * Checks a certificate code against the answer key of this site's final assessment (`key`, `bank`). Never throws: a
 * refusal names the check that failed, with a detail that needs no translation.
 */
export function verifyCertificate(code: string, key: readonly number[], bank: string): CertificateCheck {
	const decoded = decodeShareCode(code, CERTIFICATE_KIND, CERTIFICATE_VERSION);
	if (!decoded.ok) return fail(decoded.check, decoded.detail);
	const problem = shapeProblem(decoded.value, key.length);
	if (problem) return fail('shape', problem);
	const p = decoded.value as Payload;
	const name = normaliseName(p.n);
	if (name === '' || [...name].length > MAX_CERTIFICATE_NAME) return fail('name', `${[...name].length}`);
	const nameIssue = nameProblem(name);
	if (nameIssue) return fail('name', `${nameIssue.char} @${nameIssue.at}`);
	if (p.b !== bank || p.t !== key.length) return fail('bank', `${p.b}/${p.t} ≠ ${bank}/${key.length}`);
	const score = scoreAssessment(key, p.a);
	if (score.raw !== p.s) return fail('score', `${p.s} ≠ ${score.raw}`);
	if (!score.passed) return fail('notPassed', `${score.raw}/${score.total} < ${score.required}`);
	return {
		ok: true,
		required: score.required,
		certificate: { name, date: p.d, lectures: p.l, answers: p.a, bank: p.b, score: p.s, total: p.t },
	};
}

/** The answers of a certificate as choice numbers per question, for a trainer who wants to see them ("2", "1+3"). */
export function answersText(answers: readonly number[]): string[] {
	return answers.map(
		(mask) =>
			maskIndices(mask)
				.map((i) => i + 1)
				.join('+') || '–',
	);
}
