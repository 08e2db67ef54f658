// Defensive readers for one JSON object's fields. Only own data properties are read, so no
// getter runs and nothing inherited (a polluted Object.prototype, a `__proto__` key) leaks in.
import { FeedJsonError, FeedParseError } from '../errors.js';
import { tolerate, type Leniency } from '../warnings.js';

export type JsonObject = object;

/**
 * Where a field sits, for messages (`items[3].attachments[0]`), its code prefix (`ITEM_`), and
 * the parse's mode: a field of the wrong JSON type throws in strict mode; lenient mode records it
 * and reads the field as absent.
 */
export interface FieldScope {
  path: string;
  codePrefix: string;
  leniency: Leniency;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own data property `key`; undefined when absent or an accessor. JSON null reads as undefined. */
export function own(object: JsonObject, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined || !('value' in descriptor)) return undefined;
  return descriptor.value === null ? undefined : (descriptor.value as unknown);
}

/** The code for a field of the wrong JSON type: JSON_TYPE_ + prefix + the key in upper case. */
export function typeCode(scope: FieldScope, key: string): `JSON_TYPE_${string}` {
  return `JSON_TYPE_${scope.codePrefix}${key.toUpperCase()}`;
}

export function wrongType(scope: FieldScope, key: string, expected: string): FeedParseError {
  const where = scope.path === '' ? key : `${scope.path}.${key}`;
  return new FeedParseError(typeCode(scope, key), `"${where}" must be ${expected}`);
}

/** A value of the wrong JSON type: strict mode throws; lenient mode records it (`how` it was read) and reads on. */
export function mistyped(scope: FieldScope, key: string, expected: string, how = 'it is left out'): void {
  const error = wrongType(scope, key, expected);
  if (scope.leniency.strict) throw error;
  tolerate(scope.leniency, typeCode(scope, key), `${error.message}: ${how}`, -1);
}

/** A string field, trimmed; null when absent, null or blank. */
export function stringField(object: JsonObject, key: string, scope: FieldScope): string | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (typeof value !== 'string') {
    mistyped(scope, key, 'a string');
    return null;
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

const DECIMAL = /^\s*\d{1,15}(?:\.\d{1,15})?\s*$/;

/**
 * A number field that must be finite and non-negative: a negative number is null; another JSON
 * type throws (strict) or is left out (lenient), except a decimal written as a string, which
 * lenient mode reads as its number.
 */
export function quantityField(object: JsonObject, key: string, scope: FieldScope): number | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (typeof value !== 'number') {
    const decimal = typeof value === 'string' && DECIMAL.test(value);
    mistyped(scope, key, 'a number', decimal ? 'the string is read as its number' : 'it is left out');
    return decimal ? Number(value) : null;
  }
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export function booleanField(object: JsonObject, key: string, scope: FieldScope): boolean | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (typeof value !== 'boolean') {
    mistyped(scope, key, 'true or false');
    return null;
  }
  return value;
}

export function objectField(object: JsonObject, key: string, scope: FieldScope): JsonObject | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (!isObject(value)) {
    mistyped(scope, key, 'an object');
    return null;
  }
  return value;
}

/**
 * The elements of an array field ([] when absent or, in lenient mode, not an array); holes read as undefined. `maxLength` bounds
 * the work on an array handed in as an object, whose length no text size limits: more elements
 * than a JSON text of maxBytes could hold is LIMIT_BYTES.
 */
export function arrayField(object: JsonObject, key: string, scope: FieldScope, maxLength: number): unknown[] {
  const value = own(object, key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    mistyped(scope, key, 'an array');
    return [];
  }
  const length = own(value, 'length');
  if (typeof length !== 'number' || length > maxLength) {
    const where = scope.path === '' ? key : `${scope.path}.${key}`;
    throw new FeedJsonError('LIMIT_BYTES', `"${where}" has more elements than maxBytes allows (${maxLength})`);
  }
  const elements = new Array<unknown>(length);
  for (let i = 0; i < length; i++) elements[i] = own(value, String(i));
  return elements;
}

/**
 * The elements of an array field that are objects. Another element throws (strict) or is skipped
 * (lenient); each keeps its index, so messages point at the element in the document.
 */
export function objectElements(
  object: JsonObject, key: string, scope: FieldScope, maxLength: number,
): { value: JsonObject; index: number }[] {
  const objects: { value: JsonObject; index: number }[] = [];
  arrayField(object, key, scope, maxLength).forEach((value, index) => {
    if (isObject(value)) objects.push({ value, index });
    else mistyped(scope, key, 'an array of objects', `element ${index} is left out`);
  });
  return objects;
}
