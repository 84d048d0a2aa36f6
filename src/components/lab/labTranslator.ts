import { translator } from '../../i18n/translator.ts';
import type { Translate, UiDictionary } from '../../i18n/uiStrings.ts';
import type { LabStrings } from './LabUi.ts';

/**
 * The lab context's translator. A lesson's lab holds only the lab's string families, which is every key its own
 * islands ask for (`test/unit/lab/labStringKeys.test.ts` holds them to that); the workshop team passes the whole
 * dictionary, because its banner and hand-in panel render inside the lab's context and ask for workshop keys.
 */
export function labTranslator(strings: LabStrings): Translate {
	return translator(strings as UiDictionary);
}
