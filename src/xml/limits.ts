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

/** UTF-8 length of a string, stopping early once it is known to exceed `max`. */
export function utf8LengthExceeds(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
    if (bytes > max) return true;
  }
  return false;
}
