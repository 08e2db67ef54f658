// The inputs every contender is given, as strings already in memory.
//   generated: { id, format, n, newest, xml, json, html, bytes }  (see bench/feeds.mjs)
//   fixture:   { id, format, xml | json, bytes }          (the project's fixtures/ folder)
import { readdirSync, readFileSync } from 'node:fs';
import { atomFeed, contentHtml, jsonFeed, MEDIA_EXTENSION, PODCAST_EXTENSION, rssFeed, rssItemsForBytes, summaryHtml } from './feeds.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const FORMAT_OF_FOLDER = { rss: 'rss', atom: 'atom', json: 'json', opml: 'opml' };

export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

/** The HTML fields of items newest..newest-n+1 (what a sanitizer would be handed). */
function htmlFields(n, newest) {
  const fields = [];
  for (let k = 0; k < n; k++) fields.push(summaryHtml(newest - k), contentHtml(newest - k));
  return fields;
}

/** A generated input of `n` items in `format` ('rss' | 'atom'); `newest` shifts the window (re-poll). */
export function generatedInput(format, n, newest = n) {
  const xml = format === 'rss' ? rssFeed(n, newest) : atomFeed(n, newest);
  const json = jsonFeed(n, newest);
  const html = htmlFields(n, newest);
  return {
    id: `${format}-${n}`, format, n, newest, xml, json, html,
    bytes: { xml: utf8Bytes(xml), json: utf8Bytes(json), html: html.reduce((sum, h) => sum + utf8Bytes(h), 0) },
  };
}

/** RSS feeds rich in namespaces: the same items as the plain RSS input, with these extensions. */
export const NAMESPACE_KINDS = Object.freeze({
  podcast: { label: 'RSS 2.0 podcast (iTunes, Podcasting 2.0)', extension: PODCAST_EXTENSION },
  media: { label: 'RSS 2.0 with Media RSS', extension: MEDIA_EXTENSION },
});

/**
 * A generated namespace-rich RSS input of `n` items (see NAMESPACE_KINDS). Its format is RSS, so
 * every RSS contender reads it; no HTML of its own is given to the sanitizer-alone rows.
 */
export function namespaceInput(kind, n) {
  const xml = rssFeed(n, n, NAMESPACE_KINDS[kind].extension);
  const json = jsonFeed(n, n);
  return { id: `${kind}-${n}`, format: 'rss', kind, n, newest: n, xml, json, bytes: { xml: utf8Bytes(xml), json: utf8Bytes(json) } };
}

/** A generated RSS input of about `bytes` UTF-8 bytes. */
export function rssItemsForBytesInput(bytes) {
  return generatedInput('rss', rssItemsForBytes(bytes));
}

/** Text of a fixture as a peer would be handed it: decoded by its BOM, else its declared encoding, else UTF-8. */
export function decodeFixture(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without a BOM: an ASCII first character next to a zero byte (how JSON is detected).
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return new TextDecoder('utf-16le').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Every fixture under fixtures/<format>/, sorted by format then name. */
export function fixtureInputs() {
  const inputs = [];
  for (const folder of Object.keys(FORMAT_OF_FOLDER)) {
    let names;
    try {
      names = readdirSync(new URL(`${folder}/`, FIXTURES)).filter((name) => /\.(xml|json|opml)$/i.test(name)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const bytes = readFileSync(new URL(`${folder}/${name}`, FIXTURES));
      const text = decodeFixture(bytes);
      const format = FORMAT_OF_FOLDER[folder];
      inputs.push({
        id: `${folder}/${name}`, format, n: null,
        ...(format === 'json' ? { json: text } : { xml: text }),
        bytes: { xml: bytes.length, json: bytes.length },
      });
    }
  }
  return inputs;
}
