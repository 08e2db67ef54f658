// Checks on one element's value that more than one format uses.
import type { ValidationCode } from '../codes.js';
import { parseDate } from '../dates/index.js';
import type { ParseOptions } from '../options.js';
import type { XmlElement } from '../xml/index.js';
import { isRfc3339DateTime, isRfc822DateTime } from './dates.js';
import type { Issues, Place } from './report.js';
import { absoluteIriProblem, iriReferenceProblem } from './values.js';

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
 * RFC 822 dates (RSS, OPML): an error when no reader can read it, a warning when only lenient
 * readers can (parseDate, with the caller's default time zone, is the lenient reader).
 */
export function checkRfc822(text: string, what: string, options: ParseOptions, issues: Issues, place: Place): void {
  if (isRfc822DateTime(text)) return;
  if (lenientlyReadable(text, options)) {
    issues.warning(
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
  if (problem === null) return true;
  issues.error(code, `${what} ${quote(value)} ${problem}`, place);
  return false;
}

/** Trimmed text of an element. */
export function valueOf(element: XmlElement): string {
  return element.text().trim();
}
