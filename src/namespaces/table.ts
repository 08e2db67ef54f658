// Rooms whose elements are simple values (text, a date, a URL, a number, a flag) describe them in a
// table, element name → field and kind, and share this one reader.
import { dateOf, integerOf, textOf, urlOf } from '../common/fields.js';
import type { ParseOptions } from '../options.js';
import type { XmlElement } from '../xml/index.js';
import { flagOf, listOf } from './values.js';

/**
 * text: trimmed text · texts: every occurrence, in order · keywords: a comma-separated list, every
 * occurrence · date: parseDate · url: resolved and checked · integer: non-negative · flag: yes/no.
 */
export type FieldKind = 'text' | 'texts' | 'keywords' | 'date' | 'url' | 'integer' | 'flag';

export type FieldTable = ReadonlyMap<string, readonly [field: string, kind: FieldKind]>;

export function fieldTable(entries: Record<string, readonly [string, FieldKind]>): FieldTable {
  return new Map(Object.entries(entries));
}

/**
 * Reads `element` into the field the table names for its local name (the first occurrence of a
 * single value wins, lists collect every one). False when the table does not know the element.
 */
export function readByTable(element: XmlElement, target: object, table: FieldTable, options: ParseOptions): boolean {
  const entry = table.get(element.local);
  if (entry === undefined) return false;
  const [field, kind] = entry;
  const record = target as Record<string, unknown>;
  if (kind === 'texts') {
    const text = textOf(element);
    if (text !== null) (record[field] as string[]).push(text);
  } else if (kind === 'keywords') {
    for (const keyword of listOf(textOf(element))) (record[field] as string[]).push(keyword);
  } else if (record[field] === null) {
    record[field] = valueOf(element, kind, options);
  }
  return true;
}

function valueOf(element: XmlElement, kind: Exclude<FieldKind, 'texts' | 'keywords'>, options: ParseOptions): unknown {
  switch (kind) {
    case 'text': return textOf(element);
    case 'date': return dateOf(element, options);
    case 'url': return urlOf(element);
    case 'integer': return integerOf(textOf(element));
    case 'flag': return flagOf(textOf(element));
  }
}
