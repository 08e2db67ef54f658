// Input generators for fuzzing atoma, shared by the fast profile (vitest) and the long one
// (tests/fuzz/long.mjs). Plain JavaScript so that the long profile runs on the built package with
// nothing but Node; the types are in generators.d.mts.

/** Names that are special to JavaScript objects, used as element, attribute and key names. */
export const HOSTILE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'length'];

const SCRIPT_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:x',
  '&#106;avascript:x', 'vbscript:x', 'data:text/html,<script>alert(1)</script>', 'javascript:alert(1)//'];
const URLS = ['https://example.com/a?b=c#d', 'http://example.com/', '/relative/path', 'relative', '#fragment', '?query', '//evil.example/x',
  'mailto:a@example.com', 'ftp://example.com/', 'not a url at all', '', ' ', 'https://例え.jp/パス', 'http://[::1]/', 'http://a/%E0%A4%A',
  'https://example.com/\uD800', ...SCRIPT_URLS];
const DATES = ['Mon, 01 Jan 2024 10:00:00 GMT', 'Tue, 31 Dec 2024 23:59:60 +1400', '2024-02-29T12:00:00Z', '2024-02-30', '2024-01-01T10:00:00',
  '2024-01-01T10:00:00.123456789+05:30', 'Fri, 30 Nov 2018 17:00:00:00 +0900', '1 jan 24 10:00 pst', '0000-00-00', '99999-01-01', '', 'yesterday'];
const ZONES = ['UTC', 'GMT', 'Z', 'EST', 'PDT', '+0000', '-1200', '+14:00', '+99', 'America/New_York', '[Europe/Paris]', 'Asia/Kolkata',
  '__proto__', 'constructor', 'Etc/GMT+99', 'Nope/Zone', 'x'.repeat(80)];
const MONTHS = ['Jan', 'January', 'jan.', 'FEB', 'Mär', 'mai', 'Sept', 'déc', 'Dec'];
const WEEKDAYS = ['Mon', 'Monday', 'tue,', 'Do', 'lun.', 'Sun'];

/** Pieces that XML readers branch on. */
export const XML_TOKENS = [
  '<', '>', '/>', '</', '=', '"', "'", ' ', '\n', '\r\n', '\t', '&', ';', '&amp;', '&lt;', '&gt;', '&quot;', '&#', '&#x', '&#0;', '&#x10FFFF;',
  '&#xD800;', '&#99999999;', '&nbsp;', '&e;', '&__proto__;', '%e;', '<![CDATA[', ']]>', '<!--', '-->', '<?', '?>', '<?xml version="1.0"?>',
  '<?xml version="1.0" encoding="windows-1252"?>', '<?xml version="1.0" encoding="utf-16"?>', '<?xml encoding="nope"?>',
  '<!DOCTYPE rss [', ']>', '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">', '<!ENTITY e "&e;&e;">', '<!ENTITY % p SYSTEM "file:///etc/passwd">',
  '<!ELEMENT', '<!ATTLIST', 'xmlns="', 'xmlns="http://www.w3.org/2005/Atom"', 'xmlns:a="', 'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xml:base="', 'xml:base="javascript:alert(1)//"', 'xml:lang="', 'type="html"', 'type="xhtml"', '<div xmlns="http://www.w3.org/1999/xhtml">',
  'rss', 'channel', 'item', 'title', 'link', 'description', 'feed', 'entry', 'content', 'summary', 'opml', 'body', 'outline', 'a:', 'b:',
  '\u0000', '\u0001', '\uFFFD', '\uFEFF', '\uD800', '\uDFFF', '\u2028', 'é', '中', '😀', ...HOSTILE_NAMES, ...SCRIPT_URLS,
];

/** Pieces that JSON readers branch on. */
export const JSON_TOKENS = [
  '{', '}', '[', ']', ',', ':', '"', '\\', '\\"', '\\u0000', '\\ud800', '\\udfff', 'null', 'true', 'false', '0', '-0', '1e999', '-1', '1.5',
  '"version"', '"https://jsonfeed.org/version/1.1"', '"https://jsonfeed.org/version/1"', '"title"', '"items"', '"id"', '"url"',
  '"content_html"', '"attachments"', '"authors"', '"author"', '"tags"', '"date_published"', '"size_in_bytes"', '"__proto__"', '"constructor"',
  '"prototype"', ' ', '\n', '\uFEFF', '\uD800',
];

const FEED_KEYS = ['version', 'title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon', 'author',
  'authors', 'language', 'expired', 'hubs', 'items'];
const ITEM_KEYS = ['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published',
  'date_modified', 'author', 'authors', 'tags', 'language', 'attachments'];
const NESTED_KEYS = ['name', 'url', 'avatar', 'mime_type', 'title', 'size_in_bytes', 'duration_in_seconds', 'type'];

const HTML_TOKENS = [
  '<div>', '</div>', '<p>', '</p>', '<b>', '</b>', '<i>', '<ul><li>', '</li></ul>', '<table><tr><td>', '<br>', '<hr/>', '<a href="', '">', '</a>',
  '<img src="', '" onerror="alert(1)">', '<img srcset="', ' 2x, ', '<script>', '</script>', '<style>', '</style>', '<svg onload=alert(1)>',
  '</svg>', '<math>', '<iframe src="', '<form action="', '<base href="', '<!--', '-->', '<![CDATA[', ']]>', '<', '>', '&', '&lt;', '&#106;',
  '&#x3C;', '&colon;', '"', "'", '=', ' ', 'text', 'javascript:', 'data:', ...SCRIPT_URLS, '<title>', '<textarea>', '<noscript>', '<template>',
  '<a href=javascript:alert(1)>', '<p style="x">', '<x-y>', '</x-y>', '<?pi?>', '\u0000', '\uD800',
  // where htmlparser2 reads differently: look-alike raw-text ends, names it takes for raw text, run-on references
  '\u001c\u000fscript>', '\u001c/title>', '</script<p>', '<xmp>', '<xitle>', '</xitle>', '<tmp>', '<xextarea>', '&notin', '<svg/>', '<!>',
  'mailto:a@example.com',
];

// Namespace elements, read by the namespace rooms in RSS and Atom alike (declared on both roots).
const NAMESPACE_ELEMENTS = ['media:content', 'media:group', 'media:thumbnail', 'media:description', 'media:title', 'media:player',
  'media:community', 'media:starRating', 'itunes:duration', 'itunes:image', 'itunes:category', 'itunes:author', 'itunes:owner',
  'podcast:transcript', 'podcast:value', 'podcast:valueRecipient', 'podcast:images', 'podcast:alternateEnclosure', 'podcast:source',
  'podcast:person', 'georss:point', 'georss:where', 'gml:Point', 'gml:pos', 'dc:creator', 'dcterms:modified', 'x:unknown'];
const NAMESPACE_DECLARATIONS = ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
  + ' xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:georss="http://www.georss.org/georss"'
  + ' xmlns:gml="http://www.opengis.net/gml" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:x="urn:x"';
const RSS_ELEMENTS = ['title', 'link', 'description', 'item', 'guid', 'pubDate', 'lastBuildDate', 'enclosure', 'category', 'source', 'image',
  'url', 'width', 'height', 'author', 'comments', 'ttl', 'language', 'docs', 'content:encoded', 'dc:date', 'atom:link', ...NAMESPACE_ELEMENTS];
const ATOM_ELEMENTS = ['title', 'id', 'updated', 'published', 'entry', 'link', 'author', 'contributor', 'name', 'uri', 'email', 'content',
  'summary', 'source', 'category', 'generator', 'icon', 'logo', 'subtitle', 'rights', 'div', 'p', 'a', ...NAMESPACE_ELEMENTS];
const OPML_ELEMENTS = ['head', 'body', 'outline', 'title', 'dateCreated', 'dateModified', 'ownerName', 'expansionState', 'windowTop'];
const ATTRIBUTES = ['href', 'rel', 'type', 'src', 'url', 'length', 'term', 'scheme', 'label', 'domain', 'isPermaLink', 'text', 'xmlUrl',
  'htmlUrl', 'version', 'xml:base', 'xml:lang', 'xmlns', 'xmlns:a', 'a:b', 'srcset', 'duration', 'medium', 'uri', 'img', 'address',
  ...HOSTILE_NAMES];

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s) => escapeText(s).replace(/"/g, '&quot;');

/**
 * Builds the arbitraries, given fast-check and the project's fixtures: its feed documents (as
 * text) and its collection of XSS vectors.
 * @param {typeof import('fast-check')} fc
 * @param {{ documents: string[], htmlVectors: string[] }} corpus
 */
export function makeGenerators(fc, { documents, htmlVectors }) {
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const anyChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate);
  const shortText = fc.string({ unit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('a', 'b', ' ', '1') }, { weight: 1, arbitrary: anyChar }), maxLength: 24 });
  const fromTokens = (tokens, maxLength) =>
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: anyChar }), { maxLength }).map((a) => a.join(''));

  const html = fromTokens([...HTML_TOKENS, ...URLS], 60);
  const value = fc.oneof(shortText, fc.constantFrom(...URLS), fc.constantFrom(...DATES), html, fc.constantFrom(...HOSTILE_NAMES));

  // A well-formed document: a flat list of open/text/close events, balanced when serialized.
  const xmlDocument = (root, elements) => {
    const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), value);
    const event = fc.oneof(
      { weight: 3, arbitrary: fc.record({ open: fc.constantFrom(...elements, ...HOSTILE_NAMES), attributes: fc.array(attribute, { maxLength: 3 }) }) },
      { weight: 3, arbitrary: fc.record({ text: value, cdata: fc.boolean() }) },
      { weight: 2, arbitrary: fc.constant({ close: true }) },
    );
    return fc.tuple(fc.array(event, { maxLength: 40 }), fc.boolean()).map(([events, xmlBase]) => {
      const stack = [];
      let out = root.open(xmlBase);
      for (const e of events) {
        if ('open' in e) {
          const seen = new Set();
          const attributes = e.attributes.filter(([n]) => !seen.has(n) && seen.add(n));
          out += `<${e.open}${attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('')}>`;
          stack.push(e.open);
        } else if ('text' in e) {
          out += e.cdata ? `<![CDATA[${e.text.replaceAll(']]>', '')}]]>` : escapeText(e.text);
        } else if (stack.length > 0) {
          out += `</${stack.pop()}>`;
        }
      }
      while (stack.length > 0) out += `</${stack.pop()}>`;
      return out + root.close;
    });
  };
  const rssDocument = xmlDocument({
    open: (base) => `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
      ` xmlns:atom="http://www.w3.org/2005/Atom"${NAMESPACE_DECLARATIONS}${base ? ' xml:base="https://example.com/base/"' : ''}><channel>`,
    close: '</channel></rss>',
  }, RSS_ELEMENTS);
  const atomDocument = xmlDocument({
    open: (base) => `<feed xmlns="http://www.w3.org/2005/Atom"${NAMESPACE_DECLARATIONS}${base ? ' xml:base="javascript:alert(1)//"' : ''}><id>urn:x</id>`,
    close: '</feed>',
  }, ATOM_ELEMENTS);
  const opmlDocument = xmlDocument({ open: () => '<opml version="2.0">', close: '</opml>' }, OPML_ELEMENTS);

  // JSON built as text, so that keys like "__proto__" arrive as JSON.parse makes them.
  const { json } = fc.letrec((tie) => ({
    json: fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('leaf'), tie('array'), tie('object')),
    leaf: fc.oneof(
      value.map((s) => JSON.stringify(s)),
      fc.constantFrom('null', 'true', 'false', '0', '-1', '1.5', '1e308', '-0', '12345678901234567890'),
    ),
    array: fc.array(tie('json'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    object: fc.array(fc.tuple(fc.constantFrom(...NESTED_KEYS, ...ITEM_KEYS, ...HOSTILE_NAMES), tie('json')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  }));
  const entries = (keys) => fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof(json, value.map((s) => JSON.stringify(s)))), { maxLength: 8 });
  const jsonFeed = fc.tuple(
    fc.constantFrom('"https://jsonfeed.org/version/1.1"', '"https://jsonfeed.org/version/1"', '"https://jsonfeed.org/version/2"', '1', null),
    entries(FEED_KEYS),
    fc.array(entries(ITEM_KEYS), { maxLength: 5 }),
  ).map(([version, feedEntries, items]) => {
    const fields = feedEntries.map(([k, v]) => `${JSON.stringify(k)}:${v}`);
    if (version !== null) fields.unshift(`"version":${version}`);
    fields.push(`"items":[${items.map((item) => `{${item.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`).join(',')}]`);
    return `{${fields.join(',')}}`;
  });

  // Random edits of the project's fixtures: the realistic documents, slightly broken.
  const edit = fc.record({
    kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace', 'truncate', 'swap'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 64 }),
    token: fc.oneof(fc.constantFrom(...XML_TOKENS, ...JSON_TOKENS), anyChar),
  });
  const mutated = (texts) => fc.tuple(fc.constantFrom(...texts), fc.array(edit, { maxLength: 6 }))
    .map(([text, edits]) => edits.reduce(applyEdit, text));
  const mutatedFixture = mutated(documents);

  const encodeAs = (arb) => fc.tuple(arb, fc.constantFrom('string', 'utf-8', 'utf-16le', 'utf-16be', 'latin1'))
    .map(([text, encoding]) => encode(text, encoding));

  return {
    bytes: fc.uint8Array({ maxLength: 1024 }),
    text: fc.string({ unit: fc.oneof(anyChar, fc.constantFrom(...XML_TOKENS, ...JSON_TOKENS)), maxLength: 200 }),
    xmlTokens: fromTokens(XML_TOKENS, 120),
    jsonTokens: fromTokens(JSON_TOKENS, 120),
    mutatedFixture: encodeAs(mutatedFixture),
    rssDocument: encodeAs(rssDocument),
    atomDocument: encodeAs(atomDocument),
    opmlDocument: encodeAs(opmlDocument),
    jsonFeed: encodeAs(jsonFeed),
    dateText: fromTokens(['2024', '1', '01', '31', '99', '0000', '-', '/', '.', ':', ' ', ',', 'T', 'Z', '+', '(', ')', 'at', 'de', 'um',
      ...MONTHS, ...WEEKDAYS, ...ZONES, ...DATES], 14),
    html: fc.oneof(fromTokens([...HTML_TOKENS, ...URLS], 80), mutated(htmlVectors)),
    options: fc.record({
      sanitize: fc.boolean(),
      baseUrl: fc.constantFrom('https://example.com/a/b', 'javascript:alert(1)//', 'not a url', '', 'data:,x//'),
      defaultTimeZone: fc.constantFrom(...ZONES),
      maxDepth: fc.constantFrom(1, 3, 8, 256),
      maxBytes: fc.constantFrom(16, 512, 4096, 1 << 20),
      strict: fc.boolean(),
    }, { requiredKeys: [] }),
  };
}

function applyEdit(text, { kind, at, length, token }) {
  const i = Math.floor(at * text.length);
  switch (kind) {
    case 'insert': return text.slice(0, i) + token + text.slice(i);
    case 'delete': return text.slice(0, i) + text.slice(i + length);
    case 'duplicate': return text.slice(0, i + length) + text.slice(i, i + length) + text.slice(i + length);
    case 'replace': return text.slice(0, i) + token + text.slice(i + length);
    case 'truncate': return text.slice(0, i);
    default: return text.slice(i) + text.slice(0, i); // swap the halves
  }
}

/** The text as the parsers may receive it: a string, or bytes in some encoding. */
export function encode(text, encoding) {
  if (encoding === 'string') return text;
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'latin1') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), encoding === 'utf-16le');
  return bytes;
}
