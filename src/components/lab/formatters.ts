import type { Locale } from '../../i18n/uiStrings.ts';

/** Number formats of a lab, by the page's locale: money in the scenario's currency, shares, counts, satisfaction. */
export interface Formatters {
	money: (value: number) => string;
	moneyCompact: (value: number) => string;
	/** Compact money with up to four significant digits, so the close ticks of a chart axis stay distinct. */
	moneyTick: (value: number) => string;
	percent: (share: number) => string;
	count: (value: number) => string;
	decimal: (value: number, digits?: number) => string;
	satisfaction: (value: number) => string;
}

/**
 * A formatter that remembers its last few hundred answers. Chart.js formats every axis tick several times per redraw,
 * and a slider's forecast redraws with much the same ticks on every step.
 */
function remembered(format: (value: number) => string): (value: number) => string {
	const seen = new Map<number, string>();
	return (value) => {
		let text = seen.get(value);
		if (text === undefined) {
			text = format(value);
			if (seen.size >= 500) seen.clear();
			seen.set(value, text);
		}
		return text;
	};
}

/**
 * A format made on its first use. Making a currency or compact format costs a slow phone tens of milliseconds, and a
 * lab that has just started shows only a few kinds of number, so the rest wait until they are needed.
 */
function onFirstUse(make: () => Intl.NumberFormat): (value: number) => string {
	let format: Intl.NumberFormat | undefined;
	return (value) => {
		format ??= make();
		return format.format(value);
	};
}

/** Builds the formatters once per lab (Intl formatters are costly to create, cheap to reuse). */
export function makeFormatters(locale: Locale, currency: 'CNY' | 'USD'): Formatters {
	const money = onFirstUse(
		() => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
	);
	const compact = onFirstUse(
		() => new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }),
	);
	const tick = onFirstUse(
		() =>
			new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 4 }),
	);
	const percent = onFirstUse(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
	const count = onFirstUse(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
	// Already made on first use: one format per number of digits, the first time a figure asks for it.
	const decimals = new Map<number, Intl.NumberFormat>();
	const decimal = (value: number, digits = 2) => {
		let f = decimals.get(digits);
		if (!f) {
			f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
			decimals.set(digits, f);
		}
		return f.format(value);
	};
	return {
		money,
		moneyCompact: compact,
		moneyTick: remembered(tick),
		percent,
		count,
		decimal,
		satisfaction: (v) => decimal(v, 2),
	};
}
