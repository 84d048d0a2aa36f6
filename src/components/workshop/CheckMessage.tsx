import type { Translate, UiKey } from '../../i18n/uiStrings.ts';
import type { CheckFailure } from '../../sim/workshop/shareCode.ts';

/** Why a link, code or file was refused: the failed check, in words, with its technical detail as plain text. */
export function checkText(t: Translate, failure: CheckFailure): string {
	const text = t(`workshop.check.${failure.check}` as UiKey);
	return failure.detail
		? `${t('workshop.check.failedPrefix')} ${text} (${failure.detail})`
		: `${t('workshop.check.failedPrefix')} ${text}`;
}
