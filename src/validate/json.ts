// JSON Feed 1.0 / 1.1 rules over the parsed JSON value. Paths are JavaScript-style, 0-based:
// `items[2].date_published`.
import type { ValidationCode } from '../codes.js';
import { FeedParseError } from '../errors.js';
import { parseJsonFeed } from '../json-feed/index.js';
import { isObject, own } from '../json-feed/fields.js';
import type { ParseOptions } from '../options.js';
import { checkRfc3339, checkUrl, quote } from './checks.js';
import { checkHtmlText } from './html.js';
import type { Issues } from './report.js';
import { isLanguageTag, isMimeType } from './values.js';

const VERSIONS = ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1'];

type Kind = 'string' | 'url' | 'date' | 'language' | 'html' | 'boolean' | 'number' | 'object' | 'array';

const FEED_FIELDS: Readonly<Record<string, Kind>> = {
  version: 'string', title: 'string', home_page_url: 'url', feed_url: 'url', description: 'string',
  user_comment: 'string', next_url: 'url', icon: 'url', favicon: 'url', author: 'object', authors: 'array',
  language: 'language', expired: 'boolean', hubs: 'array', items: 'array',
};
const ITEM_FIELDS: Readonly<Record<string, Kind>> = {
  id: 'string', url: 'url', external_url: 'url', title: 'string', content_html: 'html', content_text: 'string',
  summary: 'string', image: 'url', banner_image: 'url', date_published: 'date', date_modified: 'date',
  author: 'object', authors: 'array', tags: 'array', language: 'language', attachments: 'array',
};
const AUTHOR_FIELDS: Readonly<Record<string, Kind>> = { name: 'string', url: 'url', avatar: 'url' };
const ATTACHMENT_FIELDS: Readonly<Record<string, Kind>> = {
  url: 'url', mime_type: 'string', title: 'string', size_in_bytes: 'number', duration_in_seconds: 'number',
};
const HUB_FIELDS: Readonly<Record<string, Kind>> = { type: 'string', url: 'url' };

const EXPECTED: Readonly<Record<Kind, string>> = {
  string: 'a string', url: 'a string (a URL)', date: 'a string (an RFC 3339 date)', language: 'a string (a language tag)',
  html: 'a string (HTML)', boolean: 'true or false', number: 'a number', object: 'an object', array: 'an array',
};

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function typeMatches(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'boolean': return typeof value === 'boolean';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    default: return typeof value === 'string';
  }
}

/** Checks the fields of one object against their kinds; unknown keys without "_" get a warning. */
function checkFields(object: object, fields: Readonly<Record<string, Kind>>, path: string, issues: Issues): void {
  for (const key of Object.keys(object)) {
    const kind = Object.hasOwn(fields, key) ? fields[key]! : undefined;
    const where = join(path, key);
    if (kind === undefined) {
      if (!key.startsWith('_')) {
        issues.warning('JSON_UNKNOWN_FIELD', `"${where}" is not a JSON Feed field; extensions must start with "_"`, { path: where });
      }
      continue;
    }
    const value = own(object, key);
    if (value === undefined) continue; // null: the same as absent
    if (!typeMatches(value, kind)) {
      if (key === 'id' && typeof value === 'number') continue; // reported by the item rules
      issues.error('JSON_WRONG_TYPE', `"${where}" must be ${EXPECTED[kind]}`, { path: where });
      continue;
    }
    if (typeof value !== 'string') continue;
    if (kind === 'url') checkUrl(value.trim(), 'iri', `"${where}"`, issues, { path: where });
    else if (kind === 'date') checkRfc3339(value.trim(), `"${where}"`, issues, { path: where });
    else if (kind === 'html') checkHtmlText(value, issues, { path: where });
    else if (kind === 'language' && !isLanguageTag(value.trim())) {
      issues.error('LANGUAGE_INVALID', `"${where}" ${quote(value)} is not a language tag such as "en" or "en-US"`, { path: where });
    }
  }
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Each element of an array field that is an object, with its path; other elements are reported. */
function objectsOf(parent: object, key: string, path: string, issues: Issues): [object, string][] {
  const array = own(parent, key);
  if (!Array.isArray(array)) return [];
  const objects: [object, string][] = [];
  array.forEach((value: unknown, index) => {
    const where = `${join(path, key)}[${index}]`;
    if (isObject(value)) objects.push([value, where]);
    else issues.error('JSON_WRONG_TYPE', `"${where}" must be an object`, { path: where });
  });
  return objects;
}

function checkAuthors(parent: object, path: string, version11: boolean, issues: Issues): void {
  const single = own(parent, 'author');
  if (isObject(single)) {
    checkAuthor(single, join(path, 'author'), issues);
    if (version11) {
      issues.warning('JSON_DEPRECATED_FIELD', `"${join(path, 'author')}" is deprecated in JSON Feed 1.1: use "authors"`, { path: join(path, 'author') });
    }
  }
  for (const [author, where] of objectsOf(parent, 'authors', path, issues)) checkAuthor(author, where, issues);
}

function checkAuthor(author: object, path: string, issues: Issues): void {
  checkFields(author, AUTHOR_FIELDS, path, issues);
  if (!['name', 'url', 'avatar'].some((key) => nonEmptyString(own(author, key)))) {
    issues.error('JSON_AUTHOR_EMPTY', `"${path}" must have at least one of "name", "url" or "avatar"`, { path });
  }
}

function requireField(object: object, key: string, code: ValidationCode, path: string, what: string, issues: Issues): void {
  if (!nonEmptyString(own(object, key))) issues.error(code, `${what} has no "${key}"`, { path: join(path, key) });
}

export function checkJsonFeed(root: unknown, options: ParseOptions, issues: Issues): void {
  if (!isObject(root)) return; // validateFeed only calls this with an object
  checkFields(root, FEED_FIELDS, '', issues);
  const version = own(root, 'version');
  if (version === undefined || version === '') {
    issues.error('JSON_NO_VERSION', 'The feed has no "version": add "version": "https://jsonfeed.org/version/1.1"', { path: 'version' });
  } else if (typeof version === 'string' && !VERSIONS.includes(version.trim())) {
    issues.error('JSON_VERSION', `The version ${quote(version)} is not one of ${VERSIONS.join(', ')}`, { path: 'version' });
  }
  const version11 = typeof version === 'string' && version.trim().endsWith('/1.1');
  requireField(root, 'title', 'JSON_NO_TITLE', '', 'The feed', issues);
  if (own(root, 'items') === undefined) issues.error('JSON_NO_ITEMS', 'The feed has no "items" array (it may be empty: [])', { path: 'items' });
  checkAuthors(root, '', version11, issues);
  for (const [hub, where] of objectsOf(root, 'hubs', '', issues)) {
    checkFields(hub, HUB_FIELDS, where, issues);
    requireField(hub, 'type', 'JSON_MISSING_FIELD', where, `"${where}"`, issues);
    requireField(hub, 'url', 'JSON_MISSING_FIELD', where, `"${where}"`, issues);
  }

  const ids = new Map<string, string>();
  for (const [item, where] of objectsOf(root, 'items', '', issues)) checkItem(item, where, version11, ids, issues);
  checkWithMapper(root, options, issues);
}

function checkItem(item: object, path: string, version11: boolean, ids: Map<string, string>, issues: Issues): void {
  checkFields(item, ITEM_FIELDS, path, issues);
  const id = own(item, 'id');
  if (typeof id === 'number') {
    issues.warning('JSON_ID_NOT_STRING', `"${join(path, 'id')}" is a number; JSON Feed ids are strings`, { path: join(path, 'id') });
  }
  const idText = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
  if (id === undefined || (typeof id === 'string' && idText === '')) {
    issues.error('JSON_ITEM_NO_ID', `"${path}" has no "id"`, { path: join(path, 'id') });
  } else if (idText !== '') {
    const first = ids.get(idText);
    if (first === undefined) ids.set(idText, path);
    else issues.warning('JSON_DUPLICATE_ID', `"${path}" has the same id as "${first}" (${quote(idText)}); readers may show only one`, { path: join(path, 'id') });
  }
  if (!nonEmptyString(own(item, 'content_html')) && !nonEmptyString(own(item, 'content_text'))) {
    issues.error('JSON_ITEM_NO_CONTENT', `"${path}" must have "content_html" or "content_text"`, { path });
  }
  checkAuthors(item, path, version11, issues);
  for (const [attachment, where] of objectsOf(item, 'attachments', path, issues)) {
    checkFields(attachment, ATTACHMENT_FIELDS, where, issues);
    requireField(attachment, 'url', 'JSON_MISSING_FIELD', where, `"${where}"`, issues);
    requireField(attachment, 'mime_type', 'JSON_MISSING_FIELD', where, `"${where}"`, issues);
    const mime = own(attachment, 'mime_type');
    if (nonEmptyString(mime) && !isMimeType((mime as string).trim())) {
      issues.error('MIME_TYPE_INVALID', `"${join(where, 'mime_type')}" ${quote(mime as string)} is not a MIME type such as "audio/mpeg"`, { path: join(where, 'mime_type') });
    }
    for (const key of ['size_in_bytes', 'duration_in_seconds']) {
      const value = own(attachment, key);
      if (typeof value === 'number' && (value < 0 || (key === 'size_in_bytes' && !Number.isInteger(value)))) {
        issues.error('INTEGER_INVALID', `"${join(where, key)}" must be a non-negative ${key === 'size_in_bytes' ? 'whole number' : 'number'}`, { path: join(where, key) });
      }
    }
  }
  const tags = own(item, 'tags');
  if (Array.isArray(tags) && tags.some((tag: unknown) => typeof tag !== 'string')) {
    issues.error('JSON_WRONG_TYPE', `"${join(path, 'tags')}" must be an array of strings`, { path: join(path, 'tags') });
  }
}

/** The mapper is the lenient reader; whatever it rejects that the rules missed is still an error. */
function checkWithMapper(root: object, options: ParseOptions, issues: Issues): void {
  try {
    parseJsonFeed(root, { ...options, sanitize: false });
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    if (!issues.hasErrors) issues.error(error.code, error.message);
  }
}
