// HTML inside feeds: nesting bombs and other shapes that make an HTML sanitizer slow, through every
// field that carries HTML, and what the sanitizer guarantees to remove.
import { describe, expect, it, vi } from 'vitest';
import { htmlToText } from '../../src/html/index.js';
import { parseAtom, parseFeed, parseJsonFeed, parseRss, sanitizeHtml, validateFeed } from '../../src/index.js';
import { attack, survived } from './bounds.js';
import { atom, flat, nested, rss } from './documents.js';

const escape = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const jsonFeed = (html: string) =>
  flat(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_html":${JSON.stringify(html)},"summary":"s"}]}`);

/** An HTML payload in each kind of HTML field, each read by the entry points that read it (payload once per document). */
function htmlCalls(html: string): [string, () => unknown][] {
  const rssDoc = rss(`<item><title>t</title><description>${escape(html)}</description></item>`);
  const rssCdata = rss(`<item><title>t</title><description><![CDATA[${html.replaceAll(']]>', '')}]]></description></item>`);
  const atomContent = atom(`<entry><id>e</id><content type="html">${escape(html)}</content></entry>`);
  const atomTitle = atom(`<entry><id>e</id><title type="html">${escape(html)}</title></entry>`);
  const json = jsonFeed(html);
  return [
    ['sanitizeHtml', () => sanitizeHtml(html)],
    ['parseRss description', () => parseRss(rssDoc)],
    ['parseRss CDATA description', () => parseRss(rssCdata)],
    ['parseFeed RSS', () => parseFeed(rssDoc)],
    ['validateFeed RSS', () => validateFeed(rssDoc)],
    ['parseAtom html content', () => parseAtom(atomContent)],
    ['parseFeed Atom html title (reduced to text)', () => parseFeed(atomTitle)],
    ['validateFeed Atom', () => validateFeed(atomContent)],
    ['parseJsonFeed content_html', () => parseJsonFeed(json)],
    ['parseFeed JSON Feed', () => parseFeed(json)],
    ['validateFeed JSON Feed', () => validateFeed(json)],
  ];
}

/** Each call on its own budget; the label says which one broke it. */
function expectEachBounded(calls: [string, () => unknown][], cpuMs: number): void {
  for (const [label, call] of calls) {
    const { cpuMs: spent } = attack(call, { cpuMs, retainedMb: 128 });
    expect(spent, label).toBeLessThan(cpuMs);
  }
}

const FAST_PATHS = new Set(['sanitizeHtml', 'parseFeed Atom html title (reduced to text)']);

describe('HTML nesting bombs', () => {
  // sanitize-html's cost grows with the square of the nesting depth: about a minute for 200,000
  // unclosed tags unguarded. Each call below has a budget of a small fraction of that.
  it('reads 200,000 unclosed <div> in bounded time, in every kind of HTML field', () => {
    const kinds = new Set(['sanitizeHtml', 'parseRss description', 'parseRss CDATA description', 'parseAtom html content',
      'parseFeed Atom html title (reduced to text)', 'parseJsonFeed content_html', 'validateFeed RSS']);
    expectEachBounded(htmlCalls(flat('<div>'.repeat(200_000))).filter(([label]) => kinds.has(label)), 2000);
  });

  const bombs: [string, string][] = [
    ['100,000 nested <b>…</b>', nested('<b>', '</b>', 100_000)],
    ['100,000 unclosed <a href>', '<a href="/x">'.repeat(100_000)],
    ['30,000 nested <table><tr><td>', '<table><tr><td>'.repeat(30_000)],
    ['50,000 nested <ul><li>', '<ul><li>'.repeat(50_000)],
    ['100,000 nested unknown elements', nested('<x-y>', '</x-y>', 100_000)],
    ['nesting behind a dropped element', `<svg>${'<div>'.repeat(100_000)}</svg>${'<i>'.repeat(50_000)}`],
  ];

  for (const [name, html] of bombs) {
    it(`reads ${name} in bounded time, sanitized and reduced to text`, () => {
      expectEachBounded(htmlCalls(flat(html)).filter(([label]) => FAST_PATHS.has(label)), 2000);
    });
  }

  it('keeps the text of what it cuts off', () => {
    const html = sanitizeHtml(`${'<div>'.repeat(200_000)}deep text`);
    expect(html).toContain('deep text');
    expect(html.length).toBeLessThan(10_000);
  });
});

describe('other slow shapes', () => {
  const shapes: [string, string][] = [
    ['500,000 bare "<"', '< '.repeat(500_000)],
    ['1,000,000 ampersands', '&'.repeat(1_000_000)],
    ['200,000 unterminated comments', '<!--'.repeat(200_000)],
    ['100,000 sibling paragraphs', '<p>x'.repeat(100_000)],
    ['a 5 MB attribute', `<a href="/${'x'.repeat(5_000_000)}" title="${'y'.repeat(1_000_000)}">x</a>`],
    ['a srcset with 50,000 candidates', `<img src="/a" srcset="${Array.from({ length: 50_000 }, (_, i) => `/i${i}.png ${i + 1}w`).join(', ')}">`],
    ['10,000 attributes on one tag', `<a ${Array.from({ length: 10_000 }, (_, i) => `data-a${i}="1"`).join(' ')} href="/x">x</a>`],
    ['a 5 MB script', `<script>${'x'.repeat(5_000_000)}</script>after`],
    ['an unterminated script', `<p>a</p><script>${'<div>'.repeat(100_000)}`],
    ['100,000 character references', '&#x3C;&lt;&amp;&nbsp;&#0;&#xD800;&#1114112;'.repeat(15_000)],
  ];

  for (const [name, html] of shapes) {
    it(`reads ${name} in bounded time`, () => {
      expectEachBounded(htmlCalls(flat(html)).filter(([label]) => label === 'sanitizeHtml' || label === 'parseRss description'), 2000);
    });
  }
});

describe('raw text that htmlparser2 ends on look-alike bytes', () => {
  // htmlparser2 compares `c | 0x20` with `</script`, so `\x1c\x0fscript>` ends a script for it.
  // A guard that looked for `</script` saw raw text to the end and let the nesting after it
  // through: 66 s at 2 MB, 183 s for <title>.
  const shape = (name: string, bytes: number) => {
    const head = `<${name}>\x1c\x0f${name}>`;
    return flat(head + '<div>'.repeat(Math.floor((bytes - head.length) / 5)));
  };

  for (const name of ['script', 'style', 'title', 'textarea', 'xmp']) {
    it(`costs the same per byte at 256 KB and 2 MB after <${name}>`, () => {
      const cost = (html: string) => attack(() => [sanitizeHtml(html), parseFeed(atom(`<entry><id>e</id><title type="html">${escape(html)}</title></entry>`))], { cpuMs: 4000 }).cpuMs;
      const small = Math.min(cost(shape(name, 2 ** 18)), cost(shape(name, 2 ** 18)));
      const large = cost(shape(name, 2 ** 21));
      // Linear work is 8 times the cost; quadratic work would be 64 times.
      expect(large / Math.max(small, 5)).toBeLessThan(24);
    });
  }

  it('reads the 8 MB shapes in bounded time in every kind of HTML field', () => {
    for (const name of ['script', 'title']) {
      const html = shape(name, 8 * 2 ** 20);
      // (Escaped, the shape is more than maxTextLength characters: refused at once.)
      const calls = htmlCalls(html).filter(([label]) => ['sanitizeHtml', 'parseRss CDATA description', 'parseJsonFeed content_html', 'parseFeed JSON Feed'].includes(label));
      expectEachBounded([...calls, ['htmlToText', () => htmlToText(html)]], 6000);
    }
  });
});

describe('attribute values read within their own bounds', () => {
  // Each attribute's search for `&` ran on to the next `&` of the document: a description full
  // of links and images with none took 11.9 s at 8 MB in CDATA, 23 s escaped.
  const piece = '<a href="https://example.com/posts/12345">Post title</a> <img src="https://cdn.example.com/i/1.png" alt="Photo"> ';
  const html = flat(piece.repeat(Math.floor(8 * 2 ** 20 / piece.length)));

  it('sanitizes 8 MB of links and images with no `&` in bounded time, in CDATA and escaped', () => {
    const calls = htmlCalls(html).filter(([label]) => ['sanitizeHtml', 'parseRss description', 'parseRss CDATA description'].includes(label));
    expectEachBounded(calls, 5000);
  });
});

describe('side effects', () => {
  // Found by the fuzzer: sanitize-html hands srcset to parse-srcset, which logs what it cannot read.
  it('write nothing to the console, whatever the HTML', () => {
    const printed: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args)));
    try {
      for (const html of ['<img srcset="<p style="x">', '<img src="/a" srcset="/b 1x, /c 2q, /d style=">', '<source srcset=",,,">']) {
        sanitizeHtml(html);
        parseRss(rss(`<item><description>${escape(html)}</description></item>`));
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed).toEqual([]);
  });
});

describe('what sanitizing removes', () => {
  const vectors = [
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<body onload=alert(1)>',
    '<iframe src="https://evil.example/"></iframe>', '<object data="x"></object>', '<embed src="x">',
    '<a href="javascript:alert(1)">x</a>', '<form action="https://evil.example/"><input name=p></form>',
    '<style>body{display:none}</style>', '<p style="position:fixed;top:0">x</p>', '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<link rel=stylesheet href="https://evil.example/x.css">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<a href="&#106;avascript:alert(1)">x</a>', '<div id="x" class="y" name="z">x</div>', '<template><script>alert(1)</script></template>',
  ];

  it('leaves no script, handler, style, frame, form, base, meta or script URL', () => {
    const out = sanitizeHtml(vectors.join('\n'), { baseUrl: 'https://example.com/' });
    expect(out).not.toMatch(/<\s*(script|iframe|object|embed|form|input|style|base|meta|link|svg|math|template|body)\b/i);
    expect(out).not.toMatch(/\son\w+\s*=|\sstyle\s*=|\sid\s*=|\sclass\s*=|\sname\s*=/i);
    expect(out).not.toMatch(/javascript:|&#0*106;|&#x0*6a;/i);
  });

  it('is applied to every HTML field by default, and not when sanitize is false', () => {
    const payload = '<p onclick="x()">ok</p><script>alert(1)</script>';
    const safe = survived(() => parseRss(rss(`<item><description>${escape(payload)}</description></item>`)), { cpuMs: 100 });
    expect(safe.items[0]!.description).toBe('<p>ok</p>');
    const raw = parseRss(rss(`<item><description>${escape(payload)}</description></item>`), { sanitize: false });
    expect(raw.items[0]!.description).toBe(payload);
  });

  it('turns a custom sanitizer that returns a non-string into a library error', () => {
    const doc = rss(`<item><description>x</description></item>`);
    const wrong = attack(() => parseRss(doc, { sanitize: (() => 42) as unknown as (html: string) => string }), { cpuMs: 100 });
    expect(wrong.error?.code).toBe('SANITIZE_RESULT');
  });

  it('turns a custom sanitizer that throws into a library error, in every format', () => {
    const sanitize = () => {
      throw new TypeError('boom');
    };
    const docs = [rss(`<item><description>x</description></item>`), atom(`<entry><id>e</id><content type="html">x</content></entry>`), jsonFeed('x')];
    for (const doc of docs) {
      expect(attack(() => parseFeed(doc, { sanitize }), { cpuMs: 100 }).error).toBeDefined();
    }
  });
});
