import { dayNumber } from '../analytics/dayNumber.ts';

/**
 * Reads an amount as people write it in Chinese and English spreadsheets: `¥1,234.50`, `$ 99`, `1 234`, `12.5万`
 * (×10,000), `3亿` (×100,000,000), `-80`, `（80）` and `(80)` for negatives, `￥` and `元`. Returns undefined when the
 * text is not a number; an empty cell is undefined too, so the caller can say "missing" rather than "zero".
 */
export function parseAmount(text: string): number | undefined {
	let s = text.trim().replace(/[\s\u00a0,，]/g, '');
	if (s === '') return undefined;
	let negative = false;
	const bracketed = /^[(（](.*)[)）]$/.exec(s);
	if (bracketed) {
		negative = true;
		s = bracketed[1] as string;
	}
	if (s.startsWith('-') || s.startsWith('−')) {
		negative = !negative;
		s = s.slice(1);
	}
	s = s.replace(/^(?:RMB|CNY|USD|[¥￥$])/i, '').replace(/(?:元|RMB|CNY|USD)$/i, '');
	if (s.startsWith('-')) {
		negative = !negative;
		s = s.slice(1);
	}
	let scale = 1;
	if (s.endsWith('万')) {
		scale = 1e4;
		s = s.slice(0, -1);
	} else if (s.endsWith('亿')) {
		scale = 1e8;
		s = s.slice(0, -1);
	}
	if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return undefined;
	const value = Number(s) * scale;
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

/**
 * Reads a date written YYYYMMDD, YYYY-MM-DD or YYYY/M/D (a time after a space or `T` is ignored). Returns undefined
 * for anything else or an impossible date such as 2023-02-30. Day-first and month-first dates are refused on
 * purpose: 03/04/2023 means different days in different countries.
 */
export function parseDate(text: string): ParsedDate | undefined {
	const s = text.trim().split(/[ T]/)[0] as string;
	const compact = COMPACT.exec(s);
	const match = compact ?? DASHED.exec(s) ?? SLASHED.exec(s);
	if (!match) return undefined;
	const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
	if (day === undefined) return undefined;
	return { day, layout: compact ? 'YYYYMMDD' : s.includes('-') ? 'YYYY-MM-DD' : 'YYYY/M/D' };
}

/** Writes a day number as `YYYY-MM-DD`. */
export function isoDate(day: number): string {
	return new Date(day * 86400000).toISOString().slice(0, 10);
}
