// Bytes → text: BOM first, then the XML declaration's encoding, else UTF-8 (WHATWG labels).
// UTF-8 and UTF-16 use the platform's decoder; every other encoding uses @exodus/bytes, whose
// decoders follow the WHATWG Encoding Standard's index tables exactly (Node's ICU decoders do not:
// EUC-KR, Big5, GBK, EUC-JP and Shift_JIS differ, and windows-1252 on some releases). Its
// encoding-browser entry is those decoders everywhere but in a browser bundle, where it is the
// browser's own TextDecoder (an implementation of that standard) and spares 90 KB of tables.
import { normalizeEncoding, TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding-browser.js';
import { FeedXmlError } from '../errors.js';
import type { XmlFault } from './scan.js';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, lower case ('utf-8', 'windows-1252', 'euc-kr', …). */
  encoding: string;
  /** The encoding named by the XML declaration, as written (null when there is none). */
  declared: string | null;
  /** True when some bytes were not valid in that encoding and became U+FFFD. */
  lossy: boolean;
}

export interface DecodeOptions {
  /**
   * Lenient mode: bytes with no BOM and no declared encoding that are not valid UTF-8 are read
   * as windows-1252 (what such documents almost always are) instead of filled with U+FFFD.
   */
  recover?: boolean | undefined;
  /** Where that fallback is recorded (XML_ENCODING_FALLBACK, no position), and XML_ENCODING_UNKNOWN. */
  faults?: XmlFault[] | null | undefined;
  /**
   * Lenient parsing: an XML declaration naming an encoding no decoder knows (a DOS code page such
   * as 437 or 850, a misspelt label) is read as if it declared none (XML_ENCODING_UNKNOWN) instead
   * of throwing XML_ENCODING: the markup is ASCII in every such encoding, so the structure is read.
   */
  readUnknownEncoding?: boolean | undefined;
  /**
   * The encoding to read bytes with no BOM and no declared encoding in, such as an HTTP charset
   * (a WHATWG label); UTF-8 when absent, unknown, or a UTF-16 label without a BOM.
   */
  fallback?: string | undefined;
}

interface Decoder {
  decode(bytes: Uint8Array): string;
}

// Two decoders per encoding: a fatal one (throws on the first invalid sequence, so a clean
// document is decoded in one pass and known to be clean) and a replacing one.
const decoders = new Map<string, { fatal: Decoder; replacing: Decoder }>();

function decodersFor(encoding: string) {
  let pair = decoders.get(encoding);
  if (pair === undefined) {
    const Implementation = encoding === 'utf-8' || encoding.startsWith('utf-16') ? TextDecoder : WhatwgDecoder;
    try {
      pair = { fatal: new Implementation(encoding, { fatal: true }), replacing: new Implementation(encoding) };
    } catch {
      // A browser bundle uses the runtime's decoders; a runtime that is no browser may lack one.
      throw new FeedXmlError('XML_ENCODING', `This runtime has no decoder for the encoding "${encoding}"`);
    }
    decoders.set(encoding, pair);
  }
  return pair;
}

/** The WHATWG name (lower case) of an encoding label, or null when no decoder knows it. */
export function encodingName(label: string): string | null {
  const name = normalizeEncoding(label);
  // 'replacement' is WHATWG's name for labels that must never be decoded (ISO-2022-KR, HZ, …).
  return name === null || name === 'replacement' ? null : name;
}

/** Reads `encoding="…"` from an XML declaration at the start of ASCII-compatible bytes. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // <?xml
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f || bytes[2] !== 0x78) return null;
  const end = Math.min(bytes.length, 512);
  let head = '';
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    head += String.fromCharCode(b);
    if (b === 0x3e) break; // '>'
  }
  const match = /encoding\s*=\s*["']([A-Za-z0-9._:\-]{1,64})["']/.exec(head);
  return match ? match[1]! : null;
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** Decodes a document's bytes the way API.md's Inputs section describes. */
export function decodeBytes(input: Uint8Array | ArrayBuffer, options: DecodeOptions = {}): DecodedText {
  const bytes = toBytes(input);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3), null);
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2), null);
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2), null);
  // UTF-16 without a BOM: '<' followed or preceded by a zero byte.
  if (b0 === 0x3c && b1 === 0x00) return decodeAs('utf-16le', bytes, null);
  if (b0 === 0x00 && b1 === 0x3c) return decodeAs('utf-16be', bytes, null);

  const declared = declaredEncoding(bytes);
  if (declared === null) return decodeUndeclared(bytes, options);
  const name = encodingName(declared);
  if (name === null) {
    if (options.readUnknownEncoding !== true) {
      throw new FeedXmlError('XML_ENCODING', `Unknown encoding "${declared}" in the XML declaration`);
    }
    options.faults?.push({
      code: 'XML_ENCODING_UNKNOWN',
      message: `Unknown encoding "${declared}" in the XML declaration: read as if none were declared`,
      offset: 0,
    });
    return { ...decodeUndeclared(bytes, options), declared };
  }
  // A declaration of UTF-16 on bytes that are clearly ASCII-compatible is a mislabel: read UTF-8.
  return decodeAs(name.startsWith('utf-16') ? 'utf-8' : name, bytes, declared);
}

/**
 * No BOM, no declaration: the fallback encoding when one is given, else UTF-8, or in lenient mode windows-1252 when the bytes are not UTF-8 —
 * unless they are mostly UTF-8 with a few stray bytes, which windows-1252 would turn into mojibake.
 */
function decodeUndeclared(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const fallback = options.fallback === undefined ? null : encodingName(options.fallback);
  if (fallback !== null && fallback !== 'utf-8' && !fallback.startsWith('utf-16')) return decodeAs(fallback, bytes, null);
  const utf8 = decodersFor('utf-8');
  try {
    return { text: utf8.fatal.decode(bytes), encoding: 'utf-8', declared: null, lossy: false };
  } catch {
    if (options.recover !== true || mostlyUtf8(bytes)) {
      return { text: utf8.replacing.decode(bytes), encoding: 'utf-8', declared: null, lossy: true };
    }
  }
  options.faults?.push({
    code: 'XML_ENCODING_FALLBACK',
    message: 'The bytes are not valid UTF-8 and declare no encoding: read as windows-1252',
    offset: -1,
  });
  return decodeAs('windows-1252', bytes, null);
}

function decodeAs(encoding: string, bytes: Uint8Array, declared: string | null): DecodedText {
  const { fatal, replacing } = decodersFor(encoding);
  try {
    return { text: fatal.decode(bytes), encoding, declared, lossy: false };
  } catch {
    return { text: replacing.decode(bytes), encoding, declared, lossy: true };
  }
}

/** Whether well-formed UTF-8 multi-byte sequences outnumber the bytes that are not UTF-8. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += length;
    }
  }
  return valid > invalid;
}

/** The length of the well-formed UTF-8 sequence at `i` (lead byte ≥ 0x80), or 0 (Unicode Table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const c1 = bytes[i + 1] ?? 0;
  if (b >= 0xc2 && b <= 0xdf) return isContinuation(c1) ? 2 : 0;
  let low = 0x80;
  let high = 0xbf;
  if (b === 0xe0) low = 0xa0;
  else if (b === 0xed) high = 0x9f;
  else if (b === 0xf0) low = 0x90;
  else if (b === 0xf4) high = 0x8f;
  if (b >= 0xe0 && b <= 0xef) return c1 >= low && c1 <= high && isContinuation(bytes[i + 2] ?? 0) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) {
    return c1 >= low && c1 <= high && isContinuation(bytes[i + 2] ?? 0) && isContinuation(bytes[i + 3] ?? 0) ? 4 : 0;
  }
  return 0;
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}
