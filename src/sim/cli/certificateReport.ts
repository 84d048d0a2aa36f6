import { ANSWER_KEY, ASSESSMENT_BANK_ID } from '../../assessment/assessmentBank.ts';
import { answersText, verifyCertificate } from '../../assessment/certificateCode.ts';
import type { Translate, UiKey } from '../../i18n/uiStrings.ts';
import { requiredToPass } from '../../progress/lessonCompletion.ts';

/**
 * `verify --certificate`: the check the certificate check page runs, on a code given on the command line or in a file,
 * in the language of `t`. Returns the report of a valid code, or the reason it was refused.
 */
export function certificateReport(code: string, t: Translate): { ok: boolean; text: string } {
	const checked = verifyCertificate(code, ANSWER_KEY, ASSESSMENT_BANK_ID);
	if (!checked.ok) {
		const own = checked.check === 'name' ? 'nameBad' : checked.check;
		const key = (
			['shape', 'nameBad', 'bank', 'score', 'notPassed'].includes(own)
				? `certificate.check.${own}`
				: `workshop.check.${checked.check}`
		) as UiKey;
		const detail = checked.detail ? ` (${checked.detail})` : '';
		return { ok: false, text: `${t('certificate.check.failedPrefix')} ${t(key)}${detail}` };
	}
	const { certificate } = checked;
	const lectures = certificate.lectures.length ? certificate.lectures.join(', ') : t('certificate.lecturesNone');
	const lines = [
		t('certificate.check.valid'),
		`${t('certificate.check.name')}: ${certificate.name}`,
		`${t('certificate.date')}: ${certificate.date}`,
		`${t('certificate.score')}: ${t('certificate.scoreValue', { score: certificate.score, total: certificate.total, required: requiredToPass(certificate.total) })}`,
		`${t('certificate.lectures')}: ${lectures}`,
		`${t('certificate.check.answers')}: ${answersText(certificate.answers)
			.map((a, i) => `${i + 1}:${a}`)
			.join(' ')}`,
		'',
		t('certificate.proves'),
	];
	return { ok: true, text: lines.join('\n') };
}
