// The HTML allowlist: the markup articles are written in, and nothing that runs, loads a document,
// submits, restyles the reader's page or names its elements. Everything else is dropped: a
// disallowed tag loses the tag and keeps its text, except the DROPPED_WITH_CONTENT ones.

/** Elements kept (with the attributes below); every other element is unwrapped. */
export const ALLOWED_TAGS: readonly string[] = [
  // text blocks and sections
  'p', 'br', 'hr', 'div', 'span', 'section', 'article', 'aside', 'header', 'footer', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'figure', 'figcaption',
  'details', 'summary',
  // lists
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // inline semantics
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  // tables
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // media
  'img', 'picture', 'source', 'audio', 'video', 'track',
];

/** Attributes kept per element ('*': on every allowed element). No id, class, style, name or on*. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href', 'hreflang', 'target', 'rel'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  source: ['src', 'srcset', 'sizes', 'type', 'media'],
  audio: ['src', 'controls', 'loop', 'muted', 'preload'],
  video: ['src', 'poster', 'controls', 'loop', 'muted', 'preload', 'playsinline', 'width', 'height'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  blockquote: ['cite'], q: ['cite'],
  del: ['cite', 'datetime'], ins: ['cite', 'datetime'],
  time: ['datetime'], data: ['value'],
  ol: ['start', 'reversed', 'type'], li: ['value'],
  details: ['open'],
  col: ['span'], colgroup: ['span'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'align', 'valign'],
  td: ['colspan', 'rowspan', 'headers', 'align', 'valign'],
  tr: ['align', 'valign'],
};

/** Attributes holding one URL: resolved against the base, then limited to the schemes below. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'poster', 'cite'];

/** Schemes a URL attribute may have (relative URLs are always fine). */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Media URLs load by themselves, so `mailto:` makes no sense there. */
export const MEDIA_SCHEMES: readonly string[] = ['http', 'https'];

/** The elements whose URLs are media URLs (limited to MEDIA_SCHEMES). */
export const MEDIA_TAGS: readonly string[] = ['img', 'source', 'audio', 'video', 'track'];

/**
 * Dropped together with everything inside them: code, style sheets, form controls, embedded
 * documents and foreign (SVG/MathML) content, whose text is not article text.
 */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script', 'style', 'template', 'textarea', 'select', 'option', 'xmp', 'title',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noembed', 'noframes',
  'svg', 'math',
];

/** Elements written as `<name />`: the void elements of the allowlist. */
export const SELF_CLOSING: readonly string[] = ['img', 'br', 'hr', 'wbr', 'col', 'source', 'track'];

/** Links that open a new window get this `rel`, so the opened page cannot reach back. */
export const NEW_WINDOW_REL = 'noopener noreferrer';
