// Untrusted JSON text or bytes → a JSON value, within the size and nesting limits.
import { FeedJsonError } from '../errors.js';
import { utf8LengthExceeds } from '../xml/limits.js';

export interface JsonReadLimits {
  maxBytes: number;
  /** Nesting of arrays and objects. */
  maxDepth: number;
  /** Arrays and objects in one document. */
  maxElements: number;
}

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    // Not fatal: bytes invalid in the encoding become U+FFFD, as for XML documents.
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  return decoder.decode(bytes);
}

/**
 * JSON is UTF-8 (RFC 8259), but UTF-16 files exist: a BOM decides, else the zero byte
 * next to the first (ASCII) character does (RFC 4627 §3), else UTF-8.
 */
export function decodeJsonBytes(bytes: Uint8Array): string {
  const [b0, b1] = [bytes[0], bytes[1]];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (b0 === 0xff && b1 === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return decode(bytes, 'utf-16le');
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return decode(bytes, 'utf-16be');
  return decode(bytes, 'utf-8');
}

/** Bytes given as any typed-array view or ArrayBuffer (also from another realm); null otherwise. */
export function asBytes(input: unknown): Uint8Array | null {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') return new Uint8Array(input as ArrayBuffer);
  return null;
}

function tooLarge(maxBytes: number): FeedJsonError {
  return new FeedJsonError('LIMIT_BYTES', `The document is larger than maxBytes (${maxBytes} bytes)`);
}

/** Decodes a string or bytes to JSON text, enforcing maxBytes on the encoded size. */
export function readJsonText(input: string | Uint8Array, maxBytes: number): string {
  let text: string;
  if (typeof input === 'string') {
    if (utf8LengthExceeds(input, maxBytes)) throw tooLarge(maxBytes);
    text = input;
  } else {
    if (input.byteLength > maxBytes) throw tooLarge(maxBytes);
    text = decodeJsonBytes(input);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Index of the quote that closes a string whose content starts at `from`; -1 when none does. */
function closingQuote(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    // Escaped when an odd run of backslashes precedes it. Each backslash is counted for one quote at most.
    let backslashes = 0;
    for (let k = quote - 1; k >= from && text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/**
 * Throws LIMIT_DEPTH when arrays and objects nest deeper than maxDepth, LIMIT_ELEMENTS when
 * there are more than maxElements of them. JSON.parse spends seconds on a few megabytes of
 * tiny or deeply nested containers, so this linear pass runs first. Strings are skipped with
 * indexOf, far faster than a loop over every character.
 */
export function checkJsonStructure(text: string, limits: Pick<JsonReadLimits, 'maxDepth' | 'maxElements'>): void {
  const structure = /["[\]{}]/g;
  let depth = 0;
  let containers = 0;
  for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
    const c = text.charCodeAt(match.index);
    if (c === 0x22 /* " */) {
      const end = closingQuote(text, match.index + 1);
      if (end === -1) return; // unterminated: JSON.parse reports it
      structure.lastIndex = end + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limits.maxDepth) {
        throw new FeedJsonError('LIMIT_DEPTH', `Arrays and objects nest deeper than maxDepth (${limits.maxDepth})`);
      }
      if (++containers > limits.maxElements) {
        throw new FeedJsonError('LIMIT_ELEMENTS', `More than maxElements (${limits.maxElements}) arrays and objects`);
      }
    } else {
      depth--;
    }
  }
}

/** JSON text → value. Throws FeedJsonError (JSON_MALFORMED, LIMIT_DEPTH, LIMIT_ELEMENTS) only. */
export function parseJsonText(text: string, limits: Pick<JsonReadLimits, 'maxDepth' | 'maxElements'>): unknown {
  checkJsonStructure(text, limits);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedJsonError('JSON_MALFORMED', `Not valid JSON: ${reason}`);
  }
}

/** The first significant character is "{" or "[" (after a BOM, whitespace, or UTF-16 zero bytes). */
export function looksLikeJson(input: string | Uint8Array | ArrayBuffer): boolean {
  if (typeof input === 'string') return /^\ufeff?\s*[{[]/.test(input.slice(0, 1024));
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const end = Math.min(bytes.length, 1024);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x7b || b === 0x5b) return true;
    const skipped = b === 0 || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe));
    if (!skipped) return false;
  }
  return false;
}
