import type { UiKey } from './uiStrings.ts';

/** Every UI string of one locale. */
export type UiDictionary = Record<UiKey, string>;

/** The keys that start with `prefix`, e.g. `UiKeyStartingWith<'workshop.'>`. */
export type UiKeyStartingWith<Prefix extends string> = Extract<UiKey, `${Prefix}${string}`>;

/** The strings an island needs: the keys that start with one of `Prefix`, so its page does not carry all of them. */
export type UiStringsStartingWith<Prefix extends string> = Record<UiKeyStartingWith<Prefix>, string>;

/** A translator: the string of `key`, with `{name}` placeholders filled from `values`. */
export type Translate<Key extends UiKey = UiKey> = (key: Key, values?: Record<string, string | number>) => string;

/**
 * Returns a translator over one dictionary. Islands get their locale's dictionary as a prop (see `uiDictionary`) and
 * call this, so neither language's strings are in their JavaScript; this module imports no dictionary.
 */
export function translator<Key extends UiKey>(dictionary: Record<Key, string>): Translate<Key> {
	return (key, values) => {
		const text = dictionary[key];
		return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
	};
}
