// Hostile documents, generated in code, and the XML entry points every one of them goes through.
import {
  detectFormat, parseAtom, parseFeed, parseOpml, parseRss, validateFeed, type FeedInput, type ParseOptions,
} from '../../src/index.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Every public function that reads an XML document, by name. */
export const XML_ENTRY_POINTS: ReadonlyArray<readonly [string, (input: FeedInput, options?: ParseOptions) => unknown]> = [
  ['parseRss', parseRss],
  ['parseAtom', parseAtom],
  ['parseOpml', parseOpml],
  ['parseFeed', parseFeed],
  ['detectFormat', (input) => detectFormat(input)],
  ['validateFeed', validateFeed],
];

/**
 * The same string, flattened: a string built by concatenation is a tree of pieces until first
 * read, and its flattening would otherwise be charged to the measured call.
 */
export function flat(text: string): string {
  text.indexOf('\u0001');
  return text;
}

/** An RSS 2.0 document around the given channel content. */
export function rss(channel: string, prolog = ''): string {
  return flat(`${prolog}<rss version="2.0"><channel><title>t</title><link>https://example.com/</link>${channel}</channel></rss>`);
}

/** An Atom document around the given feed content. */
export function atom(body: string, prolog = '', rootAttributes = ''): string {
  return flat(`${prolog}<feed xmlns="${ATOM_NS}"${rootAttributes}><id>urn:x</id><title>t</title>${body}</feed>`);
}

/** `open` repeated `depth` times, then `inner`, then `close` repeated as many times. */
export function nested(open: string, close: string, depth: number, inner = 'x'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** The classic billion-laughs DOCTYPE: `levels` entities, each ten references to the one before. */
export function laughs(levels: number): string {
  let subset = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= levels; i++) subset += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<!DOCTYPE rss [${subset}]>`;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
