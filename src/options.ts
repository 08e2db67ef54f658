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
}

export type FeedInput = string | Uint8Array | ArrayBuffer;
