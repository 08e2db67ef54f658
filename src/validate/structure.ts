// Which children an element of a format may have, how often, and which attributes.
import type { XmlElement } from '../xml/index.js';

/** The code prefix of a format's structure issues (RSS_UNKNOWN_ELEMENT, ATOM_MISSING_ELEMENT, …). */
export type SchemaPrefix = 'RSS' | 'ATOM' | 'OPML';
import type { Issues } from './report.js';

export type Occurs = 'one' | 'many';

export interface ElementSchema {
  /** The format's namespace ('' for RSS and OPML). */
  ns: string;
  /** Code prefix: RSS, ATOM, OPML. */
  prefix: SchemaPrefix;
  /** The format's name for messages: "RSS 2.0". */
  format: string;
  children: ReadonlyMap<string, Occurs>;
  /** Whether text may appear between the children (true for elements that hold a value). */
  text: boolean;
}

export function schema(ns: string, prefix: SchemaPrefix, format: string, children: Record<string, Occurs>): ElementSchema {
  const map = new Map(Object.entries(children));
  return { ns, prefix, format, children: map, text: map.size === 0 };
}

/**
 * Reports children in the format's namespace that it does not define, repeats of elements that
 * may appear once, and text between elements. Returns the first child of each name.
 */
export function checkChildren(parent: XmlElement, schema: ElementSchema, issues: Issues): Map<string, XmlElement> {
  const first = new Map<string, XmlElement>();
  let textReported = false;
  for (const child of parent.children) {
    if (typeof child === 'string') {
      if (!schema.text && !textReported && child.trim() !== '') {
        textReported = true;
        issues.error(`${schema.prefix}_UNEXPECTED_TEXT`, `<${parent.name}> contains text outside its child elements: remove it`, issues.at(parent));
      }
      continue;
    }
    // An unbound prefix lands in no namespace; the reader has reported it already.
    if (child.ns !== schema.ns || (schema.ns === '' && child.name.includes(':'))) continue;
    const occurs = schema.children.get(child.local);
    if (occurs === undefined) {
      issues.error(
        `${schema.prefix}_UNKNOWN_ELEMENT`,
        `<${child.name}> is not a ${schema.format} element of <${parent.name}>: remove it, or put it in an extension namespace`,
        issues.at(child),
      );
      continue;
    }
    if (!first.has(child.local)) first.set(child.local, child);
    else if (occurs === 'one') {
      issues.error(`${schema.prefix}_DUPLICATE_ELEMENT`, `<${parent.name}> may contain only one <${child.name}>`, issues.at(child));
    }
  }
  return first;
}

/** An element that holds a value: text, and no child elements of the format. */
export function checkLeaf(element: XmlElement, schema: ElementSchema, issues: Issues): void {
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (typeof child === 'string' || child.ns !== schema.ns || (schema.ns === '' && child.name.includes(':'))) continue;
    issues.error(
      `${schema.prefix}_UNKNOWN_ELEMENT`,
      `<${child.name}> is not a ${schema.format} element of <${element.name}>: remove it, or put it in an extension namespace`,
      issues.at(child),
    );
  }
}

/** Reports unprefixed attributes the format does not define for this element. */
export function checkAttributes(element: XmlElement, allowed: readonly string[], prefix: Exclude<SchemaPrefix, 'OPML'>, issues: Issues): void {
  const attributes = element.attributes;
  if (attributes.length === 0) return;
  for (const a of attributes) {
    if (a.ns !== '' || allowed.includes(a.local)) continue;
    issues.error(`${prefix}_UNKNOWN_ATTRIBUTE`, `<${element.name}> has no attribute "${a.name}"`, issues.at(element, a.name));
  }
}

/** Reports each required child that is missing. */
export function requireChildren(parent: XmlElement, found: Map<string, XmlElement>, names: readonly string[], prefix: SchemaPrefix, issues: Issues): void {
  for (const name of names) {
    if (!found.has(name)) issues.error(`${prefix}_MISSING_ELEMENT`, `<${parent.name}> has no <${name}>, which is required`, issues.at(parent));
  }
}

/** Reports each required attribute that is missing or blank; returns the trimmed values present. */
export function requireAttributes(element: XmlElement, names: readonly string[], prefix: SchemaPrefix, issues: Issues): Map<string, string> {
  const values = new Map<string, string>();
  for (const name of names) {
    const value = element.attr(name)?.trim();
    if (value === undefined || value === '') {
      issues.error(`${prefix}_MISSING_ATTRIBUTE`, `<${element.name}> must have a non-empty "${name}" attribute`, issues.at(element));
    } else {
      values.set(name, value);
    }
  }
  return values;
}
