// Defensive readers for one JSON object's fields. Only own data properties are read, so no
// getter runs and nothing inherited (a polluted Object.prototype, a `__proto__` key) leaks in.
import { FeedJsonError, FeedParseError } from '../errors.js';

export type JsonObject = object;

/** Where a field sits, for messages (`items[3].attachments[0]`), and its code prefix (`ITEM_`). */
export interface FieldScope {
  path: string;
  codePrefix: string;
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

/** A string field, trimmed; null when absent, null or blank. */
export function stringField(object: JsonObject, key: string, scope: FieldScope): string | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (typeof value !== 'string') throw wrongType(scope, key, 'a string');
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A number field that must be finite and non-negative: another JSON type throws, a negative number is null. */
export function quantityField(object: JsonObject, key: string, scope: FieldScope): number | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (typeof value !== 'number') throw wrongType(scope, key, 'a number');
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export function booleanField(object: JsonObject, key: string, scope: FieldScope): boolean | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (typeof value !== 'boolean') throw wrongType(scope, key, 'true or false');
  return value;
}

export function objectField(object: JsonObject, key: string, scope: FieldScope): JsonObject | null {
  const value = own(object, key);
  if (value === undefined) return null;
  if (!isObject(value)) throw wrongType(scope, key, 'an object');
  return value;
}

/**
 * The elements of an array field ([] when absent); holes read as undefined. `maxLength` bounds
 * the work on an array handed in as an object, whose length no text size limits: more elements
 * than a JSON text of maxBytes could hold is LIMIT_BYTES.
 */
export function arrayField(object: JsonObject, key: string, scope: FieldScope, maxLength: number): unknown[] {
  const value = own(object, key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw wrongType(scope, key, 'an array');
  const length = own(value, 'length');
  if (typeof length !== 'number' || length > maxLength) {
    const where = scope.path === '' ? key : `${scope.path}.${key}`;
    throw new FeedJsonError('LIMIT_BYTES', `"${where}" has more elements than maxBytes allows (${maxLength})`);
  }
  const elements = new Array<unknown>(length);
  for (let i = 0; i < length; i++) elements[i] = own(value, String(i));
  return elements;
}
