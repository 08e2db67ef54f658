// Checks on one element's value that more than one format uses.
import type { ValidationCode } from '../codes.js';
import { parseDate } from '../dates/index.js';
import type { ParseOptions } from '../options.js';
import type { XmlElement } from '../xml/index.js';
import { isRfc3339DateTime, rfc822Verdict } from './dates.js';
import type { Issues, Place } from './report.js';
import { absoluteIriProblem, iriReferenceProblem, unregisteredScheme } from './values.js';

/** Keeps quoted values short in messages. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `"${flat.length > 80 ? `${flat.slice(0, 77)}…` : flat}"`;
}

/** Whether the lenient reader (parseDate) reads `text`. */
function lenientlyReadable(text: string, options: ParseOptions): boolean {
  return parseDate(text, { defaultTimeZone: options.defaultTimeZone ?? 'UTC' }) !== null;
}

/**
 * RFC 822 dates (RSS, OPML), at the W3C validator's levels: legal but problematic (two-digit
 * year, military zone, odd case or spacing, a comment) is a warning; a weekday that contradicts
 * the date, or anything that is not RFC 822, an error. DATE_NOT_RFC822 says lenient readers
 * (parseDate, with the caller's default time zone) still guess the date; DATE_INVALID that none can.
 */
export function checkRfc822(text: string, what: string, options: ParseOptions, issues: Issues, place: Place): void {
  const verdict = rfc822Verdict(text);
  if (verdict === 'strict') return;
  if (verdict === 'problematic') {
    issues.warning(
      'DATE_PROBLEMATIC',
      `${what} ${quote(text)} is legal RFC 822, but readers misread it (a two-digit year, a military zone, odd case or spacing, a comment): write it like "Sat, 07 Sep 2002 09:42:31 GMT"`,
      place,
    );
  } else if (verdict === 'weekday') {
    issues.error('DATE_WRONG_WEEKDAY', `${what} ${quote(text)} names the wrong day of the week for its date`, place);
  } else if (lenientlyReadable(text, options)) {
    issues.error(
      'DATE_NOT_RFC822',
      `${what} ${quote(text)} is not an RFC 822 date-time; lenient readers guess it, strict ones reject it. Write it like "Sat, 07 Sep 2002 09:42:31 GMT"`,
      place,
    );
  } else {
    issues.error('DATE_INVALID', `${what} ${quote(text)} is not a date: write it like "Sat, 07 Sep 2002 09:42:31 GMT"`, place);
  }
}

/** RFC 3339 dates (Atom, JSON Feed): anything else is an error. Atom wants "T" and "Z" in upper case. */
export function checkRfc3339(text: string, what: string, issues: Issues, place: Place, upperCase = false): void {
  if (isRfc3339DateTime(text, upperCase)) return;
  const why = isRfc3339DateTime(text) ? ' (Atom needs an upper-case "T" and "Z")' : '';
  issues.error('DATE_NOT_RFC3339', `${what} ${quote(text)} is not an RFC 3339 date-time${why}: write it like "2002-09-07T09:42:31Z"`, place);
}

/**
 * uri: an absolute URI (RSS, OPML: ASCII only, as RFC 3986 asks); http: the same, http(s) only;
 * iri: an absolute IRI (Unicode allowed); reference: an IRI reference, relative allowed (Atom).
 */
export type UrlKind = 'uri' | 'http' | 'iri' | 'reference';

const NON_ASCII = /[^\x00-\x7F]/;

/**
 * An error when `value` is not a URL of the kind asked for: URL_INVALID (not a URL at all),
 * URL_NOT_ABSOLUTE (a relative reference where a full URL is required), URL_NOT_HTTP.
 * Returns whether it was fine.
 */
export function checkUrl(value: string, kind: UrlKind, what: string, issues: Issues, place: Place): boolean {
  let problem: string | null;
  let code: ValidationCode = 'URL_INVALID';
  if (kind === 'reference') {
    problem = iriReferenceProblem(value);
  } else {
    problem = absoluteIriProblem(value);
    if (problem !== null && iriReferenceProblem(value) === null) code = 'URL_NOT_ABSOLUTE';
    if (problem === null && kind !== 'iri' && NON_ASCII.test(value)) {
      problem = 'has characters outside ASCII: percent-encode them (and write the host in its xn-- form)';
    }
    if (problem === null && kind === 'http' && !/^https?:/i.test(value)) {
      problem = 'is not an http or https URL';
      code = 'URL_NOT_HTTP';
    }
  }
  if (problem === null) {
    const scheme = unregisteredScheme(value);
    if (scheme !== null && !issues.full) {
      issues.warning('URL_UNKNOWN_SCHEME', `${what} ${quote(value)} uses the scheme "${scheme}:", which IANA has not registered`, place);
    }
    return true;
  }
  issues.error(code, `${what} ${quote(value)} ${problem}`, place);
  return false;
}

/**
 * Values that may not have whitespace around them (Atom's IRIs, ids, dates and e-mail addresses:
 * RFC 4287 gives them no room for it, and the W3C validator rejects it). Returns whether it was fine.
 */
export function checkNoSurroundingWhitespace(value: string, what: string, issues: Issues, place: Place): boolean {
  if (value === '' || (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1))) || value.trim() === '') return true;
  issues.error('VALUE_WHITESPACE', `${what} ${quote(value.trim())} has whitespace around it, which is not allowed here: remove it`, place);
  return false;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Trimmed text of an element. */
export function valueOf(element: XmlElement): string {
  return element.text().trim();
}
