// Script URLs through every door a feed has: link fields, xml:base, the baseUrl option, JSON Feed
// URLs and the links inside HTML. The check is on every final URL, read the way a browser reads it
// (`new URL('#x', 'javascript:…//')` stays javascript:, so resolving is no protection).
import { describe, expect, it } from 'vitest';
import { getFeedList, parseAtom, parseFeed, parseJsonFeed, parseOpml, parseRss, sanitizeHtml } from '../../src/index.js';
import { attackEach } from './bounds.js';
import { atom, rss } from './documents.js';

const BAD_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:', 'livescript:', 'mocha:']);

/** Result fields that hold a URL, across every model. */
const URL_FIELDS = new Set([
  'link', 'href', 'url', 'uri', 'icon', 'logo', 'src', 'docs', 'comments', 'xmlUrl', 'htmlUrl', 'homePageUrl', 'feedUrl',
  'nextUrl', 'favicon', 'avatar', 'image', 'bannerImage', 'externalUrl',
]);
/** Result fields that hold HTML. */
const HTML_FIELDS = new Set(['description', 'contentEncoded', 'value', 'contentHtml', 'content', 'summary']);

/** The scheme a browser would give `url` (after HTML decoding, as found in an attribute), against a harmless base. */
function browserScheme(url: string): string {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':').replace(/&tab;/gi, '\t').replace(/&newline;/gi, '\n').replace(/&amp;/g, '&');
  try {
    return new URL(decoded, 'https://reader.example/').protocol;
  } catch {
    return 'unparsable:';
  }
}

/** Every URL a result exposes: URL fields, and URL attributes inside its HTML fields. */
function urlsIn(result: unknown): string[] {
  const urls: string[] = [];
  const work: [string, unknown][] = [['', result]];
  while (work.length > 0) {
    const [key, value] = work.pop()!;
    if (typeof value === 'string') {
      if (URL_FIELDS.has(key)) urls.push(value);
      if (HTML_FIELDS.has(key)) {
        for (const m of value.matchAll(/\s(?:href|src|srcset|poster|cite|action|formaction|background|xlink:href|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
          const attribute = m[1]!.replace(/^["']|["']$/g, '');
          urls.push(...attribute.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
        }
      }
    } else if (Array.isArray(value)) {
      for (const v of value) work.push([key, v]);
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) work.push([k, v]);
    }
  }
  return urls;
}

function expectNoScriptUrls(result: unknown): void {
  for (const url of urlsIn(result)) {
    expect(BAD_SCHEMES.has(browserScheme(url)), `unsafe URL in the result: ${url}`).toBe(false);
  }
}

/** Ways to write a script URL that a careless check misses. */
const SCRIPT_URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java&#x09;script:alert(1)', 'java&#x0A;script:alert(1)',
  'java&#x0D;script:alert(1)', '&#x01;javascript:alert(1)', 'javascript&#x3A;alert(1)', '&amp;#106;avascript:alert(1)',
  'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'livescript:x', '\u00a0javascript:alert(1)',
];
/** xml:base values that make relative references script URLs (a URL parser resolves '#x' against them). */
const SCRIPT_BASES = ['javascript:alert(1)//', 'java&#x09;script:alert(1)//', 'JAVASCRIPT:alert(1)//', 'data:text/html,x//', 'vbscript:x//'];
const RELATIVE = ['#x', '?x', '', 'x', './x', '//evil.example/x'];

function htmlWith(url: string): string {
  return `<a href="${url}">a</a><img src="${url}" srcset="${url} 1x, ${url} 2x"><video poster="${url}" src="${url}"></video>` +
    `<blockquote cite="${url}">q</blockquote><form action="${url}"><button formaction="${url}">b</button></form>` +
    `<svg><a xlink:href="${url}">s</a></svg><iframe src="${url}"></iframe><object data="${url}"></object>` +
    `<meta http-equiv="refresh" content="0;url=${url}"><base href="${url}">`;
}

const escape = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('script URLs in link fields', () => {
  it('are dropped from every RSS URL field', () => {
    const calls = SCRIPT_URLS.flatMap((url) => {
      const item = `<item><link>${url}</link><comments>${url}</comments><guid isPermaLink="true">${url}</guid>` +
        `<enclosure url="${url}" type="audio/mpeg"/><source url="${url}">s</source><description>${escape(htmlWith(url))}</description></item>`;
      const doc = rss(`<docs>${url}</docs><image><url>${url}</url><link>${url}</link><title>i</title></image>${item}`);
      return [() => parseRss(doc), () => parseFeed(doc)];
    });
    for (const { value } of attackEach(calls, { cpuMs: 1000 })) expectNoScriptUrls(value);
  });

  it('are dropped from every Atom URL field', () => {
    const calls = SCRIPT_URLS.flatMap((url) => {
      const doc = atom(
        `<link href="${url}"/><icon>${url}</icon><logo>${url}</logo><author><name>a</name><uri>${url}</uri></author>` +
        `<generator uri="${url}">g</generator><entry><id>e</id><link href="${url}"/><link rel="enclosure" href="${url}"/>` +
        `<content type="html">${escape(htmlWith(url))}</content><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` +
        `<a href="${url}">x</a><img src="${url}"/></div></summary></entry><entry><id>f</id><content src="${url}" type="text/html"/></entry>`,
      );
      return [() => parseAtom(doc), () => parseFeed(doc)];
    });
    for (const { value } of attackEach(calls, { cpuMs: 1000 })) expectNoScriptUrls(value);
  });

  it('are dropped from OPML outlines and the feed list', () => {
    for (const url of SCRIPT_URLS) {
      const doc = `<opml version="2.0"><body><outline type="rss" text="t" xmlUrl="${url}" htmlUrl="${url}"/></body></opml>`;
      const opml = parseOpml(doc);
      expectNoScriptUrls(opml);
      for (const listed of getFeedList(opml)) expect(BAD_SCHEMES.has(browserScheme(listed)), listed).toBe(false);
    }
  });

  it('are dropped from every JSON Feed URL field and from content_html', () => {
    const calls = SCRIPT_URLS.flatMap((url) => {
      const u = JSON.stringify(url.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
      const doc = `{"version":"https://jsonfeed.org/version/1.1","title":"t","home_page_url":${u},"feed_url":${u},"next_url":${u},` +
        `"icon":${u},"favicon":${u},"authors":[{"name":"a","url":${u},"avatar":${u}}],"items":[{"id":"1","url":${u},` +
        `"external_url":${u},"image":${u},"banner_image":${u},"content_html":${JSON.stringify(htmlWith(url))},` +
        `"attachments":[{"url":${u},"mime_type":"audio/mpeg"}]}]}`;
      return [() => parseJsonFeed(doc), () => parseFeed(doc)];
    });
    for (const { value } of attackEach(calls, { cpuMs: 1000 })) expectNoScriptUrls(value);
  });
});

describe('script URLs as base URLs', () => {
  it('never turn relative references into script URLs through xml:base', () => {
    const calls: (() => unknown)[] = [];
    for (const base of SCRIPT_BASES) {
      for (const relative of RELATIVE) {
        const inner = `<link href="${relative}"/><icon>${relative || '#'}</icon><author><name>a</name><uri>${relative || '#'}</uri></author>`;
        const html = escape(`<a href="${relative}">x</a><img src="${relative || '#'}">`);
        const doc = atom(
          `${inner}<entry xml:base="${base}"><id>e</id>${inner}<content type="html">${html}</content></entry>` +
          `<entry><id>f</id><content type="xhtml" xml:base="${base}"><div xmlns="http://www.w3.org/1999/xhtml"><a href="${relative}">x</a></div></content></entry>`,
          '',
          ` xml:base="${base}"`,
        );
        const rssDoc = `<rss version="2.0" xml:base="${base}"><channel><link>${relative || '#'}</link><item xml:base="${base}">` +
          `<link>${relative || '#'}</link><enclosure url="${relative || '#'}"/><description>${html}</description></item></channel></rss>`;
        calls.push(() => parseAtom(doc), () => parseFeed(doc), () => parseRss(rssDoc), () => parseFeed(rssDoc));
      }
    }
    for (const { value } of attackEach(calls, { cpuMs: 2000 })) expectNoScriptUrls(value);
  });

  it('never turn relative references into script URLs through the baseUrl option', () => {
    for (const base of SCRIPT_BASES.map((b) => b.replace('&#x09;', '\t'))) {
      const html = `<a href="#x">x</a><img src="x">`;
      const docs = [
        rss(`<item><link>#x</link><guid isPermaLink="true">#g</guid><description>${escape(html)}</description></item>`),
        atom(`<link href="#x"/><entry><id>e</id><link href="?x"/><content type="html">${escape(html)}</content></entry>`),
        `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"#x","content_html":${JSON.stringify(html)}}]}`,
        `<opml version="2.0"><body><outline type="rss" text="t" xmlUrl="#x" htmlUrl="x"/></body></opml>`,
      ];
      const calls = [
        () => parseRss(docs[0]!, { baseUrl: base }), () => parseAtom(docs[1]!, { baseUrl: base }),
        () => parseJsonFeed(docs[2]!, { baseUrl: base }), () => parseOpml(docs[3]!, { baseUrl: base }),
        ...docs.slice(0, 3).map((doc) => () => parseFeed(doc, { baseUrl: base })),
        () => sanitizeHtml(html, { baseUrl: base }),
      ];
      for (const { value } of attackEach(calls, { cpuMs: 200 })) {
        expectNoScriptUrls(typeof value === 'string' ? { content: value } : value);
      }
    }
  });

  it('keeps safe relative references working under a safe xml:base', () => {
    const doc = atom('<entry xml:base="https://example.com/blog/"><id>e</id><link href="post#x"/></entry>');
    expect(parseAtom(doc).entries[0]!.links[0]!.href).toBe('https://example.com/blog/post#x');
  });
});

describe('long base URLs', () => {
  // Each relative URL is resolved against its base: a base of 50 KB under 2,000 links would cost
  // 50 KB of time and memory per link and field (a 100 KB base costs over a gigabyte here, a 1 MB
  // base exhausts the heap). Bases longer than a URL can usefully be are ignored instead.
  const longBase = `https://example.com/${'x'.repeat(50_000)}/`;
  const links = 2000;

  it('are ignored as xml:base, however many elements resolve against them', () => {
    const docs = [
      atom(`${'<entry xml:base="b/"><id>e</id><link href="y"/></entry>'.repeat(links)}`, '', ` xml:base="${longBase}"`),
      rss(`<item xml:base="${longBase}"><link>y</link></item>`.repeat(8) + '<item><link>y</link><enclosure url="z"/></item>'.repeat(links)),
    ];
    const calls = docs.flatMap((doc) => [() => parseAtom(doc), () => parseRss(doc), () => parseFeed(doc)]);
    for (const { value } of attackEach(calls, { cpuMs: 1500, retainedMb: 64 })) {
      expect(JSON.stringify(value ?? null).length).toBeLessThan(1_000_000);
    }
    expect(parseAtom(docs[0]!).entries[0]!.links[0]!.href).toBe('b/y');
  });

  it('are ignored as the baseUrl option, in every format and in HTML', () => {
    const html = '<a href="y">x</a>'.repeat(links);
    const docs = [
      rss('<item><link>y</link><description>&lt;a href="y"&gt;x&lt;/a&gt;</description></item>'.repeat(links)),
      atom('<entry><id>e</id><link href="y"/><content type="html">&lt;a href="y"&gt;x&lt;/a&gt;</content></entry>'.repeat(links)),
      `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[${Array.from({ length: links }, (_, i) => `{"id":"${i}","url":"y","content_html":"<a href='y'>x</a>"}`).join(',')}]}`,
    ];
    const calls = [
      () => parseRss(docs[0]!, { baseUrl: longBase }), () => parseAtom(docs[1]!, { baseUrl: longBase }),
      () => parseJsonFeed(docs[2]!, { baseUrl: longBase }), () => sanitizeHtml(html, { baseUrl: longBase }),
    ];
    attackEach(calls, { cpuMs: 2000, retainedMb: 64 });
  });

  it('are ignored as a JSON Feed feed_url', () => {
    const doc = `{"version":"https://jsonfeed.org/version/1.1","title":"t","feed_url":"${longBase}","items":[` +
      `${Array.from({ length: links }, (_, i) => `{"id":"${i}","url":"y","image":"z"}`).join(',')}]}`;
    attackEach([() => parseJsonFeed(doc), () => parseFeed(doc)], { cpuMs: 1500, retainedMb: 64 });
  });
});

describe('the URL check itself', () => {
  it('recognizes what browsers would run', () => {
    expect(browserScheme('java&#x09;script:alert(1)')).toBe('javascript:');
    expect(browserScheme(' JAVASCRIPT:x')).toBe('javascript:');
    expect(browserScheme('#x')).toBe('https:');
    expect(urlsIn({ content: '<a href="x">a</a><img srcset="y 1x, javascript:z 2x">' })).toEqual(['x', 'y', 'javascript:z']);
    expect(() => expectNoScriptUrls({ link: 'javascript:x' })).toThrow();
  });
});
