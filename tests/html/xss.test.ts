// Every vector of fixtures/xss/ through sanitizeHtml, through an RSS and an Atom feed, and through
// parseFeed for RSS, Atom and JSON Feed.
import { describe, expect, it } from 'vitest';
import { parseAtom, parseFeed, parseRss } from '../../src/index.js';
import { sanitizeHtml } from '../../src/html/index.js';
import { auditSanitizedHtml } from './audit.js';
import { loadXssVectors, xmlText } from './vectors.js';

const vectors = loadXssVectors();
const BASE = 'https://feed.example/articles/';

describe('the XSS vector collection', () => {
  it('holds the OWASP, HTML5 Security Cheatsheet and mutation families', () => {
    const files = new Set(vectors.map((v) => v.id.split('/')[0]));
    expect([...files].sort()).toEqual(['html5-security', 'mutation', 'owasp-filter-evasion']);
    expect(vectors.length).toBeGreaterThan(250);
    expect(new Set(vectors.map((v) => v.html)).size).toBe(vectors.length);
  });

  it('contains vectors the audit rejects when they are not sanitized (the audit can fail)', () => {
    const rejected = vectors.filter((v) => auditSanitizedHtml(v.html).length > 0);
    expect(rejected.length).toBeGreaterThan(vectors.length * 0.9);
  });
});

describe('sanitizeHtml on every vector', () => {
  it.each(vectors.map((v) => [v.id, v.html]))('%s', (_id, html) => {
    const withBase = sanitizeHtml(html, { baseUrl: BASE });
    expect(auditSanitizedHtml(withBase)).toEqual([]);
    expect(auditSanitizedHtml(sanitizeHtml(html))).toEqual([]);
    // Output read back gives itself: no markup appears on a second parse (mutation XSS).
    expect(sanitizeHtml(withBase, { baseUrl: BASE })).toBe(withBase);
    expect(withBase).not.toMatch(/<(script|style|svg|math|iframe|object|embed|form|meta|link|base)\b/i);
  });
});

describe('vectors in feeds', () => {
  const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Vectors</title><link>https://feed.example/</link><description>${xmlText('<b>channel</b>')}</description>
${vectors.map((v) => `<item><guid isPermaLink="false">${v.id}</guid><description>${xmlText(v.html)}</description>${
    v.html.includes(']]>') ? '' : `<content:encoded><![CDATA[${v.html}]]></content:encoded>`}</item>`).join('\n')}
</channel></rss>`;

  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${BASE}"><id>urn:vectors</id><title>Vectors</title>
${vectors.map((v) => `<entry><id>${v.id}</id><title type="html">${xmlText(v.html)}</title><summary type="html">${xmlText(v.html)}</summary><content type="html">${xmlText(v.html)}</content></entry>`).join('\n')}
</feed>`;

  it('RSS description and content:encoded carry no vector through', () => {
    const channel = parseRss(rss);
    expect(channel.items).toHaveLength(vectors.length);
    const problems: string[] = [];
    channel.items.forEach((item, i) => {
      for (const [field, value] of [['description', item.description], ['contentEncoded', item.contentEncoded]] as const) {
        for (const problem of auditSanitizedHtml(value ?? '')) problems.push(`${vectors[i]!.id} ${field}: ${problem}`);
      }
    });
    expect(problems).toEqual([]);
    const encoded = channel.items.filter((item) => item.contentEncoded !== null).length;
    expect(encoded).toBeGreaterThan(vectors.length - 5);
  });

  it('Atom html title, summary and content carry no vector through', () => {
    const feed = parseAtom(atom);
    expect(feed.entries).toHaveLength(vectors.length);
    const problems: string[] = [];
    feed.entries.forEach((entry, i) => {
      for (const [field, value] of [['title', entry.title?.value], ['summary', entry.summary?.value], ['content', entry.content?.value]] as const) {
        for (const problem of auditSanitizedHtml(value ?? '')) problems.push(`${vectors[i]!.id} ${field}: ${problem}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('feed HTML equals sanitizeHtml of the same markup with the in-scope base', () => {
    const feed = parseAtom(atom);
    feed.entries.forEach((entry, i) => {
      // The parser trims the field and leaves out content that sanitizes to nothing.
      expect(entry.content?.value ?? '').toBe(sanitizeHtml(vectors[i]!.html.trim(), { baseUrl: BASE }));
    });
  });

  it('Atom xhtml content is sanitized too', () => {
    const feed = parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${BASE}"><id>x</id><entry><id>e</id>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="alert(1)">a <a href="javascript:alert(1)">b</a>
      <a href="next">c</a><img src="i.png" onerror="alert(1)"/><script>alert(1)</script><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg></p></div></content></entry></feed>`);
    const value = feed.entries[0]!.content!.value;
    expect(auditSanitizedHtml(value)).toEqual([]);
    expect(value).toContain(`<a href="${BASE}next">c</a>`);
    expect(value).toContain(`<img src="${BASE}i.png" />`);
    expect(value).not.toMatch(/script|onclick|onerror|svg/);
  });

  it('parseFeed: no vector through Article.content or Article.summary, for RSS, Atom and JSON Feed', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'Vectors',
      items: vectors.map((v) => ({ id: v.id, content_html: v.html, summary: v.html })),
    });
    const problems: string[] = [];
    for (const [format, document] of [['RSS', rss], ['Atom', atom], ['JSON Feed', json]] as const) {
      const feed = parseFeed(document, { baseUrl: BASE });
      expect(feed.articles, format).toHaveLength(vectors.length);
      feed.articles.forEach((article, i) => {
        for (const [field, value] of [['content', article.content], ['summary', article.summary]] as const) {
          for (const problem of auditSanitizedHtml(value ?? '')) problems.push(`${format} ${vectors[i]!.id} ${field}: ${problem}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('sanitize: false keeps the markup as written', () => {
    const html = '<p onclick="alert(1)">x</p>';
    const channel = parseRss(`<rss version="2.0"><channel><title>t</title><item><description>${xmlText(html)}</description></item></channel></rss>`, { sanitize: false });
    expect(channel.items[0]!.description).toBe(html);
  });
});
