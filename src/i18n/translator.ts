import type { UiKey } from './uiStrings.ts';

/** Every UI string of one locale. */
export type UiDictionary = Record<UiKey, string>;

/** A translator: the string of `key`, with `{name}` placeholders filled from `values`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * Returns a translator over one dictionary. Islands get their locale's dictionary as a prop (see `uiDictionary`) and
 * call this, so neither language's strings are in their JavaScript; this module imports no dictionary.
 */
export function translator(dictionary: UiDictionary): Translate {
	return (key, values) => {
		const text = dictionary[key];
		return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
	};
}
