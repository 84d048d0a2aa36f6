/**
 * A refused certificate code put into words, the same on the trainer's check page and in `npm run sim -- verify
 * --certificate`: the certificate's own checks have their own strings (`certificate.check.*`), the share code's keep the
 * workshop's (`workshop.check.*`), and a shape refusal names the field in the reader's language.
 */
import type { CertificateFailure } from './certificateCode.ts';

/** Looks up a UI string and fills its `{placeholders}`; the page and the CLI each pass their own. */
export type RefusalTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The UI string keys a refusal may use, for a page that hands its script only the strings it needs. */
export const CERTIFICATE_REFUSAL_KEYS = [
	'certificate.check.failedPrefix',
	'certificate.check.shape',
	'certificate.check.shapeField',
	'certificate.check.nameBad',
	'certificate.check.bank',
	'certificate.check.score',
	'certificate.check.notPassed',
	'certificate.field.n',
	'certificate.field.d',
	'certificate.field.l',
	'certificate.field.b',
	'certificate.field.t',
	'certificate.field.s',
	'certificate.field.a',
	'workshop.check.empty',
	'workshop.check.tooLarge',
	'workshop.check.kind',
	'workshop.check.version',
	'workshop.check.encoding',
	'workshop.check.truncated',
	'workshop.check.checksum',
	'workshop.check.json',
] as const;

const OWN_CHECKS: Record<string, string> = {
	shape: 'certificate.check.shape',
	name: 'certificate.check.nameBad',
	bank: 'certificate.check.bank',
	score: 'certificate.check.score',
	notPassed: 'certificate.check.notPassed',
};

/** Why the code was refused, in one sentence or two, without the verdict ("does not check out") before it. */
export function certificateRefusal(failure: CertificateFailure, t: RefusalTranslate): string {
	const reason = t(OWN_CHECKS[failure.check] ?? `workshop.check.${failure.check}`);
	if (failure.check === 'shape')
		return failure.detail
			? `${reason} ${t('certificate.check.shapeField', { field: t(`certificate.field.${failure.detail}`), key: failure.detail })}`
			: reason;
	return failure.detail ? `${reason} (${failure.detail})` : reason;
}
