import { dayNumber } from '../analytics/dayNumber.ts';

/**
 * Reads an amount as people write it in Chinese and English spreadsheets: `¥1,234.50`, `$ 99`, `1 234`, `12.5万`
 * (×10,000), `3亿` (×100,000,000), `-80`, `（80）` and `(80)` for negatives, `￥` and `元`. Returns undefined when the
 * text is not a number; an empty cell is undefined too, so the caller can say "missing" rather than "zero".
 *
 * One rule, no guessing: thousands separators (comma, full-width comma, space) stand only between groups of three
 * digits and the decimal mark is a point, so `1,2` and the European `1.234,56` are refused rather than read as 12 and
 * 1.23456; a negative has one sign (`(-80)`, `--80`, `-$-80` are refused, not read as +80); and a number too large to
 * hold (400 digits) is refused rather than read as Infinity.
 */
export function parseAmount(text: string): number | undefined {
	let s = text.trim();
	if (s === '') return undefined;
	let negative = false;
	const bracketed = /^[(（]\s*(.*?)\s*[)）]$/.exec(s);
	if (bracketed) {
		negative = true;
		s = bracketed[1] as string;
	}
	const signs = s.match(/[-−]/g)?.length ?? 0;
	if (signs > 1 || (signs === 1 && negative)) return undefined;
	s = s
		.replace(/^([-−]?)\s*(?:RMB|CNY|USD|[¥￥$])\s*/i, '$1')
		.replace(/\s*(?:元|RMB|CNY|USD)$/i, '')
		.trim();
	if (/^[-−]/.test(s)) {
		negative = true;
		s = s.slice(1).trim();
	}
	let scale = 1;
	if (s.endsWith('万')) {
		scale = 1e4;
		s = s.slice(0, -1);
	} else if (s.endsWith('亿')) {
		scale = 1e8;
		s = s.slice(0, -1);
	}
	if (!/^(?:(?:\d{1,3}(?:[,，\s\u00a0]\d{3})+|\d+)(?:\.\d*)?|\.\d+)$/.test(s)) return undefined;
	const value = Number(s.replace(/[,，\s\u00a0]/g, '')) * scale;
	if (!Number.isFinite(value)) return undefined;
	return negative ? -value : value;
}

/** The three date layouts the analyzer accepts. */
export type DateLayout = 'YYYYMMDD' | 'YYYY-MM-DD' | 'YYYY/M/D';

/** A parsed date: the day number (days since 1970-01-01) and the layout it was written in. */
export interface ParsedDate {
	day: number;
	layout: DateLayout;
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DASHED = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

// A time of day after the date, as spreadsheets export it: `2024-01-01 09:30`, `2024-01-01T09:30:00Z`.
const TIME = /^[ T]\s*([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
/** The years a transaction may carry: outside them a date is a slip (0000, 9999), not a purchase. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Reads a date written YYYYMMDD, YYYY-MM-DD or YYYY/M/D, optionally followed by a time of day (which is ignored).
 * Returns undefined for anything else, trailing text that is not a time ("2024-01-01 garbage"), a year outside
 * 1900–2100, or an impossible date such as 2023-02-30. Day-first and month-first dates are refused on purpose:
 * 03/04/2023 means different days in different countries.
 */
export function parseDate(text: string): ParsedDate | undefined {
	const trimmed = text.trim();
	const cut = trimmed.search(/[ T]/);
	const s = cut < 0 ? trimmed : trimmed.slice(0, cut);
	if (cut >= 0 && !TIME.test(trimmed.slice(cut))) return undefined;
	const compact = COMPACT.exec(s);
	const match = compact ?? DASHED.exec(s) ?? SLASHED.exec(s);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
	const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
	if (day === undefined) return undefined;
	return { day, layout: compact ? 'YYYYMMDD' : s.includes('-') ? 'YYYY-MM-DD' : 'YYYY/M/D' };
}

/** Writes a day number as `YYYY-MM-DD`. */
export function isoDate(day: number): string {
	return new Date(day * 86400000).toISOString().slice(0, 10);
}
