// Value readers the namespace rooms share beyond the common field readers: numbers, flags,
// durations, lists and dates in attributes, each checked (anything else is null, never NaN or a throw).
import { parseDate } from '../dates/index.js';
import type { ParseOptions } from '../options.js';
import type { XmlElement } from '../xml/index.js';

/** A finite decimal number ('12', '-3.5', '+0.25'); null for anything else. */
export function decimalOf(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (!/^[+-]?(?:\d{1,15}(?:\.\d{0,15})?|\.\d{1,15})$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** A finite decimal number that is not negative; null otherwise. */
export function amountOf(text: string | null): number | null {
  const value = decimalOf(text);
  return value === null || value < 0 ? null : value;
}

/** `yes` / `true` → true, `no` / `false` → false (any case); anything else null. */
export function flagOf(text: string | null): boolean | null {
  if (text === null) return null;
  switch (text.trim().toLowerCase()) {
    case 'yes': case 'true': return true;
    case 'no': case 'false': return false;
    default: return null;
  }
}

/**
 * A duration in seconds from the forms podcasts write: `3725`, `3725.5`, `62:05` (MM:SS) and
 * `1:02:05` (HH:MM:SS). Minutes and seconds after a colon are below 60; the first part may be
 * any size ('75:30' is 75 minutes). Null for anything else.
 */
export function durationOf(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  const plain = /^\d{1,12}(?:\.\d{1,6})?$/.exec(trimmed);
  if (plain) return Number(trimmed);
  const clock = /^(\d{1,9}):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d{1,6}))?$/.exec(trimmed);
  if (!clock) return null;
  const parts = clock[3] === undefined ? [0, Number(clock[1]), Number(clock[2])] : [Number(clock[1]), Number(clock[2]), Number(clock[3])];
  const [hours, minutes, seconds] = parts as [number, number, number];
  if (seconds >= 60 || (clock[3] !== undefined && minutes >= 60)) return null;
  const fraction = clock[4] === undefined ? 0 : Number(`0.${clock[4]}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}

/** The non-empty trimmed parts of a separated list ('a, b,,c' → ['a', 'b', 'c']). */
export function listOf(text: string | null, separator: string | RegExp = ','): string[] {
  if (text === null) return [];
  const parts: string[] = [];
  for (const part of text.split(separator)) {
    const trimmed = part.trim();
    if (trimmed !== '') parts.push(trimmed);
  }
  return parts;
}

/** A date written in an attribute, read like a date element; null when absent or unreadable. */
export function dateAttr(element: XmlElement, name: string, options: ParseOptions): Date | null {
  const value = element.attr(name)?.trim();
  return value ? parseDate(value, { defaultTimeZone: options.defaultTimeZone ?? 'UTC' }) : null;
}
