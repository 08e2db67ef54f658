// Typed values of extension elements (iTunes, Media RSS, Podcasting 2.0, syndication): each
// element's attributes and text are described by a small table, checked here in one way.
import type { XmlElement } from '../xml/index.js';
import { checkRfc3339, checkRfc822, checkUrl, quote } from './checks.js';
import { isW3cdtfDate } from './dates.js';
import type { Issues } from './report.js';
import { isLanguageTag, isMimeType, isPlainHttpUrl } from './values.js';

/** What a value must be; an array is an enumeration (compared without regard to case). */
export type ValueRule =
  | 'url' | 'iri' | 'reference' | 'rfc3339' | 'integers' | 'integer' | 'positive' | 'number' | 'mime' | 'language' | 'npt' | 'duration' | 'rfc822' | 'w3cdtf'
  | 'iso8601' | 'uuid' | 'text' | 'latitude' | 'longitude' | 'point' | 'line' | 'polygon' | 'box' | 'decimal' | readonly string[];

/** The code prefix of an extension's value issues: ITUNES_INVALID_VALUE, EXTENSION_MISSING_ATTRIBUTE, … */
export type ExtensionPrefix = 'ITUNES' | 'MEDIA' | 'PODCAST' | 'EXTENSION';

export interface ElementRules {
  /** Unprefixed attributes and their rules. */
  attributes?: Readonly<Record<string, ValueRule>>;
  /** Attributes that must be present and non-empty. */
  required?: readonly string[];
  /** The element's text (trimmed). */
  text?: ValueRule;
}

const INTEGER = /^\d{1,15}$/;
const NUMBER = /^\d{1,15}(?:\.\d{1,15})?$/;
// iTunes durations: seconds, or [H]H:MM:SS / [M]M:SS.
const DURATION = /^(?:\d{1,9}(?:\.\d+)?|\d{1,4}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?)$/;
// Normal Play Time (RFC 2326 §3.6): seconds, or h:mm:ss, with fractions.
const NPT = /^(?:now|\d{1,9}(?:\.\d*)?|\d{1,6}:[0-5]?\d:[0-5]?\d(?:\.\d*)?)$/;
const ISO8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^[+-]?\d{1,3}(?:\.\d{1,20})?$/;
// A comma-separated list of whole numbers (slash:hit_parade), spaces after the commas allowed.
const INTEGERS = /^\d{1,15}(?:\s*,\s*\d{1,15}){0,100}$/;

function inRange(value: string, limit: number): boolean {
  return DECIMAL.test(value) && Math.abs(Number(value)) <= limit;
}

/** GeoRSS simple coordinates: "lat lon lat lon …", whitespace-separated, at least `pairs` pairs. */
function isCoordinates(value: string, pairs: number, exactly = false): boolean {
  if (value.length > 100_000) return false;
  const parts = value.split(/\s+/);
  if (parts.length % 2 !== 0 || parts.length < pairs * 2 || (exactly && parts.length !== pairs * 2)) return false;
  for (let i = 0; i < parts.length; i += 2) if (!inRange(parts[i]!, 90) || !inRange(parts[i + 1]!, 180)) return false;
  return true;
}

/** A polygon closes: four pairs at least, the last the same as the first. */
function isPolygon(value: string): boolean {
  if (!isCoordinates(value, 4)) return false;
  const parts = value.split(/\s+/);
  return Number(parts[0]) === Number(parts.at(-2)) && Number(parts[1]) === Number(parts.at(-1));
}

const EXPECTED: Readonly<Record<Exclude<ValueRule, readonly string[]>, string>> = {
  url: 'a URL', iri: 'an absolute IRI', reference: 'an IRI reference', rfc3339: 'an RFC 3339 date-time',
  integers: 'a comma-separated list of whole numbers such as "10,8,5"', integer: 'a whole number', positive: 'a whole number of at least 1', number: 'a number',
  mime: 'a MIME type such as "audio/mpeg"', language: 'a language code such as "en"', npt: 'a time such as "12.5" or "0:01:30"',
  duration: 'a duration in seconds or [H:]MM:SS', rfc822: 'an RFC 822 date', w3cdtf: 'a W3C-DTF date such as "2024-03-04T09:00:00Z"',
  iso8601: 'an ISO 8601 date such as "2024-03-04T09:00:00Z"', uuid: 'a UUID', text: 'text',
  latitude: 'a latitude from -90 to 90', longitude: 'a longitude from -180 to 180', point: 'a point "latitude longitude" such as "45.256 -71.92"',
  line: 'a line of two or more "latitude longitude" pairs', polygon: 'a closed ring of four or more "latitude longitude" pairs',
  box: 'a box "south west north east"', decimal: 'a number',
};

// Enumerations, lower-cased once.
const ENUMERATIONS = new WeakMap<readonly string[], ReadonlySet<string>>();

function enumeration(values: readonly string[]): ReadonlySet<string> {
  let set = ENUMERATIONS.get(values);
  if (set === undefined) ENUMERATIONS.set(values, (set = new Set(values.map((v) => v.toLowerCase()))));
  return set;
}

/** Rules checked by the shared URL and date checks, with their own codes. */
type SharedRule = 'url' | 'iri' | 'reference' | 'rfc822' | 'rfc3339';
const SHARED = new Set<ValueRule>(['url', 'iri', 'reference', 'rfc822', 'rfc3339']);

function fits(value: string, rule: Exclude<ValueRule, SharedRule>): boolean {
  if (typeof rule !== 'string') return enumeration(rule).has(value.toLowerCase());
  switch (rule) {
    case 'integer': return INTEGER.test(value);
    case 'integers': return INTEGERS.test(value);
    case 'positive': return INTEGER.test(value) && Number(value) >= 1;
    case 'number': return NUMBER.test(value);
    case 'mime': return isMimeType(value);
    case 'language': return isLanguageTag(value);
    case 'npt': return NPT.test(value);
    case 'duration': return DURATION.test(value);
    case 'w3cdtf': return isW3cdtfDate(value);
    case 'iso8601': return ISO8601.test(value);
    case 'uuid': return UUID.test(value);
    case 'text': return value !== '';
    case 'latitude': return inRange(value, 90);
    case 'longitude': return inRange(value, 180);
    case 'point': return isCoordinates(value, 1, true);
    case 'line': return isCoordinates(value, 2);
    case 'polygon': return isPolygon(value);
    case 'box': return isCoordinates(value, 2, true);
    case 'decimal': return /^[+-]?\d{1,15}(?:\.\d{1,15})?$/.test(value);
  }
}

/**
 * Checks one value: URLs and dates with the shared checks (URL_…, DATE_… codes), the rest as
 * `${prefix}_INVALID_VALUE`. The value is an attribute's when `attribute` is given, else the
 * element's text; the message names it only when there is something to say (most values are fine).
 */
export function checkValue(value: string, rule: ValueRule, prefix: ExtensionPrefix, issues: Issues, element: XmlElement, attribute?: string): void {
  if (rule === 'url' ? isPlainHttpUrl(value) : !SHARED.has(rule) && fits(value, rule as Exclude<ValueRule, SharedRule>)) return;
  const what = attribute === undefined ? `<${element.name}>` : `The ${attribute} of <${element.name}>`;
  const place = issues.at(element, attribute);
  if (rule === 'url') {
    checkUrl(value, 'uri', what, issues, place);
  } else if (rule === 'iri' || rule === 'reference') {
    checkUrl(value, rule, what, issues, place);
  } else if (rule === 'rfc822') {
    checkRfc822(value, what, {}, issues, place);
  } else if (rule === 'rfc3339') {
    checkRfc3339(value, what, issues, place, true);
  } else {
    const expected = typeof rule === 'string' ? EXPECTED[rule as Exclude<ValueRule, readonly string[]>] : `one of ${rule.map((v) => `"${v}"`).join(', ')}`;
    issues.error(`${prefix}_INVALID_VALUE` as const, `${what} ${quote(value)} is not ${expected}`, place);
  }
}

/** Checks an element against its rules: required attributes, attribute values, its text. */
export function checkElementRules(element: XmlElement, rules: ElementRules, prefix: ExtensionPrefix, issues: Issues): void {
  for (const name of rules.required ?? []) {
    const value = element.attr(name)?.trim();
    if (value === undefined || value === '') {
      issues.error(`${prefix}_MISSING_ATTRIBUTE` as const, `<${element.name}> must have a non-empty "${name}" attribute`, issues.at(element));
    }
  }
  const attributes = rules.attributes;
  if (attributes !== undefined) {
    for (const a of element.attributes) {
      if (a.ns !== '') continue;
      const rule = attributes[a.local];
      const value = a.value.trim();
      if (rule === undefined || value === '') continue;
      checkValue(value, rule, prefix, issues, element, a.name);
    }
  }
  if (rules.text !== undefined) checkValue(element.text().trim(), rules.text, prefix, issues, element);
}
