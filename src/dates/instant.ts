// The fields read from a date string → a validated instant (ms since the epoch).
import { daysFromCivil, daysInMonth, isLeapYear, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendar.js';
import { fields, ZONE_FIXED, ZONE_NONE, ZONE_REGIONAL } from './grammar.js';
import { instantOfWallTime } from './time-zone.js';

/**
 * Validates the fields last read (grammar.ts or fast-paths.ts) and returns their instant in ms, or
 * null for an impossible value, an unknown zone, or a zone-less time with an unknown default zone.
 */
export function instantOfFields(defaultTimeZone: unknown): number | null {
  const { year, month, day, dayOfYear, hour, minute, millisecond } = fields;
  let second = fields.second;
  if (year > 9999) return null;
  let days: number;
  if (dayOfYear > 0) {
    if (dayOfYear > (isLeapYear(year) ? 366 : 365)) return null;
    days = daysFromCivil(year, 1, 1) + dayOfYear - 1;
  } else {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    days = daysFromCivil(year, month, day);
  }
  // 24:00 is the end of the day (ISO 8601), the same instant as 00:00 of the next; 24:01 is nothing.
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0))) return null;
  if (minute > 59 || second > 60) return null;
  // A leap second (23:59:60 UTC) is read as 23:59:59 of the same day: Date has no leap seconds,
  // and this keeps the date inside the minute and day it was written in.
  const leapSecond = second === 60;
  if (leapSecond) second = 59;
  const wallTime = days * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + millisecond;

  let instant: number | null;
  if (fields.zoneKind === ZONE_FIXED) instant = wallTime - fields.offsetMinutes * MS_PER_MINUTE;
  else if (fields.zoneKind === ZONE_REGIONAL) instant = instantOfWallTime(wallTime, fields.regionalZone);
  else if (fields.zoneKind === ZONE_NONE) instant = inDefaultZone(wallTime, defaultTimeZone);
  else instant = null;
  if (instant === null) return null;
  if (leapSecond && !isLastSecondOfMonth(instant)) return null;
  return instant;
}

/** Leap seconds are inserted only as the last second of a UTC month (in practice June or December). */
function isLastSecondOfMonth(instant: number): boolean {
  const nextSecond = Math.floor(instant / 1000) * 1000 + 1000;
  return nextSecond % MS_PER_DAY === 0 && new Date(nextSecond).getUTCDate() === 1;
}

function inDefaultZone(wallTime: number, defaultTimeZone: unknown): number | null {
  if (defaultTimeZone === undefined || defaultTimeZone === null || defaultTimeZone === 'UTC') return wallTime;
  if (typeof defaultTimeZone !== 'string') return null;
  return instantOfWallTime(wallTime, defaultTimeZone);
}
