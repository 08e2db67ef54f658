// Plain text keeps the word boundaries that block elements make: `<p>one</p><p>two</p>` reads
// "one two", not "onetwo". A space goes where the parser opens or closes one of these elements.

/** Elements whose boundaries are word boundaries in plain text. */
export const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'hr', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'ul', 'ol', 'dl', 'table', 'caption', 'address',
  'aside', 'details', 'summary',
]);

