// Fixed-layout readers for the two forms nearly every feed date has: RFC 3339 (Atom, JSON Feed)
// and canonical RFC 822 (RSS). They read digits at known positions straight from the string and
// fill the same fields as the grammar; anything off the layout returns false and the grammar reads
// it instead, so these only decide speed, never meaning (the tests check both agree).
import { fields, ZONE_FIXED, ZONE_NONE, ZONE_REGIONAL } from './grammar.js';
import { isMonth, isWeekday, isZone, LETTER_BASE, meaningOfKey, MONTH_BASE } from './words.js';
import { zoneOfCode } from './zones.js';

/** The value of the digit at `i`, or -1 when there is none. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two digits at `i`, or -1. */
function twoDigits(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function resetTime(): void {
  fields.dayOfYear = 0;
  fields.millisecond = 0;
  fields.zoneKind = ZONE_NONE;
  fields.offsetMinutes = 0;
  fields.regionalZone = '';
}

/**
 * `YYYY-MM-DDTHH:MM:SS[.f…](Z|±HH:MM|±HHMM)` on text[start, end), `T` or `t` or a space, `Z` or `z`,
 * or no zone at all.
 */
export function readRfc3339(text: string, start: number, end: number): boolean {
  if (end - start < 19) return false;
  const y1 = twoDigits(text, start);
  const y2 = twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  const hour = twoDigits(text, start + 11);
  const minute = twoDigits(text, start + 14);
  const second = twoDigits(text, start + 17);
  if ((y1 | y2 | month | day | hour | minute | second) < 0) return false;
  const t = text.charCodeAt(start + 10);
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45 || (t !== 84 && t !== 116 && t !== 32)
    || text.charCodeAt(start + 13) !== 58 || text.charCodeAt(start + 16) !== 58) return false;
  resetTime();
  let i = start + 19;
  if (i < end && text.charCodeAt(i) === 46) { // fraction
    const first = ++i;
    let millisecond = 0;
    while (i < end) {
      const d = digit(text, i);
      if (d < 0) break;
      if (i - first < 3) millisecond = millisecond * 10 + d;
      i++;
    }
    const digits = i - first;
    if (digits === 0 || digits > 15) return false;
    fields.millisecond = digits >= 3 ? millisecond : millisecond * 10 ** (3 - digits);
  }
  if (i < end) {
    const z = text.charCodeAt(i);
    if (z === 90 || z === 122) {
      fields.zoneKind = ZONE_FIXED;
      i++;
    } else if (z === 43 || z === 45) {
      const offsetHours = twoDigits(text, i + 1);
      let offsetEnd = i + 5;
      let offsetMinutes = twoDigits(text, i + 3);
      if (offsetMinutes < 0 && text.charCodeAt(i + 3) === 58) {
        offsetMinutes = twoDigits(text, i + 4);
        offsetEnd = i + 6;
      }
      if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59) return false;
      fields.zoneKind = ZONE_FIXED;
      fields.offsetMinutes = (z === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
      i = offsetEnd;
    } else {
      return false;
    }
  }
  if (i !== end) return false;
  fields.year = y1 * 100 + y2;
  fields.month = month;
  fields.day = day;
  fields.hour = hour;
  fields.minute = minute;
  fields.second = second;
  return true;
}

/** Numeric key (words.ts) of the ASCII letters text[from, to), or -1 when one is not a letter. */
function letterKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return -1;
    key = key * 27 + (c - 96);
  }
  return key;
}

/**
 * `[Www, ]D[D] Mon YYYY HH:MM[:SS] ZONE` on text[start, end), single spaces, a weekday name or
 * none, a three-letter English month, ZONE an RFC 822 name, a listed abbreviation, `Z`, or ±HHMM.
 */
export function readRfc822(text: string, start: number, end: number): boolean {
  let i = start;
  if (text.charCodeAt(i + 3) === 44) { // `Www,`
    if (!isWeekday(meaningOfKey(letterKey(text, i, i + 3))) || text.charCodeAt(i + 4) !== 32) return false;
    i += 5;
  }
  let day = digit(text, i);
  if (day < 0) return false;
  const second = digit(text, i + 1);
  if (second >= 0) {
    day = day * 10 + second;
    i++;
  }
  if (text.charCodeAt(i + 1) !== 32 || text.charCodeAt(i + 5) !== 32) return false;
  const monthMeaning = meaningOfKey(letterKey(text, i + 2, i + 5));
  if (!isMonth(monthMeaning)) return false;
  i += 6;
  const century = twoDigits(text, i);
  const yearOfCentury = twoDigits(text, i + 2);
  const hour = twoDigits(text, i + 5);
  const minute = twoDigits(text, i + 8);
  if ((century | yearOfCentury | hour | minute) < 0 || text.charCodeAt(i + 4) !== 32 || text.charCodeAt(i + 7) !== 58) {
    return false;
  }
  i += 10;
  let seconds = 0;
  if (text.charCodeAt(i) === 58) {
    seconds = twoDigits(text, i + 1);
    if (seconds < 0) return false;
    i += 3;
  }
  if (text.charCodeAt(i) !== 32) return false;
  i++;
  resetTime();
  const z = text.charCodeAt(i);
  if (z === 43 || z === 45) {
    const hh = twoDigits(text, i + 1);
    const mm = twoDigits(text, i + 3);
    if (hh < 0 || mm < 0 || hh > 23 || mm > 59 || i + 5 !== end) return false;
    fields.zoneKind = ZONE_FIXED;
    fields.offsetMinutes = (z === 45 ? -1 : 1) * (hh * 60 + mm);
  } else {
    if (end - i > 4) return false;
    const meaning = meaningOfKey(letterKey(text, i, end));
    if (end - i === 1) {
      if (meaning !== LETTER_BASE + 25) return false; // Z; other single letters go the long way
      fields.zoneKind = ZONE_FIXED;
    } else {
      if (!isZone(meaning)) return false;
      const zone = zoneOfCode(meaning);
      if (zone === undefined) return false;
      if (zone.ianaZone !== null) {
        fields.zoneKind = ZONE_REGIONAL;
        fields.regionalZone = zone.ianaZone;
      } else {
        fields.zoneKind = ZONE_FIXED;
        fields.offsetMinutes = zone.offsetMinutes ?? 0;
      }
    }
  }
  fields.year = century * 100 + yearOfCentury;
  fields.month = monthMeaning - MONTH_BASE;
  fields.day = day;
  fields.hour = hour;
  fields.minute = minute;
  fields.second = seconds;
  return true;
}
