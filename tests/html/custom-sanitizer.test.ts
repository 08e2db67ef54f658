// createSanitizer: the built-in allowlist extended (iframe hosts, tags, attributes) with the URL
// policy kept, every XSS vector through the extended sanitizer, and feeds parsed with it.
import { describe, expect, it } from 'vitest';
import { createSanitizer, parseAtom, parseRss, sanitizeHtml } from '../../src/index.js';
import { auditSanitizedHtml, type AuditExtension } from './audit.js';
import { loadXssVectors } from './vectors.js';
import { thrown } from '../helpers.js';

const BASE = 'https://blog.example/posts/2024/';
const IFRAME_HOSTS = ['www.youtube.com', 'player.vimeo.com'];
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';
const extension = {
  iframeHosts: IFRAME_HOSTS,
  extraTags: ['mark', 'kbd', 'center'],
  extraAttributes: { img: ['loading', 'decoding'], '*': ['class'], video: ['crossorigin'] },
};
const sanitize = createSanitizer(extension);
const audited: AuditExtension = { iframeHosts: IFRAME_HOSTS, tags: extension.extraTags, attributes: extension.extraAttributes };
const withBase = (html: string) => sanitize(html, { baseUrl: BASE });

describe('createSanitizer: iframes from named hosts', () => {
  it('keeps a YouTube and a Vimeo embed, sandboxed, with their attributes', () => {
    const html = '<p>Watch:</p><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video" '
      + 'frameborder="0" allow="encrypted-media; picture-in-picture" allowfullscreen onload="x()"></iframe>'
      + '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360"></iframe>';
    expect(withBase(html)).toBe('<p>Watch:</p><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" '
      + `title="Video" allow="encrypted-media; picture-in-picture" allowfullscreen sandbox="${SANDBOX}"></iframe>`
      + `<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360" sandbox="${SANDBOX}"></iframe>`);
  });

  it('replaces a sandbox the markup brings with its own', () => {
    const out = withBase('<iframe src="https://www.youtube.com/embed/x" sandbox="allow-top-navigation allow-forms"></iframe>');
    expect(out).toBe(`<iframe src="https://www.youtube.com/embed/x" sandbox="${SANDBOX}"></iframe>`);
  });

  it('drops, with their content, iframes of other hosts, other schemes, relative ones and ones without src', () => {
    for (const src of [
      'https://evil.example/embed', 'http://www.youtube.com/embed/x', 'https://www.youtube.com.evil.example/x',
      'https://user:pw@www.youtube.com/embed/x', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      '/embed/x', '//www.youtube.com/embed/x', 'https://youtube.com/embed/x', ' https://WWW.YOUTUBE.COM.evil/x',
    ]) {
      const out = sanitize(`<p>a</p><iframe src="${src}"><p>fallback</p></iframe><p>b</p>`, { baseUrl: null });
      expect(out, src).toBe('<p>a</p><p>b</p>');
    }
    expect(withBase('<iframe>text</iframe>ok')).toBe('ok');
    expect(withBase('<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/x"></iframe>'))
      .toBe(`<iframe src="https://www.youtube.com/embed/x" sandbox="${SANDBOX}"></iframe>`);
  });

  it('accepts an upper-case host in the markup (URLs are case-insensitive there)', () => {
    expect(withBase('<iframe src="https://WWW.YouTube.com/embed/x"></iframe>'))
      .toBe(`<iframe src="https://WWW.YouTube.com/embed/x" sandbox="${SANDBOX}"></iframe>`);
  });

  it('still drops every iframe without iframeHosts', () => {
    const plain = createSanitizer({ extraTags: ['mark'] });
    expect(plain('<iframe src="https://www.youtube.com/embed/x"></iframe><mark>m</mark>', { baseUrl: null })).toBe('<mark>m</mark>');
  });
});

describe('createSanitizer: extra tags and attributes under the URL policy', () => {
  it('keeps the extra tags and attributes, and nothing else', () => {
    expect(withBase('<center class="c" id="x" style="color:red"><mark onclick="x()">hi</mark> <kbd>K</kbd></center>'))
      .toBe('<center class="c"><mark>hi</mark> <kbd>K</kbd></center>');
    expect(withBase('<img src="a.png" loading="lazy" decoding="async" fetchpriority="high" alt="A">'))
      .toBe(`<img src="${BASE}a.png" loading="lazy" decoding="async" alt="A" />`);
  });

  it('resolves URLs against the base it is given and keeps the schemes policy', () => {
    expect(withBase('<p class="x"><a href="../2023/old.html" target="_blank">old</a> <a href="javascript:alert(1)">js</a></p>'))
      .toBe('<p class="x"><a href="https://blog.example/posts/2023/old.html" target="_blank" rel="noopener noreferrer">old</a> <a>js</a></p>');
    expect(withBase('<img srcset="small.jpg 480w, javascript:alert(1) 800w, large.jpg 1080w" src="data:image/png;base64,AAAA">'))
      .toBe(`<img srcset="${BASE}small.jpg 480w, ${BASE}large.jpg 1080w" />`);
    expect(withBase('<video poster="poster.jpg" src="clip.mp4" crossorigin="anonymous" controls></video>'))
      .toBe(`<video poster="${BASE}poster.jpg" src="${BASE}clip.mp4" crossorigin="anonymous" controls></video>`);
  });

  it('writes what the built-in sanitizer writes for markup the extension does not touch', () => {
    const samples = [
      '<p>Plain <b>bold</b> &amp; <a href="/x">link</a></p>', 'no markup at all', 'a > b & c',
      '<ul><li>one<li>two</ul><script>alert(1)</script>', '<table><tr><td colspan="2">x</td></tr></table>',
    ];
    for (const html of samples) {
      expect(sanitize(html, { baseUrl: BASE }), html).toBe(sanitizeHtml(html, { baseUrl: BASE }));
    }
    expect(createSanitizer()('<p onclick="x">a <a href="r">b</a></p>', { baseUrl: BASE }))
      .toBe(sanitizeHtml('<p onclick="x">a <a href="r">b</a></p>', { baseUrl: BASE }));
  });

  it('reads a missing or hostile context as no base', () => {
    const call = sanitize as unknown as (html: string, context?: unknown) => string;
    expect(call('<a href="x">x</a>')).toBe('<a href="x">x</a>');
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } });
    expect(call('<a href="x">x</a>', hostile)).toBe('<a href="x">x</a>');
  });
});

describe('createSanitizer: options it refuses', () => {
  it.each([
    [{ extraTags: ['script'] }, 'script'],
    [{ extraTags: ['iframe'] }, 'iframeHosts'],
    [{ extraTags: ['form'] }, 'form'],
    [{ extraTags: ['svg'] }, 'svg'],
    [{ extraTags: ['bad tag'] }, 'element name'],
    [{ extraAttributes: { img: ['onerror'] } }, 'onerror'],
    [{ extraAttributes: { '*': ['style'] } }, 'style'],
    [{ extraAttributes: { a: ['ping'] } }, 'ping'],
    [{ extraAttributes: { a: ['download'] } }, 'download'],
    [{ extraAttributes: { '*': ['id'] } }, 'id'],
    [{ extraAttributes: { iframe: ['srcdoc'] } }, 'iframeHosts'],
    [{ extraAttributes: ['class'] }, 'extraAttributes'],
    [{ extraTags: 'mark' }, 'extraTags'],
    [{ iframeHosts: ['https://www.youtube.com/'] }, 'host name'],
    [{ iframeHosts: [42] }, 'host name'],
  ])('%j → INVALID_OPTION', (options, mentioned) => {
    const error = thrown(() => createSanitizer(options as never));
    expect(error.name).toBe('FeedDocumentError');
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain(mentioned);
  });

  it('turns options it cannot read into INVALID_OPTION', () => {
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } });
    expect(thrown(() => createSanitizer(hostile as never)).code).toBe('INVALID_OPTION');
    expect(thrown(() => createSanitizer(7 as never)).code).toBe('INVALID_OPTION');
  });
});

describe('createSanitizer on every XSS vector', () => {
  const vectors = loadXssVectors();
  it.each(vectors.map((v) => [v.id, v.html]))('%s', (_id, html) => {
    const out = withBase(html);
    expect(auditSanitizedHtml(out, audited)).toEqual([]);
    expect(auditSanitizedHtml(sanitize(html, { baseUrl: null }), audited)).toEqual([]);
    // Output read back gives itself: no markup appears on a second parse (mutation XSS).
    expect(withBase(out)).toBe(out);
    expect(out).not.toMatch(/<(script|style|svg|math|object|embed|form|meta|link|base)\b/i);
  });

  it('the audit rejects an unsandboxed or foreign iframe (it can fail)', () => {
    expect(auditSanitizedHtml('<iframe src="https://www.youtube.com/embed/x"></iframe>', audited)).not.toEqual([]);
    expect(auditSanitizedHtml(`<iframe src="https://evil.example/" sandbox="${SANDBOX}"></iframe>`, audited)).not.toEqual([]);
  });
});

describe('createSanitizer as the sanitize option', () => {
  it('renders RSS and Atom HTML with the base in scope (xml:base resolved against baseUrl)', () => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><description><![CDATA[<p class="lead">See
      <iframe src="https://www.youtube.com/embed/abc"></iframe><img src="pic.jpg" loading="lazy"></p>]]></description></item></channel></rss>`;
    const item = parseRss(rss, { sanitize, baseUrl: BASE }).items[0]!;
    expect(item.description).toBe(`<p class="lead">See\n      <iframe src="https://www.youtube.com/embed/abc" sandbox="${SANDBOX}"></iframe>`
      + `<img src="${BASE}pic.jpg" loading="lazy" /></p>`);

    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/blog/"><id>urn:x</id><title>T</title>
      <entry xml:base="2024/"><id>urn:e</id><title>E</title><content type="html">&lt;a href="post.html"&gt;p&lt;/a&gt;</content></entry></feed>`;
    expect(parseAtom(atom, { sanitize }).entries[0]!.content!.value).toBe('<a href="https://site.example/blog/2024/post.html">p</a>');
  });
});
