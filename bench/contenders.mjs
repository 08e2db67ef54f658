// Everything the benchmark times, behind one shape, so the main process, the isolated workers and
// the memory children all run exactly the same code for a given contender.
//
// A contender: { id, short, label, role, source, formats, prepare(input) → () => result, items(result) }
//   role    'atoma' | 'peer' | 'pipeline' | 'floor' | 'sanitizer' (how the report groups it)
//   source  which text of the input it consumes: 'xml', 'json' (the equivalent JSON Feed) or 'html'
//           (the HTML fields of the items alone); MB/s is computed on that text
//   prepare binds the input once, so the timed call does no setup a user would not do per feed
//   items   how many items the result holds: the bench checks it against the input before timing

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import * as feedsmith from 'feedsmith';
import RssParser from 'rss-parser';
import { parseFeed as rowanParseFeed } from '@rowanmanning/feed-parser';
import { extractFromXml } from '@extractus/feed-extractor';
import sanitizeHtmlPeer from 'sanitize-html';

/** The options a feed parser would give fast-xml-parser (attributes kept, no entity or value work). */
export const FXP_TUNED_OPTIONS = Object.freeze({
  ignoreAttributes: false, processEntities: false, parseTagValue: false, trimValues: false,
});

const NO_SANITIZE = Object.freeze({ sanitize: false });

/** How many elements fast-xml-parser produced under `path` (one element is not wrapped in an array). */
function fxpCount(node) {
  if (node === undefined || node === null) return 0;
  return Array.isArray(node) ? node.length : 1;
}

function fxpItems(result, format) {
  if (format === 'rss') return fxpCount(result?.rss?.channel?.item);
  if (format === 'atom') return fxpCount(result?.feed?.entry);
  return fxpCount(result?.opml?.body?.outline);
}

/** sanitize-html with its default options over every HTML field of a feedsmith result, in place. */
function sanitizeFeedsmith(feed, format) {
  if (format === 'rss') {
    for (const item of feed.items ?? []) {
      if (item.description) item.description = sanitizeHtmlPeer(item.description);
      if (item.content?.encoded) item.content.encoded = sanitizeHtmlPeer(item.content.encoded);
    }
  } else {
    for (const entry of feed.entries ?? []) {
      for (const field of [entry.summary, entry.content]) {
        if (field?.value && field.type !== 'text') field.value = sanitizeHtmlPeer(field.value);
      }
    }
  }
  return feed;
}

const FEEDSMITH_PARSE = {
  rss: feedsmith.parseRssFeed, atom: feedsmith.parseAtomFeed, json: feedsmith.parseJsonFeed, opml: feedsmith.parseOpml,
};

function feedsmithItems(feed, format) {
  if (format === 'atom') return feed.entries.length;
  if (format === 'opml') return feed.body.outlines.length;
  return feed.items.length;
}

/** Items of an atoma result of any format. */
function atomaItems(result, format) {
  if (format === 'atom') return result.entries.length;
  if (format === 'opml') return result.outlines.length;
  return result.items.length;
}

/**
 * The contenders, given the loaded atoma module (`dist/index.js`). Contenders whose atoma entry
 * point is not built yet are left out, and `missing` says which.
 */
export function contendersFor(atoma) {
  const missing = [];
  const ATOMA_PARSE = { rss: atoma.parseRss, atom: atoma.parseAtom, json: atoma.parseJsonFeed, opml: atoma.parseOpml };
  const atomaFormats = Object.keys(ATOMA_PARSE).filter((format) => typeof ATOMA_PARSE[format] === 'function');
  for (const name of ['parseJsonFeed', 'parseOpml']) {
    if (typeof atoma[name] !== 'function') missing.push(`${name} (not in dist/index.js yet)`);
  }
  const list = [
    {
      id: 'atoma-raw', short: 'atoma, sanitize: false', label: 'atoma parseRss/parseAtom, sanitize: false', role: 'atoma', source: 'xml',
      formats: ['rss', 'atom'],
      prepare: ({ format, xml }) => { const parse = ATOMA_PARSE[format]; return () => parse(xml, NO_SANITIZE); },
      items: atomaItems,
    },
    {
      id: 'atoma', short: 'atoma', label: 'atoma parseRss/parseAtom (default: sanitizing)', role: 'atoma', source: 'xml',
      formats: atomaFormats,
      prepare: ({ format, xml, json }) => {
        const parse = ATOMA_PARSE[format];
        const text = format === 'json' ? json : xml;
        return () => parse(text);
      },
      items: atomaItems,
    },
  ];
  if (typeof atoma.parseFeed === 'function') {
    list.push(
      {
        id: 'atoma-feed-raw', short: 'atoma parseFeed, sanitize: false', label: 'atoma parseFeed, sanitize: false', role: 'atoma', source: 'xml',
        formats: ['rss', 'atom'],
        prepare: ({ xml }) => () => atoma.parseFeed(xml, NO_SANITIZE),
        items: (r) => r.articles.length,
      },
      {
        id: 'atoma-feed', short: 'atoma parseFeed', label: 'atoma parseFeed (default: sanitizing)', role: 'atoma', source: 'xml',
        formats: ['rss', 'atom', 'json'],
        prepare: ({ format, xml, json }) => { const text = format === 'json' ? json : xml; return () => atoma.parseFeed(text); },
        items: (r) => r.articles.length,
      },
    );
  } else {
    missing.push('parseFeed (not in dist/index.js yet)');
  }
  list.push(
    {
      id: 'feedsmith', short: 'feedsmith', label: 'feedsmith parseRssFeed/parseAtomFeed', role: 'peer', source: 'xml',
      formats: ['rss', 'atom', 'json', 'opml'],
      prepare: ({ format, xml, json }) => {
        const parse = FEEDSMITH_PARSE[format];
        const text = format === 'json' ? json : xml;
        return () => parse(text);
      },
      items: feedsmithItems,
    },
    {
      id: 'feedsmith+sanitize-html', short: 'feedsmith + sanitize-html', label: 'feedsmith + sanitize-html (defaults) on the HTML fields', role: 'pipeline',
      source: 'xml', formats: ['rss', 'atom'],
      prepare: ({ format, xml }) => {
        const parse = FEEDSMITH_PARSE[format];
        return () => sanitizeFeedsmith(parse(xml), format);
      },
      items: feedsmithItems,
    },
    {
      id: 'rss-parser', short: 'rss-parser', label: 'rss-parser parseString (async)', role: 'peer', source: 'xml', formats: ['rss', 'atom'],
      async: true,
      prepare: ({ xml }) => { const parser = new RssParser(); return () => parser.parseString(xml); },
      items: (r) => r.items.length,
    },
    {
      id: 'rowanmanning', short: 'rowanmanning', label: '@rowanmanning/feed-parser parseFeed', role: 'peer', source: 'xml',
      formats: ['rss', 'atom'],
      prepare: ({ xml }) => () => rowanParseFeed(xml),
      items: (r) => r.items.length,
    },
    {
      id: 'extractus', short: 'extractus', label: '@extractus/feed-extractor extractFromXml', role: 'peer', source: 'xml',
      formats: ['rss', 'atom'],
      prepare: ({ xml }) => () => extractFromXml(xml),
      items: (r) => r.entries.length,
    },
    {
      id: 'fxp', short: 'fast-xml-parser', label: 'floor: fast-xml-parser parse, default options', role: 'floor', source: 'xml',
      formats: ['rss', 'atom', 'opml'],
      prepare: ({ xml }) => { const parser = new XMLParser(); return () => parser.parse(xml); },
      items: fxpItems,
    },
    {
      id: 'fxp-tuned', short: 'fast-xml-parser tuned', label: 'floor: fast-xml-parser parse, tuned options', role: 'floor', source: 'xml',
      formats: ['rss', 'atom', 'opml'],
      prepare: ({ xml }) => { const parser = new XMLParser(FXP_TUNED_OPTIONS); return () => parser.parse(xml); },
      items: fxpItems,
    },
    {
      id: 'json-parse', short: 'JSON.parse', label: 'floor: JSON.parse of the same items as JSON Feed', role: 'floor', source: 'json',
      formats: ['rss', 'atom', 'json'],
      prepare: ({ json }) => () => JSON.parse(json),
      items: (r) => r.items.length,
    },
    {
      id: 'sanitize-html-only', short: 'sanitize-html alone', label: 'sanitize-html (defaults) alone on the HTML fields', role: 'sanitizer',
      source: 'html', formats: ['rss'],
      prepare: ({ html }) => () => html.map((fragment) => sanitizeHtmlPeer(fragment)),
      items: (r) => r.length / 2,
    },
    {
      id: 'atoma-sanitize-only', short: 'atoma sanitizeHtml alone', label: 'atoma sanitizeHtml alone on the HTML fields', role: 'sanitizer',
      source: 'html', formats: ['rss'],
      prepare: ({ html }) => () => html.map((fragment) => atoma.sanitizeHtml(fragment)),
      items: (r) => r.length / 2,
    },
  );
  return { contenders: list, missing };
}

/** The text a contender consumes from an input (a JSON document's text for JSON inputs). */
export function sourceOf(contender, input) {
  if (contender.source === 'html') return input.html;
  if (contender.source === 'json' || input.format === 'json') return input.json;
  return input.xml;
}

/** Whether a contender runs on an input: its format is one the contender reads, and its text exists. */
export function appliesTo(contender, input) {
  return contender.formats.includes(input.format) && sourceOf(contender, input) !== undefined;
}

/**
 * The atoma build to measure: dist/ by default; ATOMA_DIST=<folder> measures another build of the
 * same sources (to compare an optimisation against the committed code, say).
 */
export function atomaEntry() {
  const folder = process.env.ATOMA_DIST;
  return folder ? pathToFileURL(path.resolve(folder, 'index.js')).href : new URL('../dist/index.js', import.meta.url).href;
}

/** Loads atoma from the build and returns the contenders (used by workers and children alike). */
export async function loadContenders() {
  const atoma = await import(atomaEntry());
  return { atoma, ...contendersFor(atoma) };
}

export { sanitizeHtmlPeer, feedsmith };
