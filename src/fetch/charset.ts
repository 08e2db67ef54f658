// The Content-Type's charset, and when it decides how a document's bytes are read.
//
// Precedence: a BOM, then the XML declaration's encoding, then the header's charset, then UTF-8.
// The document's own statement wins because it travels with the bytes, while a header charset
// is often a server-wide default (text/xml; charset=ISO-8859-1 on a UTF-8 feed). JSON is UTF-8
// (RFC 8259), so a header charset is not applied to it.
import { decodeBytes } from '../xml/index.js';

/** The charset parameter of a Content-Type header value, unquoted; null when there is none. */
export function charsetOf(contentType: string | null): string | null {
  if (contentType === null) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const charset = (match?.[1] ?? match?.[2] ?? '').trim();
  return charset === '' ? null : charset;
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  }
  return undefined;
}

/** The bytes as the parser should get them: decoded text when only the header names their encoding. */
export function withHeaderCharset(bytes: Uint8Array, contentType: string | null): Uint8Array | string {
  const charset = charsetOf(contentType);
  if (charset === null || firstNonSpace(bytes) !== 0x3c) return bytes; // not XML: BOMs and JSON decide themselves
  const decoded = decodeBytes(bytes, { fallback: charset });
  return decoded.declared === null && decoded.encoding !== 'utf-8' ? decoded.text : bytes;
}
