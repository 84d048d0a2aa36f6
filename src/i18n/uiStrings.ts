import en from '../content/i18n/en.json' with { type: 'json' };
import zhCN from '../content/i18n/zh-CN.json' with { type: 'json' };
import {
	type Translate,
	translator,
	type UiDictionary,
	type UiKeyStartingWith,
	type UiStringsStartingWith,
} from './translator.ts';

export type { Translate, UiDictionary, UiKeyStartingWith, UiStringsStartingWith } from './translator.ts';

/** The site's two locales, by their BCP 47 tag; zh-CN is the default and is served at `/`. */
export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

/** Every key of the course's own UI strings; zh-CN.json is the reference and en.json must match it. */
export type UiKey = keyof typeof zhCN;

const dictionaries: Record<Locale, UiDictionary> = { 'zh-CN': zhCN, en };

/** The dictionary of one locale, for an Astro component to hand to its island. */
export function uiDictionary(locale: Locale): UiDictionary {
	return dictionaries[locale];
}

/**
 * The strings of one locale whose keys start with one of `prefixes`: for an island that needs only those, since every
 * prop is written into the page and read back before the island starts.
 */
export function uiStringsStartingWith<Prefix extends string>(
	locale: Locale,
	prefixes: readonly Prefix[],
): UiStringsStartingWith<Prefix> {
	const picked = Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p)));
	return Object.fromEntries(picked) as Record<UiKeyStartingWith<Prefix>, string>;
}

/**
 * Returns a translator for one locale. Astro components use it, so a string is written once per locale, in
 * `src/content/i18n/`. `{name}` placeholders are filled from `values`.
 */
export function uiStrings(locale: Locale): Translate {
	return translator(dictionaries[locale]);
}

/** The locale of a page from its URL path: everything under `/en/` is English, the rest Chinese. */
export function localeFromPath(pathname: string): Locale {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'zh-CN';
}
