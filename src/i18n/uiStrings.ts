import en from '../content/i18n/en.json' with { type: 'json' };
import zhCN from '../content/i18n/zh-CN.json' with { type: 'json' };

/** The site's two locales, by their BCP 47 tag; zh-CN is the default and is served at `/`. */
export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

/** Every key of the course's own UI strings; zh-CN.json is the reference and en.json must match it. */
export type UiKey = keyof typeof zhCN;

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

/**
 * Returns a translator for one locale. Islands and Astro components both use it, so a string is written once per
 * locale, in `src/content/i18n/`. `{name}` placeholders are filled from `values`.
 */
export function uiStrings(locale: Locale) {
	const dictionary = dictionaries[locale];
	return (key: UiKey, values?: Record<string, string | number>): string => {
		const text = dictionary[key];
		return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
	};
}

/** The locale of a page from its URL path: everything under `/en/` is English, the rest Chinese. */
export function localeFromPath(pathname: string): Locale {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'zh-CN';
}
