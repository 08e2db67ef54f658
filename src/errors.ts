/** Every error atoma throws is one of these classes, each with a stable `code`. */
import type { DocumentErrorCode, FetchErrorCode, ParseErrorCode } from './codes.js';
import { escapeControls } from './xml/clip.js';

// `instanceof` by brand, not by prototype: a program that loads both the ESM and the CommonJS
// copy of atoma (one dependency imports it, another requires it) gets errors from either copy,
// and `error instanceof FeedXmlError` must hold whichever class it imported. Symbol.for gives
// both copies the same key; each instance lists the kinds it is.
const KINDS = Symbol.for('atoma.errorKinds');
const KIND = Symbol('atoma.errorKind');

type Branded = { [KIND]?: string };

function markKind(error: Error, kind: string): void {
  const own = Object.getOwnPropertyDescriptor(error, KINDS)?.value as string[] | undefined;
  if (own === undefined) Object.defineProperty(error, KINDS, { value: [kind], enumerable: false });
  else own.push(kind);
}

function hasKind(value: unknown, kind: string): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    const kinds: unknown = (value as Record<symbol, unknown>)[KINDS];
    return Array.isArray(kinds) && kinds.includes(kind);
  } catch {
    return false; // a Proxy whose trap throws is not an atoma error
  }
}

/** The brand check for atoma's own classes; a user's subclass keeps ordinary instanceof. */
function isInstance(constructor: Function, value: unknown): boolean {
  const kind = Object.prototype.hasOwnProperty.call(constructor, KIND) ? (constructor as Branded)[KIND] : undefined;
  if (kind === undefined) return Function.prototype[Symbol.hasInstance].call(constructor, value);
  return hasKind(value, kind);
}

/** Messages quote the document: control and bidi characters are shown escaped, never raw. */
function safeMessage(message: string): string {
  return escapeControls(message);
}

/** The input is not a supported document at all (or not readable as one). */
export class FeedDocumentError extends Error {
  static readonly [KIND]: string = 'FeedDocumentError';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isInstance(this, value);
  }
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message: string, options?: { cause?: unknown }) {
    super(safeMessage(message), options);
    this.name = 'FeedDocumentError';
    this.code = code;
    markKind(this, 'FeedDocumentError');
  }
}

/** The XML is not well-formed, is unsafe, or exceeds a limit. */
export class FeedXmlError extends FeedDocumentError {
  static override readonly [KIND]: string = 'FeedXmlError';
  readonly line?: number;
  readonly column?: number;
  constructor(code: DocumentErrorCode, message: string, position?: { line: number; column: number }) {
    super(code, position ? `${message} (line ${position.line}, column ${position.column})` : message);
    this.name = 'FeedXmlError';
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
    markKind(this, 'FeedXmlError');
  }
}

/** The input is not valid JSON. */
export class FeedJsonError extends FeedDocumentError {
  static override readonly [KIND]: string = 'FeedJsonError';
  constructor(code: DocumentErrorCode, message: string) {
    super(code, message);
    this.name = 'FeedJsonError';
    markKind(this, 'FeedJsonError');
  }
}

/** `fetchFeed` could not get the document: a bad URL, an HTTP error status, a timeout, too many redirects, too large. */
export class FeedFetchError extends FeedDocumentError {
  static override readonly [KIND]: string = 'FeedFetchError';
  declare readonly code: FetchErrorCode;
  /** The URL last requested (after redirects). */
  readonly url: string;
  /** The HTTP status, when a response arrived (FETCH_STATUS, FETCH_REDIRECTS, FETCH_TOO_LARGE). */
  readonly status: number | null;
  constructor(code: FetchErrorCode, message: string, details: { url: string; status?: number | null; cause?: unknown }) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FeedFetchError';
    this.url = details.url;
    this.status = details.status ?? null;
    markKind(this, 'FeedFetchError');
  }
}

/** The document is well-formed but not a valid feed of the requested kind. */
export class FeedParseError extends Error {
  static readonly [KIND]: string = 'FeedParseError';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isInstance(this, value);
  }
  readonly code: ParseErrorCode;
  constructor(code: ParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(safeMessage(message), options);
    this.name = 'FeedParseError';
    this.code = code;
    markKind(this, 'FeedParseError');
  }
}

export function isAtomaError(error: unknown): error is FeedDocumentError | FeedParseError {
  return error instanceof FeedDocumentError || error instanceof FeedParseError;
}
