// The HTML service's nesting limit, in a module of its own: the fast path (which atoma/core
// bundles for plain text) reads it without loading the preparing pass and htmlparser2 with it.

/** Deepest element nesting passed to the parser; deeper tags are removed (text kept). */
export const MAX_HTML_DEPTH = 256;
