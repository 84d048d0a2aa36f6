/**
 * Calendar dates as whole day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), so the analytics
 * can store dates in an Int32Array and take differences in days without time zones or Date objects.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Returns the day number of a calendar date, or undefined when the date does not exist (month 13, 31 April,
 * 29 February of a common year). The arithmetic is the days-from-civil algorithm of H. Hinnant, exact for any year.
 */
export function dayNumber(year: number, month: number, day: number): number | undefined {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
	if (month < 1 || month > 12 || day < 1) return undefined;
	const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
	if (day > monthLength) return undefined;
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the day number of a `YYYY-MM-DD` string, or undefined when the text is not such a date. */
export function isoDayNumber(text: string): number | undefined {
	const match = ISO_DATE.exec(text);
	if (!match) return undefined;
	return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}
