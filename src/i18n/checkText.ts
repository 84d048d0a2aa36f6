import type { NameProblem } from '../sim/text/nameProblem.ts';
import type { CheckFailure } from '../sim/workshop/shareCode.ts';
import type { Translate, UiKey, UiKeyStartingWith } from './uiStrings.ts';

/** A refused name in the page's language: which character, where, and why. */
export function nameProblemText(
	t: Translate<UiKeyStartingWith<'name.problem.'>>,
	problem: Pick<NameProblem, 'kind' | 'char' | 'at'>,
): string {
	return t(`name.problem.${problem.kind}`, { char: problem.char, at: problem.at });
}

/** The page's own words for a failure that carries its values: which session field, which team, which name. */
function specific(t: Translate, failure: CheckFailure): string | null {
	const args = failure.args;
	if (!args) return null;
	switch (failure.check) {
		case 'session':
			return `${t('workshop.check.session')} ${t('workshop.check.sessionField', {
				field: t(`workshop.sessionField.${args.field}` as UiKey),
				found: String(args.found),
				expected: String(args.expected),
			})}`;
		case 'roster':
			return t('workshop.check.roster', { team: String(args.team) });
		case 'duplicateName':
			return t('workshop.check.duplicateName', { name: String(args.name) });
		case 'roundCodeRound':
			return t('workshop.check.roundCodeRound', { found: String(args.found), expected: String(args.expected) });
		case 'roundCodeShape':
			return t('workshop.check.roundCodeShape', { length: String(args.length) });
		case 'name':
			return `${t('workshop.check.name', { path: String(args.path) })} ${nameProblemText(t, args as unknown as NameProblem)}`;
		default:
			return null;
	}
}

/** Why a link, code or file was refused: the failed check, in words, with its technical detail as plain text. */
export function checkText(t: Translate, failure: CheckFailure): string {
	const own = specific(t, failure);
	if (own) return `${t('workshop.check.failedPrefix')} ${own}`;
	const text = t(`workshop.check.${failure.check}` as UiKey);
	return failure.detail
		? `${t('workshop.check.failedPrefix')} ${text} (${failure.detail})`
		: `${t('workshop.check.failedPrefix')} ${text}`;
}
