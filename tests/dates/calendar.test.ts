import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth, fullYear, isLeapYear } from '../../src/dates/calendar.js';

/** Days since the epoch by the platform's own calendar, with years below 100 kept as written. */
function platformDays(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / 86_400_000;
}

describe('calendar arithmetic', () => {
  it('counts days from 1970 like Date for every day of 1899–2101', () => {
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          if (daysFromCivil(year, month, day) !== platformDays(year, month, day)) {
            expect.fail(`${year}-${month}-${day}: ${daysFromCivil(year, month, day)} ≠ ${platformDays(year, month, day)}`);
          }
        }
      }
    }
  });

  it('counts days for far years too', () => {
    for (const [year, month, day] of [[0, 1, 1], [0, 2, 29], [1, 1, 1], [99, 12, 31], [100, 3, 1], [400, 2, 29], [1600, 2, 29],
      [9999, 12, 31]] as const) {
      expect(daysFromCivil(year, month, day)).toBe(platformDays(year, month, day));
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });

  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2019, m)))
      .toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2019, 0)).toBe(0);
    expect(daysInMonth(2019, 13)).toBe(0);
    expect([1900, 2000, 2019, 2020, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it('widens two- and three-digit years', () => {
    expect(fullYear(0, 2)).toBe(2000);
    expect(fullYear(49, 2)).toBe(2049);
    expect(fullYear(50, 2)).toBe(1950);
    expect(fullYear(99, 2)).toBe(1999);
    expect(fullYear(118, 3)).toBe(2018);
    expect(fullYear(99, 3)).toBe(1999);
    expect(fullYear(2018, 4)).toBe(2018);
    expect(fullYear(50, 4)).toBe(50);
  });
});
