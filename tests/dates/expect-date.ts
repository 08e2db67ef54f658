// Shared by the date tests: the ISO string of what parseDate returns, or null.
import { parseDate } from '../../src/dates/index.js';
import type { DateOptions } from '../../src/dates/index.js';

export function iso(text: string, options?: DateOptions): string | null {
  const date = parseDate(text, options);
  return date === null ? null : date.toISOString();
}

/** A row of a table test: the text, the instant expected (null: unreadable), and where it comes from. */
export interface DateCase {
  text: string;
  expected: string | null;
  from: string;
}
