// htmlToPlainText, the plain text of atoma/core (no sanitize-html): the same as htmlToText on
// ordinary markup, the same elements' text on the rest, linear time on hostile markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText, htmlToText } from '../../src/html/index.js';
import { stripTags } from '../../src/html/plain-text.js';
import { loadXssVectors } from './vectors.js';

describe('htmlToPlainText on ordinary markup', () => {
  const samples = [
    '<p>Release notes for <b>2.4</b>: faster <a href="/sync">sync</a> &amp; fewer bugs.</p>',
    '<h2>Title</h2><p>One</p><p>Two&nbsp;&mdash; three</p><ul><li>a</li><li>b</li></ul>',
    '<figure><img src="x.png" alt="A chart"><figcaption>Figure 1</figcaption></figure>',
    'Caf&eacute; &#233; &#xE9; &lt;tag&gt;',
    '<div>Kept<script>var hidden = 1;</script><style>p{}</style><iframe src="https://e.x/">no</iframe> text</div>',
    'Text with no markup at all, spaced   out\n over lines',
  ];
  it.each(samples)('%s reads as htmlToText reads it', (html) => {
    expect(htmlToPlainText(html)).toBe(htmlToText(html));
  });
});

describe('htmlToPlainText past the fast path (the tag stripper)', () => {
  it('drops raw-text elements with their content, even with markup-like text inside', () => {
    expect(stripTags('a<script>if (x < 1) { y = "</p>"; }</script>b')).toBe('ab');
    expect(stripTags('a<STYLE type="text/css">p > b {}</Style >b')).toBe('ab');
    expect(stripTags('a<textarea><b>not bold</b></textarea>b<title>t</title>c')).toBe('abc');
    expect(stripTags('a<script>never closed <p>text')).toBe('a');
  });

  it('drops the elements the sanitizer drops with their content, nested ones included', () => {
    expect(stripTags('a<svg><svg><text>x</text></svg><text>y</text></svg>b')).toBe('ab');
    expect(stripTags('a<object data="x"><p>fallback</p></object>b<embed src="y">c')).toBe('abc');
    expect(stripTags('a<select><option>1</option></select>b<math><mi>x</mi></math>c')).toBe('abc');
  });

  it('removes comments, declarations, processing instructions and bogus end tags', () => {
    expect(stripTags('a<!-- <p>hidden</p> -->b<!DOCTYPE html>c<?xml version="1.0"?>d</ 3>e')).toBe('abcde');
    expect(stripTags('a<!-- never closed')).toBe('a');
  });

  it('spaces block elements and decodes references, numeric ones without a semicolon too', () => {
    expect(htmlToPlainText('<p>one</p><p>two</p><br>three<tmp>four</tmp>')).toBe('one two threefour');
    expect(stripTags('&#65&#x42;&#0;&#xD800;&unknownname; &copy;')).toBe('AB\ufffd\ufffd&unknownname; ©');
  });

  it('keeps `<` that starts no tag and quoted `>` inside attributes', () => {
    expect(stripTags('1 < 2 and <a title="x > y">link</a>')).toBe('1 < 2 and link');
  });

  it('gives the same text as htmlToText on nearly all of the XSS collection (odd markup by design)', () => {
    const vectors = loadXssVectors();
    const same = vectors.filter((v) => htmlToPlainText(v.html) === htmlToText(v.html));
    expect(same.length).toBeGreaterThanOrEqual(vectors.length - 3); // 311 of 312 when written
  });

  it('never throws and returns text without tags for any input', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '&', '#', ';', '"', "'", '=', 'a', 'p', 'script', 'svg', ' ', 'x') }), (html) => {
      const text = htmlToPlainText(html);
      expect(typeof text).toBe('string');
    }), { numRuns: 2000 });
  });

  it('stays linear on hostile markup (time per byte flat from 64 KB to 1 MB)', () => {
    const patterns = ['<svg>', '<div><svg>', '<a', '<script></scrip', '<!-', '<a b="', '&#', '<x y=">', '</'];
    for (const pattern of patterns) {
      const perByte = [64 * 1024, 1024 * 1024].map((size) => {
        const html = pattern.repeat(Math.ceil(size / pattern.length));
        stripTags(html); // warm
        const start = performance.now();
        stripTags(html);
        return (performance.now() - start) / html.length;
      });
      expect(perByte[1]!, pattern).toBeLessThan(Math.max(perByte[0]! * 8, 1e-4));
    }
  });
});
