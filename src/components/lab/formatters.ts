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

/** Builds the formatters once per lab (Intl formatters are costly to create, cheap to reuse). */
export function makeFormatters(locale: Locale, currency: 'CNY' | 'USD'): Formatters {
	const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
	const compact = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency,
		notation: 'compact',
		maximumFractionDigits: 1,
	});
	const tick = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency,
		notation: 'compact',
		maximumSignificantDigits: 4,
	});
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
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
		money: (v) => money.format(v),
		moneyCompact: (v) => compact.format(v),
		moneyTick: remembered((v) => tick.format(v)),
		percent: (v) => percent.format(v),
		count: (v) => count.format(v),
		decimal,
		satisfaction: (v) => decimal(v, 2),
	};
}
