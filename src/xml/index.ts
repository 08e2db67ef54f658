// The XML room: untrusted input → a namespace-resolved element view. Nothing else parses XML.
import { FeedXmlError } from '../errors.js';
import type { FeedInput } from '../options.js';
import { decodeBytes, type DecodeOptions } from './decode.js';
import type { XmlElement } from './element.js';
import { limitsFrom, utf8LengthExceeds, type XmlLimits } from './limits.js';
import type { XmlFault } from './faults.js';
import { documentBase, positionOf, scanXml } from './scan.js';

export { XmlElement, XML_NS, XMLNS_NS, type XmlAttribute, type XmlNode } from './element.js';
export { innerHtml } from './serialize.js';
export { clip, escapeControls } from './clip.js';
export { decodeBytes } from './decode.js';
export { DEFAULT_LIMITS, limitsFrom, type XmlLimits } from './limits.js';
export { MAX_BASE_LENGTH } from './base.js';
export { FaultLog, MAX_FAULTS_PER_CODE, type XmlFault } from './faults.js';
export { LineIndex } from './lines.js';
export { encodingName, type DecodeOptions } from './decode.js';

export interface XmlReadOptions extends Partial<XmlLimits> {
  baseUrl?: string | undefined;
  /** Called as each element completes; returning true detaches it (see ScanOptions). */
  onElementEnd?: ((element: XmlElement) => boolean) | undefined;
  /**
   * Collect tolerated faults here (the validator does); omit for speed. At most
   * MAX_FAULTS_PER_CODE of each code are kept, then one fault of that code counts the rest.
   */
  faults?: XmlFault[] | undefined;
  /**
   * Lenient mode: recover from malformed structure the way a tree builder does (each recovery
   * recorded in `faults`) instead of throwing XML_MALFORMED, and read bytes that declare no
   * encoding and are not UTF-8 as windows-1252 (XML_ENCODING_FALLBACK, offset -1). No root
   * element, an unterminated DOCTYPE and every limit still throw.
   */
  recover?: boolean | undefined;
  /**
   * Lenient parsing: an encoding label no decoder knows is read as if undeclared (an
   * XML_ENCODING_UNKNOWN fault) instead of throwing XML_ENCODING. The validator leaves it off.
   */
  readUnknownEncoding?: boolean | undefined;
}

export interface XmlDocument {
  root: XmlElement;
  /** The decoded document text (positions refer to it). */
  text: string;
  /** The encoding the bytes were read in ('utf-8' for string input). */
  encoding: string;
  /** The encoding named in the XML declaration, if any. */
  declaredEncoding: string | null;
  /** True when some bytes were invalid in the encoding and became U+FFFD. */
  lossy: boolean;
  declaredEntities: ReadonlySet<string>;
}

/**
 * Decodes text from a string or bytes, enforcing maxBytes. With `recover`, bytes that declare no
 * encoding and are not UTF-8 are read as windows-1252 (an XML_ENCODING_FALLBACK fault).
 */
export function readText(input: FeedInput, maxBytes: number, options: DecodeOptions = {}) {
  if (typeof input === 'string') {
    if (utf8LengthExceeds(input, maxBytes)) throw tooLarge(maxBytes);
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { text, encoding: 'utf-8', declared: null, lossy: false };
  }
  const bytes = bytesOf(input);
  if (bytes === null) throw new FeedXmlError('INVALID_INPUT', 'Input must be a string, a Uint8Array or an ArrayBuffer');
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  return decodeBytes(bytes, options);
}

const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')!.get!;

/**
 * The input as a Uint8Array when it is one or an ArrayBuffer, else null. Only brand checks are
 * used: `instanceof` would run a Proxy's getPrototypeOf trap, which may throw anything.
 */
function bytesOf(input: unknown): Uint8Array | null {
  if (ArrayBuffer.isView(input)) {
    try {
      return input instanceof Uint8Array ? input : null;
    } catch {
      return null; // a prototype chain that throws
    }
  }
  try {
    arrayBufferByteLength.call(input);
  } catch {
    return null;
  }
  return new Uint8Array(input as ArrayBuffer);
}

function tooLarge(maxBytes: number): FeedXmlError {
  return new FeedXmlError('LIMIT_BYTES', `The document is larger than maxBytes (${maxBytes} bytes)`);
}

/** Parses untrusted XML into the element view. Throws FeedXmlError only. */
export function parseXml(input: FeedInput, options: XmlReadOptions | null = {}): XmlDocument {
  options ??= {};
  const limits = limitsFrom(options);
  const decoded = readText(input, limits.maxBytes, {
    recover: options.recover, faults: options.faults, readUnknownEncoding: options.readUnknownEncoding,
  });
  const { root, declaredEntities } = scanXml(decoded.text, {
    limits,
    baseUrl: documentBase(options.baseUrl),
    faults: options.faults ?? null,
    recover: options.recover === true,
    onElementEnd: options.onElementEnd ?? null,
  });
  return {
    root,
    text: decoded.text,
    encoding: decoded.encoding,
    declaredEncoding: decoded.declared,
    lossy: decoded.lossy,
    declaredEntities,
  };
}

export { positionOf };
