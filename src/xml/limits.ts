// Bounds on what one document may cost. Defaults follow libxml2 (depth 256, 10 MB text nodes).
import { FeedDocumentError } from '../errors.js';

export interface XmlLimits {
  /** Size of the encoded input, in bytes (UTF-8 bytes for a string). */
  maxBytes: number;
  /** Element nesting depth. */
  maxDepth: number;
  /** Characters in one text node, CDATA section or attribute value. */
  maxTextLength: number;
  /** Attributes on one element. */
  maxAttributes: number;
  /** Elements in one document. */
  maxElements: number;
}

export const DEFAULT_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxBytes: 32 * 1024 * 1024,
  maxDepth: 256,
  maxTextLength: 10 * 1024 * 1024,
  maxAttributes: 1024,
  maxElements: 1_000_000,
});

/** The limits in force for one call: each given option must be a positive number. */
export function limitsFrom(options: Partial<XmlLimits> | null | undefined): XmlLimits {
  if (options === undefined || options === null) return DEFAULT_LIMITS;
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof XmlLimits)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value > 0)) {
      throw new FeedDocumentError('INVALID_OPTION', `Option ${key} must be a positive number`);
    }
    limits[key] = value;
  }
  return limits;
}

const CHUNK = 65536;
let encoder: InstanceType<typeof TextEncoder> | null = null;
let scratch: Uint8Array | null = null;

/** Whether the UTF-8 encoding of `text` is longer than `max` bytes; encodes natively, a chunk at a time. */
export function utf8LengthExceeds(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  encoder ??= new TextEncoder();
  scratch ??= new Uint8Array(3 * (CHUNK + 1));
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++; // keep a surrogate pair together
    bytes += encoder.encodeInto(text.slice(i, end), scratch).written;
    if (bytes > max) return true;
    i = end;
  }
  return false;
}
