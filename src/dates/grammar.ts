// The date forms feeds carry, read from the token stream (tokenize.ts) left to right with one
// token of look-ahead: no backtracking, so the cost is linear in the (bounded) token count.
//
//   [weekday [.] [,]]  date  [separator time]  [zone]  [year, for asctime]  [zone]
//
//   date:  YYYY-MM-DD | YYYY-MM | YYYY-DDD | YYYY | YYYYMMDD | YYYY/MM/DD | YYYY.MM.DD     (ISO 8601, W3C-DTF)
//          YYMMDD | YYDDD | YY-DDD | -YY-MM | -YYMM | YY-MM-DD (YY not a possible day)    (ISO 8601, two-digit year)
//          YYYY 년 M 월 D 일 | YYYY年M月D日                                        (Korean, Chinese, Japanese)
//          YYYY[.-] Month [.-] D[.]                                                    (Hungarian)
//          D[st] [.-/|de] Month [.] [,-/.|de] YY[YY]                                    (RFC 822, sloppy)
//          Month [.] D[st] [,] YYYY | Month D (year after the time) | Month YYYY        (US, asctime, JS)
//          M/D/Y (D/M/Y when the first number is over 12) | D.M.Y | D-M-YYYY            (numeric)
//   separator:  T | , | at | à um às alle om kl. в στις … | spaced - | : (after D/Mon/YYYY)
//   time:  [오전|오후|午前|午後] H:MM[:SS[.fff]] [am|pm|a.m.|p.m.] [Uhr] | H am|pm | HhMM
//          | HHMM[SS] after T in basic ISO | [오후] H 시 [MM 분 [SS 초]] (H 時 MM 分 SS 秒)
//   zone:  Z | military letter | name from zones.ts | IANA name | [GMT|UTC|UT] ±HH[[:]MM] [name]
//
// The reader fills `fields`; instant.ts validates ranges and turns them into an instant.
import { fullYear } from './calendar.js';
import {
  MAX_TOKENS, TOKEN_NUMBER, TOKEN_PUNCT, TOKEN_WORD, tokenEnd, tokenKind, tokenLength, tokenSpaced, tokenStart, tokenValue,
} from './tokenize.js';
import {
  isMonth, isWeekday, isZone, LETTER_BASE, MONTH_BASE, WORD_AM, WORD_CLOCK, WORD_DAY_MARK, WORD_HOUR_MARK,
  WORD_MINUTE_MARK, WORD_MONTH_MARK, WORD_OF, WORD_ORDINAL, WORD_PM, WORD_SECOND_MARK, WORD_TIME_FOLLOWS, WORD_UNKNOWN,
  WORD_YEAR_MARK, WORD_YEAR_SUFFIX,
} from './words.js';
import { isMilitaryZoneLetter, zoneCode, zoneOfCode } from './zones.js';

export const ZONE_NONE = 0;
export const ZONE_FIXED = 1;
export const ZONE_REGIONAL = 2;

export interface DateFields {
  year: number;
  month: number;
  day: number;
  /** Day of the year (ISO ordinal date) instead of month and day; 0 when not used. */
  dayOfYear: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ZONE_NONE (read in the default zone), ZONE_FIXED (offsetMinutes) or ZONE_REGIONAL (regionalZone). */
  zoneKind: number;
  offsetMinutes: number;
  regionalZone: string;
}

export const fields: DateFields = {
  year: 0, month: 0, day: 0, dayOfYear: 0, hour: 0, minute: 0, second: 0, millisecond: 0,
  zoneKind: ZONE_NONE, offsetMinutes: 0, regionalZone: '',
};

const COLON = 0x3a;
const DOT = 0x2e;
const COMMA = 0x2c;
const SLASH = 0x2f;
const MINUS = 0x2d;
const PLUS = 0x2b;
const LETTER_A = LETTER_BASE;
const LETTER_H = LETTER_BASE + 7;
const LETTER_M = LETTER_BASE + 12;
const LETTER_P = LETTER_BASE + 15;
const LETTER_O = LETTER_BASE + 14;
const LETTER_R = LETTER_BASE + 17;
const LETTER_V = LETTER_BASE + 21;
const LETTER_T = LETTER_BASE + 19;
const UNDERSCORE = 0x5f;
/** `at` is Atlantic Time after a time, and the word "at" between a date and a time. */
const WORD_AT = zoneCode('AT');

let text = '';
let count = 0;
let at = 0;
/** The year comes after the time (asctime `Sun Jan  4 16:29:06 2004`, `Jan 4 16:29 PST 2004`). */
let yearPending = false;
/** The date was written in basic ISO form (YYYYMMDD), so a basic time (HHMMSS) may follow. */
let basicDate = false;
/** Apache-log style `10/Oct/2000:13:55:36`: a colon may separate date and time. */
let colonBeforeTime = false;
/** Only a year, or a year and month: no time may follow. */
let dateIncomplete = false;
/** A time was read: numeric offsets only count after one (`2013-01-27-01` is no date). */
let timeRead = false;
/** The time follows a `T`: the half of the day is never written before it there. */
let afterT = false;
/** Korea has one zone and one way of writing dates with 년월일 and 오전/오후: see koreanZone(). */
const KOREA = 'Asia/Seoul';

// Token tests at a position; positions past the end are of kind 0 and match nothing.
function kindAt(k: number): number {
  return k < count ? (tokenKind[k] ?? 0) : 0;
}
function valueAt(k: number): number {
  return tokenValue[k] ?? 0;
}
function lengthAt(k: number): number {
  return tokenLength[k] ?? 0;
}
function isNumber(k: number): boolean {
  return kindAt(k) === TOKEN_NUMBER;
}
function isNumberOf(k: number, minDigits: number, maxDigits: number): boolean {
  return kindAt(k) === TOKEN_NUMBER && lengthAt(k) >= minDigits && lengthAt(k) <= maxDigits;
}
function isPunct(k: number, c: number): boolean {
  return kindAt(k) === TOKEN_PUNCT && valueAt(k) === c;
}
function isWordOf(k: number, meaning: number): boolean {
  return kindAt(k) === TOKEN_WORD && valueAt(k) === meaning;
}
function isMonthAt(k: number): boolean {
  return kindAt(k) === TOKEN_WORD && isMonth(valueAt(k));
}
function isSpaced(k: number): boolean {
  return (tokenSpaced[k] ?? 0) === 1;
}
/** A number directly followed by `:` is an hour, never a day or a year. */
function isHourAt(k: number): boolean {
  return isNumberOf(k, 1, 2) && isPunct(k + 1, COLON);
}

/** Reads the `count` tokens tokenize() made of `source`. False when they are not a date form listed above. */
export function readDateFields(source: string, tokenCount: number): boolean {
  if (tokenCount <= 0 || tokenCount > MAX_TOKENS) return false;
  text = source;
  const read = readTokens(tokenCount);
  text = ''; // hold no reference to the input between calls
  return read;
}

function readTokens(tokenCount: number): boolean {
  count = tokenCount;
  at = 0;
  yearPending = false;
  basicDate = false;
  colonBeforeTime = false;
  dateIncomplete = false;
  timeRead = false;
  afterT = false;
  fields.year = 0;
  fields.month = 0;
  fields.day = 0;
  fields.dayOfYear = 0;
  fields.hour = 0;
  fields.minute = 0;
  fields.second = 0;
  fields.millisecond = 0;
  fields.zoneKind = ZONE_NONE;
  fields.offsetMinutes = 0;
  fields.regionalZone = '';

  skipWeekday();
  if (!readDate()) return false;
  if (at === count) return !yearPending && koreanZone();
  if (!dateIncomplete && !readSeparatorAndTime()) return false;
  if (!readZone()) return false;
  if (yearPending) {
    if (!isNumberOf(at, 4, 4)) return false;
    fields.year = valueAt(at);
    at++;
    yearPending = false;
    if (fields.zoneKind === ZONE_NONE && !readZone()) return false;
  }
  return at === count && koreanZone();
}

/**
 * A date written in Hangul (`2004년 05월 28일`, `오후 11:23`) with no zone is Korean time, as feed
 * readers have always read it: Korea has a single zone, and these marks are not written elsewhere.
 */
function koreanZone(): boolean {
  if (fields.zoneKind !== ZONE_NONE) return true;
  for (let k = 0; k < count; k++) {
    const c = kindAt(k) === TOKEN_WORD ? text.charCodeAt(tokenStart[k] ?? 0) : 0;
    if (c >= 0xac00 && c <= 0xd7a3) {
      fields.zoneKind = ZONE_REGIONAL;
      fields.regionalZone = KOREA;
      break;
    }
  }
  return true;
}

/**
 * The weekday slot: a weekday name, or any other word that is not a month or zone and is
 * followed by the date (`Web, 10 Oct 2018` — a misspelt weekday is still a weekday). Its value is
 * never checked against the date: feeds get it wrong often, and the date is what they mean.
 */
function skipWeekday(): void {
  if (kindAt(0) !== TOKEN_WORD) return;
  const meaning = valueAt(0);
  let next = 1;
  if (isPunct(next, DOT)) next++;
  if (isPunct(next, COMMA)) next++;
  if (!isNumber(next) && !isMonthAt(next)) return;
  if (isWeekday(meaning)) {
    at = next;
  } else if (isMonth(meaning)) {
    // A month word here is the date itself (`Oct 10, 2018`), unless a day number and another month
    // follow (`mar. 10 oct. 2018`, French `mardi`).
    let after = next + 1;
    if (isPunct(after, DOT) || isPunct(after, MINUS)) after++;
    if (isNumberOf(next, 1, 2) && isMonthAt(after)) at = next;
  } else if (lengthAt(0) >= 2
    ? meaning === WORD_UNKNOWN || isZone(meaning) || meaning === WORD_ORDINAL
    : isPunct(1, COMMA)) {
    // No date starts with a zone: a word here that is one elsewhere is a weekday in another language
    // (Polish `pt`, Czech `st`, Hungarian `K,`). A lone letter counts only with its comma.
    at = next;
  }
}

function readDate(): boolean {
  if (isMonthAt(at)) return readMonthFirst();
  if (at === 0 && isPunct(at, MINUS)) return readTruncatedYearMonth();
  if (!isNumber(at)) return false;
  const digits = lengthAt(at);
  if (digits === 8) return readBasicIsoDate();
  if (digits === 6 || digits === 5) return readTwoDigitYearBasic();
  if (digits === 4) {
    if (isWordOf(at + 1, WORD_YEAR_MARK)) return readMarkedDate();
    if (isMonthAt(at + 1) || ((isPunct(at + 1, DOT) || isPunct(at + 1, MINUS)) && isMonthAt(at + 2))) {
      return readYearMonthNameDay();
    }
    if (isPunct(at + 1, MINUS) || isPunct(at + 1, SLASH) || isPunct(at + 1, DOT)) return readYearFirst();
    if (at + 1 === count) { // a year alone (W3C-DTF YYYY)
      fields.year = valueAt(at);
      fields.month = 1;
      fields.day = 1;
      at++;
      return true;
    }
    return false;
  }
  if (digits > 2) return false;
  // A day or month number first.
  const next = at + 1;
  if (isWordOf(next, WORD_ORDINAL) || isMonthAt(next) || (isWordOf(next, WORD_OF) && isMonthAt(next + 1))) {
    return readDayMonthYear();
  }
  if ((isPunct(next, DOT) || isPunct(next, MINUS) || isPunct(next, SLASH)) && isMonthAt(next + 1)) return readDayMonthYear();
  if (digits === 2 && isPunct(next, MINUS) && (isNumberOf(next + 1, 3, 3) || isIsoTwoDigitYear())) {
    return readTwoDigitYearIso();
  }
  if (isPunct(next, SLASH) || isPunct(next, DOT) || isPunct(next, MINUS)) return readNumericDate();
  return false;
}

/**
 * `YY-MM-DD` is ISO 8601's two-digit-year date, but `10-12-18` is also how Europe writes 10 December
 * 2018: it is read only when YY cannot be a day (00 or 32–99), so it never names the wrong day.
 */
function isIsoTwoDigitYear(): boolean {
  const yy = valueAt(at);
  return (yy === 0 || yy > 31) && isNumberOf(at + 2, 2, 2) && isPunct(at + 3, MINUS) && isNumberOf(at + 4, 2, 2);
}

/** `YY-DDD` (ordinal) or `YY-MM-DD` (see isIsoTwoDigitYear). */
function readTwoDigitYearIso(): boolean {
  fields.year = fullYear(valueAt(at), 2);
  if (isNumberOf(at + 2, 3, 3)) {
    if (valueAt(at + 2) === 0) return false;
    fields.dayOfYear = valueAt(at + 2);
    fields.month = 1;
    fields.day = 1;
    at += 3;
    return true;
  }
  fields.month = valueAt(at + 2);
  fields.day = valueAt(at + 4);
  at += 5;
  return true;
}

/** `YYMMDD` and `YYDDD`: ISO 8601 basic format with a two-digit year; a basic time may follow `T`. */
function readTwoDigitYearBasic(): boolean {
  const value = valueAt(at);
  if (lengthAt(at) === 6) {
    fields.year = fullYear(Math.floor(value / 10_000), 2);
    fields.month = Math.floor(value / 100) % 100;
    fields.day = value % 100;
  } else {
    if (value % 1000 === 0) return false;
    fields.year = fullYear(Math.floor(value / 1000), 2);
    fields.dayOfYear = value % 1000;
    fields.month = 1;
    fields.day = 1;
  }
  basicDate = true;
  at++;
  return isWordOf(at, LETTER_T) || at === count; // `031231` alone or with a time after T
}

/** `-YY-MM` and `-YYMM`: ISO 8601's year and month with the century left out. Nothing may follow. */
function readTruncatedYearMonth(): boolean {
  at++;
  if (isNumberOf(at, 4, 4)) {
    fields.year = fullYear(Math.floor(valueAt(at) / 100), 2);
    fields.month = valueAt(at) % 100;
    at++;
  } else if (isNumberOf(at, 2, 2) && isPunct(at + 1, MINUS) && isNumberOf(at + 2, 2, 2)) {
    fields.year = fullYear(valueAt(at), 2);
    fields.month = valueAt(at + 2);
    at += 3;
  } else {
    return false;
  }
  fields.day = 1;
  dateIncomplete = true;
  return at === count;
}

/** `2004년 5월 28일`, `2004年5月28日`, or the year and month alone. */
function readMarkedDate(): boolean {
  fields.year = valueAt(at);
  at += 2;
  if (!isNumberOf(at, 1, 2) || !isWordOf(at + 1, WORD_MONTH_MARK)) return false;
  fields.month = valueAt(at);
  at += 2;
  if (isNumberOf(at, 1, 2) && isWordOf(at + 1, WORD_DAY_MARK)) {
    fields.day = valueAt(at);
    at += 2;
    if (kindAt(at) === TOKEN_WORD && isWeekday(valueAt(at))) at++; // `금요일`, never checked (see skipWeekday)
    return true;
  }
  fields.day = 1;
  dateIncomplete = true;
  return true;
}

/** Hungarian order: `2004. július 13.`, `2004-július-13T9:15-05:00`, `2004. júl. 13.` */
function readYearMonthNameDay(): boolean {
  fields.year = valueAt(at);
  at++;
  const separator = isPunct(at, DOT) || isPunct(at, MINUS) ? valueAt(at++) : 0;
  fields.month = valueAt(at) - MONTH_BASE;
  at++;
  if (isPunct(at, DOT) && separator !== MINUS) at++; // abbreviation dot: `júl.`
  if (separator !== 0 && isPunct(at, separator) && !isSpaced(at)) at++;
  if (!isNumberOf(at, 1, 2)) return false;
  fields.day = valueAt(at);
  at++;
  if (isPunct(at, DOT) && separator !== MINUS) at++; // `13.`: Hungarian writes the day as an ordinal
  return true;
}

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY-MM, YYYY-DDD. */
function readYearFirst(): boolean {
  fields.year = valueAt(at);
  const separator = valueAt(at + 1);
  at += 2;
  // Three digits are a day of the year (`2003-335`), unless a day follows: then they are a month
  // written with an extra zero (`2003-012-31`, seen in Google's feeds).
  const extraZeroMonth = isNumberOf(at, 3, 3) && valueAt(at) <= 12 && isPunct(at + 1, separator);
  if (separator === MINUS && isNumberOf(at, 3, 3) && !extraZeroMonth) {
    if (valueAt(at) === 0) return false;
    fields.dayOfYear = valueAt(at);
    fields.month = 1;
    fields.day = 1;
    at++;
    return true;
  }
  if (!isNumberOf(at, 1, 2) && !extraZeroMonth) return false;
  fields.month = valueAt(at);
  at++;
  if (isPunct(at, separator) && isNumberOf(at + 1, 1, 2)) {
    fields.day = valueAt(at + 1);
    at += 2;
    // Hungarian `2004. 07. 13.`: a dot after the day too, before the end or a space.
    if (separator === DOT && isPunct(at, DOT) && (at + 1 === count || isSpaced(at + 1))) at++;
    return true;
  }
  if (separator !== MINUS) return false;
  fields.day = 1; // year and month (W3C-DTF YYYY-MM)
  dateIncomplete = true;
  return true;
}

/** YYYYMMDD (ISO 8601 basic format). */
function readBasicIsoDate(): boolean {
  const value = valueAt(at);
  fields.year = Math.floor(value / 10_000);
  fields.month = Math.floor(value / 100) % 100;
  fields.day = value % 100;
  basicDate = true;
  at++;
  return true;
}

/**
 * `30 Nov 2018`, `30-Nov-18`, `10th October, 2018`, `10. Oktober 2018`, `1er octobre 2018`,
 * `10 de octubre de 2018`, `10/Oct/2000:13:55:36`.
 */
function readDayMonthYear(): boolean {
  fields.day = valueAt(at);
  at++;
  if (isWordOf(at, WORD_ORDINAL)) at++;
  let separator = 0;
  if (isWordOf(at, WORD_OF)) {
    at++;
  } else if (isPunct(at, DOT) || isPunct(at, MINUS) || isPunct(at, SLASH)) {
    separator = valueAt(at);
    at++;
  }
  if (!isMonthAt(at)) return false;
  fields.month = valueAt(at) - MONTH_BASE;
  at++;
  if (isPunct(at, DOT)) at++; // abbreviation dot: `Oct.`
  if (isPunct(at, COMMA) || isPunct(at, MINUS) || isPunct(at, SLASH) || isPunct(at, DOT) || isWordOf(at, WORD_OF)) at++;
  if (isHourAt(at)) { // `Nov 30 17:00:00 2018`-like order: the year follows the time
    yearPending = true;
    return true;
  }
  if (!isNumberOf(at, 2, 4)) return false;
  fields.year = fullYear(valueAt(at), lengthAt(at));
  at++;
  skipYearSuffix();
  colonBeforeTime = separator === SLASH;
  return true;
}

/** `г.`, `года`, `р.`, `r.`, `roku` after the year (`10 октября 2018 г.`, `10 października 2018 r.`). */
function skipYearSuffix(): void {
  if (isWordOf(at, WORD_YEAR_SUFFIX) && isSpaced(at)) {
    at++;
  } else if (isWordOf(at, LETTER_R) && isSpaced(at) && isPunct(at + 1, DOT)) {
    at++;
  } else {
    return;
  }
  if (isPunct(at, DOT)) at++;
}

/** `Oct 10, 2018`, `October 10th 2018`, `Sun Jan  4 16:29:06 2004`, `Wed Oct 10 2018 18:00:00`, `Sep 2010`. */
function readMonthFirst(): boolean {
  fields.month = valueAt(at) - MONTH_BASE;
  at++;
  if (isPunct(at, DOT)) at++;
  if (isNumberOf(at, 4, 4)) { // month and year
    fields.year = valueAt(at);
    fields.day = 1;
    at++;
    dateIncomplete = true;
    return true;
  }
  if (!isNumberOf(at, 1, 2)) return false;
  fields.day = valueAt(at);
  at++;
  if (isWordOf(at, WORD_ORDINAL)) at++;
  if (isPunct(at, COMMA)) at++;
  if (isHourAt(at)) {
    yearPending = true;
    return true;
  }
  if (!isNumberOf(at, 4, 4)) return false;
  fields.year = valueAt(at);
  at++;
  return true;
}

/**
 * All-number dates. With slashes the US order M/D/Y is read (D/M/Y when the first number cannot be
 * a month); with dots or dashes the European order D.M.Y. Two-digit years only with `/` and `.`.
 */
function readNumericDate(): boolean {
  const first = valueAt(at);
  const separator = valueAt(at + 1);
  if (!isNumberOf(at + 2, 1, 2) || !isPunct(at + 3, separator)) return false;
  const second = valueAt(at + 2);
  const yearDigits = lengthAt(at + 4);
  if (!isNumber(at + 4) || (yearDigits !== 4 && (yearDigits !== 2 || separator === MINUS))) return false;
  fields.year = fullYear(valueAt(at + 4), yearDigits);
  if (separator === SLASH && first <= 12) {
    fields.month = first;
    fields.day = second;
  } else {
    fields.day = first;
    fields.month = second;
  }
  at += 5;
  return true;
}

/** What may stand between a date and its time: `T`, a comma, `at` (`à`, `um`…), a spaced dash, or nothing. */
function readSeparatorAndTime(): boolean {
  let separated = false;
  if (isWordOf(at, LETTER_T)) {
    at++;
    separated = true;
    afterT = true;
  } else if (isWordOf(at, WORD_TIME_FOLLOWS)) {
    at++;
    if (isPunct(at, DOT)) at++; // `kl. 18:00`
    separated = true;
  } else if (isPunct(at, COMMA) || isWordOf(at, WORD_AT)) {
    at++;
    separated = true;
  } else if ((isWordOf(at, LETTER_O) || isWordOf(at, LETTER_V)) && isHourAt(at + 1)) { // Polish `o 18:00`, Czech `v`
    at++;
    separated = true;
  } else if (isPunct(at, MINUS) && isSpaced(at) && isSpaced(at + 1) && isHourAt(at + 1)) {
    at++;
    separated = true;
  } else if (colonBeforeTime && isPunct(at, COLON)) {
    at++;
    separated = true;
  }
  if (!afterT && (isWordOf(at, WORD_AM) || isWordOf(at, WORD_PM)) && isNumberOf(at + 1, 1, 2)) {
    // Korean, Japanese and Chinese write the half of the day first: `오후 11:23:17`, `午後1時`.
    const pm = valueAt(at) === WORD_PM;
    at++;
    return readTime() && !meridiemWritten && applyMeridiem(pm); // not both `오후` and `pm`
  }
  if (!isNumber(at)) return !separated;
  if (basicDate && (lengthAt(at) === 4 || lengthAt(at) === 6)) return readBasicTime();
  return readTime();
}

/** HHMM or HHMMSS with an optional fraction (ISO 8601 basic format). */
function readBasicTime(): boolean {
  const value = valueAt(at);
  if (lengthAt(at) === 4) {
    fields.hour = Math.floor(value / 100);
    fields.minute = value % 100;
  } else {
    fields.hour = Math.floor(value / 10_000);
    fields.minute = Math.floor(value / 100) % 100;
    fields.second = value % 100;
  }
  at++;
  if (lengthAt(at - 1) === 6) readFraction();
  timeRead = true;
  return true;
}

/** The time just read carried its own am/pm. */
let meridiemWritten = false;

function readTime(): boolean {
  meridiemWritten = false;
  if (!isNumberOf(at, 1, 2)) return false;
  fields.hour = valueAt(at);
  at++;
  if (isWordOf(at, WORD_HOUR_MARK)) return readMarkedTime();
  if (isWordOf(at, LETTER_H) && !isSpaced(at) && isNumberOf(at + 1, 2, 2) && !isSpaced(at + 1)) { // French `18h30`
    fields.minute = valueAt(at + 1);
    at += 2;
    timeRead = true;
  } else if (isPunct(at, COLON)) {
    if (!isNumberOf(at + 1, 2, 2)) return false;
    fields.minute = valueAt(at + 1);
    at += 2;
    if (isPunct(at, COLON)) {
      if (!isNumberOf(at + 1, 2, 2)) return false;
      fields.second = valueAt(at + 1);
      at += 2;
      readFraction();
      if (isPunct(at, COLON)) return false; // a fourth field (`17:00:00:00`) is no time
    }
    timeRead = readMeridiem(false);
  } else {
    timeRead = readMeridiem(true); // an hour alone needs am/pm: `6 pm`
  }
  if (timeRead && isWordOf(at, WORD_CLOCK)) at++;
  return timeRead;
}

/** `1시 31분 15초`, `13時5分`: the hour was read and its mark is next. */
function readMarkedTime(): boolean {
  at++;
  if (isNumberOf(at, 1, 2) && isWordOf(at + 1, WORD_MINUTE_MARK)) {
    fields.minute = valueAt(at);
    at += 2;
    if (isNumberOf(at, 1, 2) && isWordOf(at + 1, WORD_SECOND_MARK)) {
      fields.second = valueAt(at);
      at += 2;
    }
  }
  timeRead = true;
  return true;
}

/** `.fff` or `,fff` right after the seconds, any number of digits (truncated to milliseconds). */
function readFraction(): void {
  if ((isPunct(at, DOT) || isPunct(at, COMMA)) && !isSpaced(at) && isNumber(at + 1) && !isSpaced(at + 1)) {
    const digits = lengthAt(at + 1);
    const value = valueAt(at + 1);
    fields.millisecond = digits >= 3 ? Math.floor(value / 10 ** (digits - 3)) : value * 10 ** (3 - digits);
    at += 2;
  }
}

/**
 * am/pm in the forms `pm`, `PM`, `p.m.`, `p.m`. A 12-hour clock reads 1–12; `12 am` is midnight.
 * Hours 13–23 with pm are read as written (the pm is redundant), 0 with am likewise.
 */
function readMeridiem(required: boolean): boolean {
  let pm: boolean;
  if (isWordOf(at, WORD_AM) || isWordOf(at, WORD_PM)) {
    pm = valueAt(at) === WORD_PM;
    at++;
  } else if ((isWordOf(at, LETTER_A) || isWordOf(at, LETTER_P)) && isPunct(at + 1, DOT) && isWordOf(at + 2, LETTER_M)) {
    pm = valueAt(at) === LETTER_P;
    at += 3;
    if (isPunct(at, DOT)) at++;
  } else {
    return !required;
  }
  meridiemWritten = true;
  return applyMeridiem(pm);
}

/** A 12-hour clock's hour to 0–23; false for an hour that clock cannot read (`13 am`). */
function applyMeridiem(pm: boolean): boolean {
  const hour = fields.hour;
  if (hour >= 1 && hour <= 12) fields.hour = pm ? (hour === 12 ? 12 : hour + 12) : (hour === 12 ? 0 : hour);
  else if (!(pm ? hour >= 13 && hour <= 23 : hour === 0)) return false;
  return true;
}

/** An optional zone. False only when something zone-like is there but cannot be read. */
function readZone(): boolean {
  if (at === count) return true;
  if (isPunct(at, PLUS) || isPunct(at, MINUS)) {
    if (!timeRead || !readOffset()) return false;
    skipZoneNameAfterOffset();
    return true;
  }
  if (kindAt(at) !== TOKEN_WORD) return true;
  if (isPunct(at + 1, SLASH) && !isSpaced(at + 1)) return readIanaZoneName();
  const meaning = valueAt(at);
  if (meaning >= LETTER_BASE && meaning < LETTER_BASE + 26) {
    if (!isMilitaryZoneLetter(meaning - LETTER_BASE)) return false;
    setFixedZone(0);
    at++;
    return true;
  }
  if (!isZone(meaning)) return false; // a word that is no zone we know: unreadable, not UTC
  const zone = zoneOfCode(meaning);
  if (zone === undefined) return false;
  at++;
  if (timeRead && isUniversalName(zone.name) && (isPunct(at, PLUS) || isPunct(at, MINUS)) && isNumber(at + 1)) {
    return readOffset(); // GMT+0100, UTC-5, GMT+05:30
  }
  if (zone.ianaZone !== null) {
    fields.zoneKind = ZONE_REGIONAL;
    fields.regionalZone = zone.ianaZone;
  } else {
    setFixedZone(zone.offsetMinutes ?? 0);
  }
  return true;
}

/**
 * An IANA zone name as written (`Etc/GMT`, `America/New_York`): the adjacent tokens from here that
 * a zone name can contain. Whether the zone exists is decided when the instant is computed.
 */
function readIanaZoneName(): boolean {
  const first = at;
  at++;
  while (at < count && !isSpaced(at)
    && (kindAt(at) === TOKEN_WORD || kindAt(at) === TOKEN_NUMBER
      || isPunct(at, SLASH) || isPunct(at, UNDERSCORE) || isPunct(at, MINUS) || isPunct(at, PLUS))) at++;
  fields.zoneKind = ZONE_REGIONAL;
  fields.regionalZone = text.slice(tokenStart[first] ?? 0, tokenEnd[at - 1] ?? 0);
  return true;
}

/** The names that may prefix an offset, human style: `GMT+1` is one hour east (not POSIX's west). */
function isUniversalName(name: string): boolean {
  return name === 'GMT' || name === 'UTC' || name === 'UT';
}

function setFixedZone(offsetMinutes: number): void {
  fields.zoneKind = ZONE_FIXED;
  fields.offsetMinutes = offsetMinutes;
}

/** ±HHMM, ±HH:MM, ±HH, ±H at the sign token. Hours up to 23 and minutes up to 59, as RFC 3339 allows. */
function readOffset(): boolean {
  const sign = isPunct(at, MINUS) ? -1 : 1;
  at++;
  if (!isNumber(at)) return false;
  const digits = lengthAt(at);
  const value = valueAt(at);
  let hours: number;
  let minutes = 0;
  if (digits === 4) {
    hours = Math.floor(value / 100);
    minutes = value % 100;
    at++;
  } else if (digits <= 2) {
    hours = value;
    at++;
    if (isPunct(at, COLON)) {
      if (!isNumberOf(at + 1, 2, 2)) return false;
      minutes = valueAt(at + 1);
      at += 2;
    }
  } else {
    return false;
  }
  if (hours > 23 || minutes > 59) return false;
  setFixedZone(sign * (hours * 60 + minutes));
  return true;
}

/**
 * After a numeric offset a zone name may repeat it (`+0000 GMT`, Go's `-0700 MST`, `+0200 CEST`):
 * the number is what counts, so a known name or a short all-letter word is passed over.
 */
function skipZoneNameAfterOffset(): void {
  if (kindAt(at) !== TOKEN_WORD || !isSpaced(at)) return;
  const meaning = valueAt(at);
  if (isZone(meaning) || (meaning === WORD_UNKNOWN && lengthAt(at) >= 2 && lengthAt(at) <= 5)) at++;
}
