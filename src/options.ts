import { FeedDocumentError } from './errors.js';

/** Options every parse function takes (see the README for defaults). */
export interface ParseOptions {
  /** Default true: HTML fields go through the built-in allowlist; a function replaces it; false keeps HTML as written. */
  sanitize?: boolean | ((html: string) => string);
  /** The document's URL; relative URLs resolve against it (and against xml:base). */
  baseUrl?: string;
  /** IANA zone for date-times that carry no zone; default 'UTC'. */
  defaultTimeZone?: string;
  /** Input size limit in bytes of the encoded input. */
  maxBytes?: number;
  /** Element nesting limit. */
  maxDepth?: number;
  /** Characters in one text node, CDATA section or attribute value (XML formats). */
  maxTextLength?: number;
  /** Attributes on one element (XML formats). */
  maxAttributes?: number;
  /** Elements in one document (attributes count against it too); in JSON, arrays and objects. */
  maxElements?: number;
  /**
   * Strict (true) throws on every fault Atoma rejects; lenient (false) reads past recoverable faults
   * and lists them in the result's `warnings`. Default true, except for parseFeed.
   */
  strict?: boolean;
}

export type FeedInput = string | Uint8Array | ArrayBuffer;

const OPTION_NAMES = [
  'sanitize', 'baseUrl', 'defaultTimeZone', 'maxBytes', 'maxDepth', 'maxTextLength', 'maxAttributes', 'maxElements', 'strict',
] as const;
const NO_OPTIONS: ParseOptions = Object.freeze({});

/**
 * The options as a plain object, read once at the entry point: a getter or proxy trap of the
 * caller's that throws becomes INVALID_OPTION here instead of a foreign error deep inside.
 * Anything but an object (null from JavaScript, a number) means no options.
 */
export function settingsOf(options: unknown): ParseOptions {
  if (options === undefined || options === null || (typeof options !== 'object' && typeof options !== 'function')) return NO_OPTIONS;
  const settings: Record<string, unknown> = {};
  try {
    for (const name of OPTION_NAMES) {
      const value: unknown = (options as Record<string, unknown>)[name];
      if (value !== undefined) settings[name] = value;
    }
  } catch {
    throw new FeedDocumentError('INVALID_OPTION', 'The options object cannot be read');
  }
  return settings as ParseOptions;
}

/** Whether a parse runs in strict mode: the `strict` option when it is a boolean, else the entry point's default. */
export function isStrict(settings: ParseOptions, byDefault: boolean): boolean {
  return typeof settings.strict === 'boolean' ? settings.strict : byDefault;
}
