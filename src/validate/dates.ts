// Strict date grammars. The lenient reader (parseDate) decides what is readable at all; these
// decide what is exactly what the specifications ask for.
import { withoutComments } from './values.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// RFC 3339 §5.6 date-time; "T" and "Z" may be lower case (§5.6, note).
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

// Longer than any date-time either grammar allows (bounds the work on hostile input).
const MAX_DATE_LENGTH = 64;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Sakamoto's method: the day of the week (0 = Sunday) of a Gregorian date, without a Date object.
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

function dayOfWeek(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + MONTH_OFFSETS[month - 1]! + day) % 7;
}

function validDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
    hour <= 23 && minute <= 59 && second <= 60 // 60: a leap second
  );
}

/**
 * True when `text` is an RFC 3339 date-time (what Atom and JSON Feed require). Atom also asks
 * for an upper-case "T" and "Z" (RFC 4287 §3.3): pass `upperCase`.
 */
export function isRfc3339DateTime(text: string, upperCase = false): boolean {
  if (text.length > MAX_DATE_LENGTH) return false;
  const m = RFC3339.exec(text);
  if (m === null || (upperCase && /[tz]/.test(text))) return false;
  const valid = validDateTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return valid && (m[7] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59));
}

// W3C-DTF (the W3C note on ISO 8601): a year, year-month, date, or date and time with a zone.
const W3CDTF = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?)?)?$/;

/** True when `text` is a W3C-DTF date (what Dublin Core dates in feeds use). */
export function isW3cdtfDate(text: string): boolean {
  if (text.length > MAX_DATE_LENGTH) return false;
  const m = W3CDTF.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const valid = validDateTime(year, month, day, Number(m[4] ?? '0'), Number(m[5] ?? '0'), Number(m[6] ?? '0'));
  return valid && (m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59));
}

// RFC 822 §5 as amended by RFC 2822 §3.3, with the two- or four-digit year RSS 2.0 allows,
// read loosely: names in any case, any run of spaces, a single-letter military zone, a trailing
// comment. What matches this but not CANONICAL is legal RFC 822 that readers misread (the
// W3C validator's "problematical" dates). Linear: no two adjacent parts can match the same text.
const RFC822_LOOSE =
  /^\s*(?:([A-Za-z]{3})\s*,\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4}|\d{2})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|UT|GMT|[ECMP][SD]T|[A-IK-Za-ik-z])(?:\s*\([^()]*\))?\s*$/i;
// The usual spelling, single-spaced, four-digit year, no military zone or comment: most dates.
const CANONICAL =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|UT|GMT|Z|[ECMP][SD]T)$/;

/**
 * How an RSS date measures up to RFC 822, at the W3C validator's levels: `strict` (fine),
 * `problematic` (legal, but a two-digit year, a military zone, odd case or spacing, a comment:
 * a warning), `weekday` (the weekday contradicts the date: an error), `invalid` (an error).
 */
export type Rfc822Verdict = 'strict' | 'problematic' | 'weekday' | 'invalid';

// RFC 2822 §3.2.3 allows a comment wherever it allows folding white space: "Thu (holiday), 16 Feb
// 2006 …". Such a date is legal, but readers misread it. Comments make a date longer.
const MAX_COMMENTED_DATE_LENGTH = 256;

export function rfc822Verdict(text: string): Rfc822Verdict {
  const commented = text.includes('(');
  if (text.length > (commented ? MAX_COMMENTED_DATE_LENGTH : MAX_DATE_LENGTH)) return 'invalid';
  const canonical = CANONICAL.exec(text);
  if (canonical !== null) return fieldsVerdict(canonical, 'strict');
  const m = RFC822_LOOSE.exec(text);
  if (m !== null) return fieldsVerdict(m, 'problematic');
  return commented ? commentedVerdict(text) : 'invalid';
}

/** The verdict on a date with comments: read as the date without them, at best problematic. */
function commentedVerdict(text: string): Rfc822Verdict {
  const bare = withoutComments(text);
  if (bare.includes('(') || bare.includes(')')) return 'invalid'; // nested or unbalanced
  const m = RFC822_LOOSE.exec(bare);
  return m === null ? 'invalid' : fieldsVerdict(m, 'problematic');
}

/** The verdict on a date whose form matched: its fields must make a real date-time, its weekday the right one. */
function fieldsVerdict(m: RegExpExecArray, form: 'strict' | 'problematic'): Rfc822Verdict {
  const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
  if (month === 0) return 'invalid';
  const weekday = m[1] === undefined ? -1 : DAYS.indexOf(m[1].toLowerCase());
  if (m[1] !== undefined && weekday === -1) return 'invalid';
  let year = Number(m[4]);
  if (m[4]!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(m[2]);
  if (!validDateTime(year, month, day, Number(m[5]), Number(m[6]), Number(m[7] ?? '0'))) return 'invalid';
  const zone = m[8]!;
  if ((zone[0] === '+' || zone[0] === '-') && Number(zone.slice(3)) > 59) return 'invalid';
  if (weekday !== -1 && dayOfWeek(year, month, day) !== weekday) return 'weekday';
  return form;
}
