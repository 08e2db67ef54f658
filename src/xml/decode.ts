// Bytes → text: BOM first, then the XML declaration's encoding, else UTF-8 (WHATWG labels).
import { FeedXmlError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used ('utf-8', 'windows-1252', …). */
  encoding: string;
  /** The encoding named by the XML declaration, as written (null when there is none). */
  declared: string | null;
  /** True when some bytes were not valid in that encoding and became U+FFFD. */
  lossy: boolean;
}

// WHATWG windows-1252 for bytes 0x80–0x9F (ISO-8859-1 and US-ASCII labels mean this too).
// Some Node releases decode these bytes as C1 controls, so the table is applied here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder>();

function decoderFor(label: string): Decoder | null {
  const key = label.toLowerCase();
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key);
    } catch {
      return null;
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return text;
}

/** Reads `encoding="…"` from an XML declaration at the start of ASCII-compatible bytes. */
function declaredEncoding(bytes: Uint8Array, start: number): string | null {
  // <?xml
  if (bytes[start] !== 0x3c || bytes[start + 1] !== 0x3f || bytes[start + 2] !== 0x78) return null;
  const end = Math.min(bytes.length, start + 512);
  let head = '';
  for (let i = start; i < end; i++) {
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

function hasReplacement(text: string): boolean {
  return text.indexOf('\uFFFD') !== -1;
}

/**
 * Decodes a document's bytes: BOM, then the XML declaration's encoding, else `fallback` (a WHATWG
 * label, such as an HTTP charset; UTF-8 when absent, unknown or a UTF-16 label without a BOM).
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, fallback?: string): DecodedText {
  const bytes = toBytes(input);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3), null);
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2), null);
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2), null);
  // UTF-16 without a BOM: '<' followed or preceded by a zero byte.
  if (b0 === 0x3c && b1 === 0x00) return decodeAs('utf-16le', bytes, null);
  if (b0 === 0x00 && b1 === 0x3c) return decodeAs('utf-16be', bytes, null);

  const declared = declaredEncoding(bytes, 0);
  if (declared === null) return decodeAs(fallbackEncoding(fallback), bytes, null);
  const decoder = decoderFor(declared);
  if (decoder === null) {
    throw new FeedXmlError('XML_ENCODING', `Unknown encoding "${declared}" in the XML declaration`);
  }
  // A declaration of UTF-16 on bytes that are clearly ASCII-compatible is a mislabel: read UTF-8.
  const encoding = decoder.encoding.startsWith('utf-16') ? 'utf-8' : decoder.encoding;
  return decodeAs(encoding, bytes, declared);
}

function fallbackEncoding(label: string | undefined): string {
  const encoding = label === undefined ? undefined : decoderFor(label)?.encoding;
  return encoding === undefined || encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

function decodeAs(encoding: string, bytes: Uint8Array, declared: string | null): DecodedText {
  let text: string;
  if (encoding === 'windows-1252') {
    text = decodeWindows1252(bytes);
  } else {
    const decoder = decoderFor(encoding);
    if (decoder === null) throw new FeedXmlError('XML_ENCODING', `Unsupported encoding "${encoding}"`);
    text = decoder.decode(bytes);
  }
  return { text, encoding, declared, lossy: encoding !== 'windows-1252' && hasReplacement(text) && !sourceHasReplacement(encoding, bytes) };
}

/** Whether U+FFFD was already in the bytes (UTF-8 EF BF BD), so its presence is not a decoding loss. */
function sourceHasReplacement(encoding: string, bytes: Uint8Array): boolean {
  if (encoding !== 'utf-8') return false;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}
