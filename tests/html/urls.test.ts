import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnsafeUrl, resolveUrl } from '../../src/html/index.js';
import { MAX_BASE_LENGTH } from '../../src/html/urls.js';

describe('resolveUrl', () => {
  it('resolves relative URLs against an absolute base', () => {
    expect(resolveUrl('/relative/uri', 'http://127.0.0.1:8097/tests/x.xml')).toBe('http://127.0.0.1:8097/relative/uri');
    expect(resolveUrl('post.html', 'https://example.com/blog/')).toBe('https://example.com/blog/post.html');
    expect(resolveUrl('../img/a.png', 'https://example.com/blog/2024/')).toBe('https://example.com/blog/img/a.png');
    expect(resolveUrl('?page=2', 'https://example.com/feed?page=1')).toBe('https://example.com/feed?page=2');
    expect(resolveUrl('#top', 'https://example.com/a')).toBe('https://example.com/a#top');
    expect(resolveUrl('//cdn.example.net/x.js', 'https://example.com/')).toBe('https://cdn.example.net/x.js');
  });

  it('trims what the URL parser strips at both ends', () => {
    expect(resolveUrl('  /relative/uri \n', 'http://example.com/')).toBe('http://example.com/relative/uri');
    expect(resolveUrl('\u0000\u0001https://example.com/a\u0007', null)).toBe('https://example.com/a');
    expect(resolveUrl(' \t\n ', 'http://example.com/')).toBeNull();
    expect(resolveUrl('', null)).toBeNull();
  });

  it('returns absolute URLs as written', () => {
    expect(resolveUrl('http://Example.COM', 'https://other.example/')).toBe('http://Example.COM');
    expect(resolveUrl('mailto:a@example.com', 'https://example.com/')).toBe('mailto:a@example.com');
    expect(resolveUrl('urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a', null)).toBe('urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a');
  });

  it('keeps a relative URL relative when there is no base', () => {
    expect(resolveUrl('/a/b', null)).toBe('/a/b');
    expect(resolveUrl('a/b', undefined)).toBe('a/b');
    expect(resolveUrl('//cdn.example.net/x', null)).toBe('//cdn.example.net/x');
  });

  it('applies a relative base and keeps the result relative', () => {
    expect(resolveUrl('post.html', '/blog/')).toBe('/blog/post.html');
    expect(resolveUrl('post.html', 'blog/')).toBe('blog/post.html');
    expect(resolveUrl('/root', 'blog/')).toBe('/root');
    expect(resolveUrl('x', '//cdn.example.net/a/')).toBe('//cdn.example.net/a/x');
  });

  it('tells relative URLs from schemes written in pieces', () => {
    // Relative at a glance: scheme characters up to `/`, `?`, `#` or the end.
    expect(resolveUrl('javascript', null)).toBe('javascript');
    expect(resolveUrl('javascript/alert(1)', null)).toBe('javascript/alert(1)');
    expect(resolveUrl('posts/1&#58;x', null)).toBe('posts/1&#58;x');
    expect(resolveUrl('.javascript:x', 'https://example.com/')).toBe('https://example.com/.javascript:x'); // no scheme starts with `.`
    // A scheme character run that does not end in `/`, `?` or `#` takes the full check.
    for (const url of ['javascript&#58;x', 'java&#x0A;script:x', 'java\u0000script:x', 'java script:x']) {
      expect(resolveUrl(url, null), url).toBeNull();
    }
  });

  it('ignores a base it cannot use', () => {
    expect(resolveUrl('x', 'mailto:a@example.com')).toBe('x');
    expect(resolveUrl('x', 'http://[broken')).toBe('x');
    expect(resolveUrl('x', `https://example.com/${'a'.repeat(MAX_BASE_LENGTH)}/`)).toBe('x');
    expect(resolveUrl('x', `https://example.com/${'a'.repeat(MAX_BASE_LENGTH - 30)}/`)).toMatch(/^https:\/\/example\.com\/a+\/x$/);
  });

  it('drops javascript:, vbscript: and data: however they are written', () => {
    const unsafe = [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)',
      'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)', 'java\u0000script:alert(1)',
      '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', '&#0000106avascript:alert(1)', 'javascript&colon;alert(1)',
      'javascript&#58;alert(1)', 'jav&Tab;ascript:alert(1)', 'jav&NewLine;ascript:alert(1)', '&amp;#106;avascript:alert(1)',
      '\u00a0javascript:alert(1)', '\u200bjavascript:alert(1)', '\ufeffjavascript:alert(1)',
      'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml;base64,PHN2Zz4=', 'DATA:text/html,x', 'livescript:alert(1)',
    ];
    for (const url of unsafe) {
      expect(resolveUrl(url, null), url).toBeNull();
      expect(resolveUrl(url, 'https://example.com/'), url).toBeNull();
    }
  });

  it('checks the scheme of the final URL, after the base is applied', () => {
    expect(resolveUrl('#x', 'javascript:alert(1)//')).toBeNull();
    // A query cannot be applied to an opaque base: the URL stays relative, which is harmless.
    expect(resolveUrl('?x', 'javascript:alert(1)//')).toBe('?x');
    expect(resolveUrl('#x', 'data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(resolveUrl('x', 'vbscript:msgbox(1)//')).toBe('x');
  });

  it('keeps URLs that only contain a dangerous word', () => {
    expect(resolveUrl('https://example.com/javascript:alert(1)', null)).toBe('https://example.com/javascript:alert(1)');
    expect(resolveUrl('/search?q=data:', 'https://example.com/')).toBe('https://example.com/search?q=data:');
    expect(resolveUrl('%6A%61%76%61%73%63%72%69%70%74:alert(1)', 'https://example.com/'))
      .toBe('https://example.com/%6A%61%76%61%73%63%72%69%70%74:alert(1)');
  });

  it('never throws and never returns an unsafe URL, whatever the input', () => {
    const piece = fc.oneof(
      fc.constantFrom('javascript', 'JAVA', 'script', 'data', 'vbscript', ':', '&#', 'x6A;', '&colon;', '\t', '\n', ' ', '\u0000', '/', '#', '?', 'http', '//', '..', '\\', '%', '&', ';'),
      fc.string({ maxLength: 4 }),
    );
    const url = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const base = fc.option(fc.oneof(url, fc.constantFrom('https://example.com/a/', 'javascript:x//', '/rel/', 'data:,x')), { nil: null });
    fc.assert(fc.property(url, base, (u, b) => {
      const resolved = resolveUrl(u, b);
      if (resolved !== null) {
        expect(isUnsafeUrl(resolved)).toBe(false);
        // What a reader's page would make of it (a string no parser accepts loads nothing).
        for (const page of ['https://reader.invalid/', 'about:blank']) {
          if (!URL.canParse(resolved, page)) continue;
          expect(['javascript:', 'vbscript:', 'data:']).not.toContain(new URL(resolved, page).protocol);
        }
      }
    }), { numRuns: 3000 });
  });

  it('stays linear on long hostile input', () => {
    const long = '&#' + '0'.repeat(200_000) + '106;' + ' '.repeat(200_000) + 'x' + ','.repeat(200_000);
    const started = performance.now();
    resolveUrl(long, 'https://example.com/');
    isUnsafeUrl('&'.repeat(300_000) + 'a'.repeat(300_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
