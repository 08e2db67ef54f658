// Field readers shared by the XML format rooms: element view → plain values.
import { parseDate } from '../dates/index.js';
import { renderHtml, resolveUrl } from '../html/core.js';
import type { ParseOptions } from '../options.js';
import { innerHtml, type XmlElement } from '../xml/index.js';

/** Trimmed text content; null when absent or empty. */
export function textOf(element: XmlElement | null): string | null {
  if (element === null) return null;
  const text = element.text().trim();
  return text === '' ? null : text;
}

/** A URL in the element's text, resolved against its in-scope base; null when absent or unsafe. */
export function urlOf(element: XmlElement | null): string | null {
  const text = textOf(element);
  return text === null ? null : resolveUrl(text, element!.base);
}

/** A URL attribute resolved against the element's in-scope base; null when absent or unsafe. */
export function urlAttr(element: XmlElement, name: string): string | null {
  const value = element.attr(name);
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : resolveUrl(trimmed, element.base);
}

/** A non-empty trimmed attribute value, or null. */
export function attrOf(element: XmlElement, name: string): string | null {
  const value = element.attr(name);
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function dateOf(element: XmlElement | null, options: ParseOptions): Date | null {
  const text = textOf(element);
  return text === null ? null : parseDate(text, { defaultTimeZone: options.defaultTimeZone ?? 'UTC' });
}

/** A non-negative integer, or null for anything else ('', '1.5', '-3', 'None'). */
export function integerOf(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (!/^\+?\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * The HTML an element carries: escaped or CDATA HTML in its text, or markup written directly
 * inside it. The `sanitize` option is applied with the element's base for relative URLs.
 */
export function htmlOf(element: XmlElement | null, options: ParseOptions): string | null {
  if (element === null) return null;
  const html = (element.hasElements() ? innerHtml(element) : element.text()).trim();
  return html === '' ? null : renderHtml(html, options, element.base);
}
