// The options of createSanitizer, read once and checked: names that would let a feed run code,
// load a document, take input or slip past the URL policy are refused with INVALID_OPTION.
import { FeedDocumentError } from '../errors.js';
import type { SanitizerOptions } from './custom-sanitizer.js';
import { DROPPED_WITH_CONTENT } from './policy.js';

/** Elements that run code, load documents, submit, restyle or name the page: never added. */
const REFUSED_TAGS: ReadonlySet<string> = new Set([
  ...DROPPED_WITH_CONTENT,
  'form', 'input', 'button', 'base', 'link', 'meta', 'noscript', 'plaintext', 'html', 'head', 'body', 'param',
  'portal', 'fencedframe', 'frame', 'isindex', 'keygen', 'dialog', 'marquee', 'bgsound', 'map', 'area',
]);

/**
 * Attributes never added: styles, names the page's scripts could collide with, and URL
 * attributes outside the URL policy (only href, src, poster, cite and srcset are resolved and
 * held to the allowed schemes). Event handlers (`on…`) are refused by pattern.
 */
const REFUSED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'style', 'srcdoc', 'id', 'name', 'form', 'is', 'slot', 'action', 'formaction', 'xlink:href', 'background',
  'dynsrc', 'lowsrc', 'ping', 'longdesc', 'usemap', 'data', 'codebase', 'classid', 'archive', 'manifest',
  'profile', 'xmlns', 'http-equiv', 'contenteditable', 'autofocus', 'popover', 'popovertarget', 'sandbox', 'download',
]);

const TAG_NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/;
const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** The options as checked, lower-cased names. */
export interface CheckedSanitizerOptions {
  iframeHosts: ReadonlySet<string>;
  extraTags: string[];
  /** Attribute names by element name, `'*'` for every kept element. */
  extraAttributes: Map<string, string[]>;
}

/** `options` read once and checked; anything unreadable, malformed or refused is INVALID_OPTION. */
export function checkedSanitizerOptions(options: SanitizerOptions | undefined): CheckedSanitizerOptions {
  const settings = readOptions(options);
  const extraAttributes = new Map<string, string[]>();
  for (const [tag, names] of settings.extraAttributes) {
    extraAttributes.set(tag === '*' ? '*' : tagName(tag), names.map(attributeName));
  }
  return {
    iframeHosts: new Set(settings.iframeHosts.map(hostName)),
    extraTags: settings.extraTags.map(tagName),
    extraAttributes,
  };
}

interface ReadOptions {
  iframeHosts: unknown[];
  extraTags: unknown[];
  extraAttributes: [string, unknown[]][];
}

/** The options read once, as plain arrays; anything unreadable or of the wrong shape is INVALID_OPTION. */
function readOptions(options: unknown): ReadOptions {
  if (options === undefined || options === null) return { iframeHosts: [], extraTags: [], extraAttributes: [] };
  try {
    if (typeof options !== 'object') throw invalid('createSanitizer takes an options object');
    const { iframeHosts, extraTags, extraAttributes } = options as Record<string, unknown>;
    const attributes: [string, unknown[]][] = [];
    if (extraAttributes !== undefined) {
      if (typeof extraAttributes !== 'object' || extraAttributes === null || Array.isArray(extraAttributes)) {
        throw invalid('extraAttributes must be an object of attribute lists by element name');
      }
      for (const [tag, names] of Object.entries(extraAttributes)) attributes.push([tag, listOf(names, `extraAttributes.${tag}`)]);
    }
    return { iframeHosts: listOf(iframeHosts, 'iframeHosts'), extraTags: listOf(extraTags, 'extraTags'), extraAttributes: attributes };
  } catch (error) {
    if (error instanceof FeedDocumentError) throw error;
    throw invalid('The createSanitizer options cannot be read');
  }
}

function listOf(value: unknown, what: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(`${what} must be an array of names`);
  return [...(value as unknown[])];
}

function tagName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!TAG_NAME.test(name)) throw invalid(`${shown(value)} is not an element name`);
  if (name === 'iframe') throw invalid('iframes are allowed by host, with a fixed set of attributes: use iframeHosts');
  if (REFUSED_TAGS.has(name)) throw invalid(`<${name}> cannot be allowed: it runs code, loads a document or takes input`);
  return name;
}

function attributeName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!ATTRIBUTE_NAME.test(name)) throw invalid(`${shown(value)} is not an attribute name`);
  if (name.startsWith('on') || REFUSED_ATTRIBUTES.has(name)) throw invalid(`The ${name} attribute cannot be allowed`);
  return name;
}

function hostName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (name.length > 253 || !HOST_NAME.test(name)) throw invalid(`${shown(value)} is not a host name (write it as 'www.youtube.com')`);
  return name;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 64)) : typeof value;
}

function invalid(message: string): FeedDocumentError {
  return new FeedDocumentError('INVALID_OPTION', message);
}
