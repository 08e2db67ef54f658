// Plain text keeps the word boundaries that block elements make: `<p>one</p><p>two</p>` reads
// "one two", not "onetwo". A space goes in front of every start or end tag of these elements.

/** Elements whose boundaries are word boundaries in plain text. */
export const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'hr', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'ul', 'ol', 'dl', 'table', 'caption', 'address',
  'aside', 'details', 'summary',
]);

const BLOCK_TAG = new RegExp(`<(?=/?(?:${[...TEXT_BLOCK_TAGS].join('|')})[\\s/>])`, 'gi');

/** `html` with a space in front of each block element's tag (wherever the pattern appears). */
export function spaceBeforeBlocks(html: string): string {
  return html.replace(BLOCK_TAG, ' <');
}
