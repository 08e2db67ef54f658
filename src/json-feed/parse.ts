// JSON Feed 1.0 and 1.1: text, bytes or an already-parsed object → JsonFeed.
import { parseDate } from '../dates/index.js';
import { FeedJsonError, FeedParseError, isAtomaError } from '../errors.js';
import { renderHtml, resolveUrl } from '../html/core.js';
import { isStrict, sanitizingSettingsOf, type ParseOptions } from '../options.js';
import { leniencyOf, tolerate, warningsOfParse, type Leniency } from '../warnings.js';
import { limitsFrom } from '../xml/limits.js';
import {
  arrayField, booleanField, isObject, mistyped, objectElements, objectField, own, quantityField, stringField,
  wrongType, type FieldScope, type JsonObject,
} from './fields.js';
import type { JsonFeed, JsonFeedAttachment, JsonFeedAuthor, JsonFeedItem } from './model.js';
import { asBytes, parseJsonText, readJsonText } from './read.js';

// https://jsonfeed.org/version/1, /version/1.1 and later versions of the same URL.
const VERSION_URL = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/\d+(?:\.\d+)*\/?$/i;

/** Whether `value` is a JSON Feed `version` (the jsonfeed.org version URL). */
export function isJsonFeedVersion(value: unknown): boolean {
  return typeof value === 'string' && VERSION_URL.test(value.trim());
}

/** Everything one call needs while mapping fields. */
interface Context {
  options: ParseOptions;
  /** The document's URL: options.baseUrl, else the feed's absolute feed_url. */
  base: string | null;
  defaultTimeZone: string;
  /** Most elements any array may have (what a JSON text of maxBytes could hold). */
  maxElements: number;
  leniency: Leniency;
}

/**
 * Parses a JSON Feed. Throws FeedJsonError (not JSON, or over a limit) and FeedParseError
 * (JSON, but not a valid JSON Feed) only — also when an object handed in cannot be read.
 */
export function parseJsonFeed(input: string | Uint8Array | ArrayBuffer | object, options?: ParseOptions | null): JsonFeed {
  const settings = sanitizingSettingsOf(options);
  const leniency = leniencyOf(isStrict(settings, true));
  try {
    const limits = limitsFrom(settings);
    const feed = feedOf(rootOf(input, limits), settings, Math.floor(limits.maxBytes / 2), leniency);
    // JSON has no positions the reader keeps: the warnings name the field in their message instead.
    feed.warnings = warningsOfParse(leniency, '');
    return feed;
  } catch (error) {
    if (isAtomaError(error)) throw error;
    // A getter, proxy trap or custom sanitize function threw: still one of the library's errors.
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedParseError('JSON_UNREADABLE', `The feed could not be read: ${reason}`);
  }
}

/** The JSON value of a string, bytes or an already-parsed object. */
function rootOf(input: unknown, limits: ReturnType<typeof limitsFrom>): unknown {
  if (typeof input === 'string') return parseJsonText(readJsonText(input, limits.maxBytes), limits);
  const bytes = asBytes(input);
  if (bytes !== null) return parseJsonText(readJsonText(bytes, limits.maxBytes), limits);
  if (typeof input === 'object' && input !== null) return input;
  throw new FeedJsonError('INVALID_INPUT', 'Input must be a string, bytes or a parsed JSON object');
}

function feedOf(root: unknown, options: ParseOptions, maxElements: number, leniency: Leniency): JsonFeed {
  if (!isObject(root)) throw new FeedParseError('JSON_NOT_OBJECT', 'A JSON Feed is a JSON object');
  const feedScope: FieldScope = { path: '', codePrefix: '', leniency };
  const version = versionOf(root, feedScope);
  const given = own(root, 'title');
  let title = '';
  if (given === undefined) {
    if (leniency.strict) throw new FeedParseError('JSON_NO_TITLE', 'The feed has no "title"');
    tolerate(leniency, 'JSON_NO_TITLE', 'The feed has no "title": it is read as ""', -1);
  } else if (typeof given !== 'string') {
    mistyped(feedScope, 'title', 'a string', 'it is read as ""');
  } else {
    title = given;
  }

  const baseUrl = options.baseUrl ?? null;
  const feedUrl = urlField(root, 'feed_url', feedScope, baseUrl);
  const context: Context = {
    options,
    base: baseUrl ?? (feedUrl !== null && /^https?:/i.test(feedUrl) ? feedUrl : null),
    defaultTimeZone: options.defaultTimeZone ?? 'UTC',
    maxElements,
    leniency,
  };
  const authors = authorsOf(root, feedScope, context);
  const items = objectElements(root, 'items', feedScope, maxElements).map(({ value, index }) => itemOf(value, index, context));
  return {
    version,
    title: title.trim(),
    homePageUrl: urlField(root, 'home_page_url', feedScope, context.base),
    feedUrl,
    description: stringField(root, 'description', feedScope),
    userComment: stringField(root, 'user_comment', feedScope),
    nextUrl: urlField(root, 'next_url', feedScope, context.base),
    icon: urlField(root, 'icon', feedScope, context.base),
    favicon: urlField(root, 'favicon', feedScope, context.base),
    author: authors[0] ?? null,
    authors,
    language: stringField(root, 'language', feedScope),
    expired: booleanField(root, 'expired', feedScope) ?? false,
    items,
    warnings: [],
  };
}

/** The version URL: it makes the object a JSON Feed, so even lenient mode needs one (of any URL). */
function versionOf(root: JsonObject, scope: FieldScope): string {
  const { leniency } = scope;
  const version = own(root, 'version');
  if (version === undefined) throw new FeedParseError('JSON_NO_VERSION', 'The object has no JSON Feed "version"');
  if (typeof version !== 'string') throw wrongType(scope, 'version', 'a string');
  const trimmed = version.trim();
  if (trimmed === '') throw new FeedParseError('JSON_NO_VERSION', 'The object has no JSON Feed "version"');
  if (!VERSION_URL.test(trimmed)) {
    const message = `"${trimmed.slice(0, 100)}" is not a JSON Feed version URL`;
    if (leniency.strict) throw new FeedParseError('JSON_VERSION', message);
    tolerate(leniency, 'JSON_VERSION', `${message}: the feed is read as JSON Feed 1.1`, -1);
  }
  return trimmed;
}

function itemOf(item: JsonObject, index: number, context: Context): JsonFeedItem {
  const scope: FieldScope = { path: `items[${index}]`, codePrefix: 'ITEM_', leniency: context.leniency };
  const authors = authorsOf(item, scope, context);
  const url = urlField(item, 'url', scope, context.base);
  const html = stringField(item, 'content_html', scope);
  // The HTML was written for the item's page, so its relative links resolve against that page.
  const htmlBase = url !== null && /^https?:/i.test(url) ? url : context.base;
  return {
    id: itemIdOf(item, scope, url),
    url,
    externalUrl: urlField(item, 'external_url', scope, context.base),
    title: stringField(item, 'title', scope),
    contentHtml: html === null ? null : renderHtml(html, context.options, htmlBase),
    contentText: stringField(item, 'content_text', scope),
    summary: stringField(item, 'summary', scope),
    image: urlField(item, 'image', scope, context.base),
    bannerImage: urlField(item, 'banner_image', scope, context.base),
    datePublished: dateField(item, 'date_published', scope, context),
    dateModified: dateField(item, 'date_modified', scope, context),
    author: authors[0] ?? null,
    authors,
    language: stringField(item, 'language', scope),
    tags: tagsOf(item, scope, context),
    attachments: attachmentsOf(item, scope, context),
  };
}

/** The item id as a string. JSON Feed 1.0 allows a number; readers are to convert it. */
function itemIdOf(item: JsonObject, scope: FieldScope, url: string | null): string {
  const { leniency } = scope;
  const id = own(item, 'id');
  let text = typeof id === 'number' && Number.isFinite(id) ? String(id) : typeof id === 'string' ? id.trim() : undefined;
  if (text === undefined && id !== undefined) {
    mistyped(scope, 'id', 'a string or a number', 'the item is read as having none');
    text = '';
  }
  if (text === undefined || text === '') {
    if (leniency.strict) throw new FeedParseError('JSON_ITEM_NO_ID', `"${scope.path}" has no "id"`);
    // Lenient: the item's url stands in, else '' (parseFeed's Article.id then falls back to a digest).
    tolerate(leniency, 'JSON_ITEM_NO_ID', `"${scope.path}" has no "id": its url stands in`, -1);
    return url ?? '';
  }
  return text;
}

function urlField(object: JsonObject, key: string, scope: FieldScope, base: string | null): string | null {
  const url = stringField(object, key, scope);
  return url === null ? null : resolveUrl(url, base);
}

function dateField(object: JsonObject, key: string, scope: FieldScope, context: Context): Date | null {
  const text = stringField(object, key, scope);
  return text === null ? null : parseDate(text, { defaultTimeZone: context.defaultTimeZone });
}

/** 1.1 `authors`, else 1.0 `author`. An author with no name, url or avatar is left out. */
function authorsOf(object: JsonObject, scope: FieldScope, context: Context): JsonFeedAuthor[] {
  const authors: JsonFeedAuthor[] = [];
  objectElements(object, 'authors', scope, context.maxElements).forEach(({ value, index }) => {
    const author = authorOf(value, `${scope.path === '' ? '' : `${scope.path}.`}authors[${index}]`, context);
    if (author !== null) authors.push(author);
  });
  const single = objectField(object, 'author', scope);
  const author = single === null ? null : authorOf(single, `${scope.path === '' ? '' : `${scope.path}.`}author`, context);
  if (authors.length === 0 && author !== null) authors.push(author);
  return authors;
}

function authorOf(object: JsonObject, path: string, context: Context): JsonFeedAuthor | null {
  const scope: FieldScope = { path, codePrefix: 'AUTHOR_', leniency: context.leniency };
  const name = stringField(object, 'name', scope);
  const url = urlField(object, 'url', scope, context.base);
  const avatar = urlField(object, 'avatar', scope, context.base);
  return name === null && url === null && avatar === null ? null : { name, url, avatar };
}

/** Tags that are strings; other values are skipped, as Atoma does. */
function tagsOf(item: JsonObject, scope: FieldScope, context: Context): string[] {
  const tags: string[] = [];
  for (const tag of arrayField(item, 'tags', scope, context.maxElements)) {
    if (typeof tag !== 'string') continue;
    const trimmed = tag.trim();
    if (trimmed !== '') tags.push(trimmed);
  }
  return tags;
}

/** Attachments with a usable URL; one without (or with an unsafe one) is left out. */
function attachmentsOf(item: JsonObject, itemScope: FieldScope, context: Context): JsonFeedAttachment[] {
  const attachments: JsonFeedAttachment[] = [];
  objectElements(item, 'attachments', itemScope, context.maxElements).forEach(({ value, index }) => {
    const scope: FieldScope = {
      path: `${itemScope.path}.attachments[${index}]`, codePrefix: 'ATTACHMENT_', leniency: context.leniency,
    };
    const url = urlField(value, 'url', scope, context.base);
    const attachment: JsonFeedAttachment = {
      url: url ?? '',
      mimeType: stringField(value, 'mime_type', scope),
      title: stringField(value, 'title', scope),
      sizeInBytes: quantityField(value, 'size_in_bytes', scope),
      durationInSeconds: quantityField(value, 'duration_in_seconds', scope),
    };
    if (url !== null) attachments.push(attachment);
  });
  return attachments;
}
