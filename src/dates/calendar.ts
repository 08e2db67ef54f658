// Proleptic Gregorian calendar arithmetic on plain numbers, so that no `Date` quirk (years 0–99
// mapped to 1900–1999, silent rollover of 31 February) can touch a value before it is validated.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`; 0 for a month out of range. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month] ?? 0;
}

/** Days from 1970-01-01 to the given date (month 1–12, day 1–31), for any year ≥ 0. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Count years from March so the leap day is the last day of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The full year of a year written with `digits` digits: RFC 2822 §4.3 windowing for two digits
 * (00–49 → 2000s, 50–99 → 1900s), +1900 for three digits (what `getYear()` wrote), as is otherwise.
 */
export function fullYear(written: number, digits: number): number {
  if (digits === 2) return written < 50 ? 2000 + written : 1900 + written;
  if (digits === 3) return 1900 + written;
  return written;
}
