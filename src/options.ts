import { FeedDocumentError } from './errors.js';

/** What a sanitize function is told about the HTML field it is given. */
export interface SanitizeContext {
  /**
   * The base URL in scope for this field: its xml:base (resolved against `baseUrl`), else the
   * `baseUrl` option; null when there is none. Relative URLs in the HTML resolve against it.
   */
  baseUrl: string | null;
}

/** A replacement for the built-in sanitizer: HTML in, safe HTML out. */
export type SanitizeFunction = (html: string, context: SanitizeContext) => string;

/** Options every parse function takes (see the README for defaults). */
export interface ParseOptions {
  /**
   * Default true: HTML fields go through the built-in allowlist; a function replaces it (see
   * createSanitizer to extend the allowlist); false keeps HTML as written. `atoma/core` has no
   * built-in sanitizer: there it must be false or a function.
   */
  sanitize?: boolean | SanitizeFunction;
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

/**
 * The settings of a parser that renders HTML fields, checked at its entry point: the `sanitize`
 * option must be false or a function by now (the `atoma` entry puts its built-in sanitizer in
 * place of true), so a call that asks for sanitizing where there is no sanitizer fails at once,
 * not at the first HTML field.
 */
export function sanitizingSettingsOf(options: unknown): ParseOptions {
  const settings = settingsOf(options);
  const { sanitize } = settings;
  if (sanitize !== false && typeof sanitize !== 'function') {
    throw new FeedDocumentError(
      'INVALID_OPTION',
      "No HTML sanitizer is bundled with atoma/core: pass sanitize: false to keep HTML as written, or a sanitize function (createSanitizer() from 'atoma', or your own)",
    );
  }
  return settings;
}

/** Whether a parse runs in strict mode: the `strict` option when it is a boolean, else the entry point's default. */
export function isStrict(settings: ParseOptions, byDefault: boolean): boolean {
  return typeof settings.strict === 'boolean' ? settings.strict : byDefault;
}
