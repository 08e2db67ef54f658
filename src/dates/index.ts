// The date service: the text of a feed's date field → the instant it names, or null.
// Reads RFC 822/2822, RFC 3339/ISO 8601/W3C-DTF and the sloppy forms of real feeds (grammar.ts),
// validates every field (no 31 February, no hour 25), and places zone-less date-times in
// `defaultTimeZone` (time-zone.ts). Never throws, and costs time linear in a bounded input.
import { readRfc3339, readRfc822 } from './fast-paths.js';
import { readDateFields } from './grammar.js';
import { instantOfFields } from './instant.js';
import { isSpace, tokenize } from './tokenize.js';

export interface DateOptions {
  /** IANA zone for date-times that carry no zone (`'Europe/Paris'`); default `'UTC'`. */
  defaultTimeZone?: string;
}

/** No real date is longer (a JS `Date#toString` with its zone comment is under 80 characters). */
export const MAX_DATE_LENGTH = 256;

/**
 * The instant a date string names, or null when it is not a date this reader knows, names an
 * impossible value, or carries no zone while `defaultTimeZone` is not a known IANA zone.
 */
export function parseDate(text: string, options?: DateOptions): Date | null {
  try {
    return readDate(text, options);
  } catch {
    return null; // nothing above throws on purpose; this keeps the promise for hostile options objects too
  }
}

function readDate(text: string, options: DateOptions | undefined): Date | null {
  if (typeof text !== 'string') return null;
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === start || end - start > MAX_DATE_LENGTH) return null;
  const first = text.charCodeAt(start);
  const read = (first >= 48 && first <= 57 && readRfc3339(text, start, end)) || readRfc822(text, start, end)
    || readDateFields(text, tokenize(text, start, end));
  if (!read) return null;
  const instant = instantOfFields(options?.defaultTimeZone);
  return instant === null ? null : new Date(instant);
}
