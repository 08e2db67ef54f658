import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_HTML_DEPTH, sanitizeHtml } from '../../src/html/index.js';
import { prepareForParser } from '../../src/html/parser-input.js';

/**
 * How deep htmlparser2 (the parser under sanitize-html) nests for `html`: its open elements and
 * its stack of foreign-content states (private to it, read here only to measure).
 */
function parserDepth(html: string): { elements: number; foreign: number } {
  let depth = 0;
  let elements = 0;
  let foreign = 0;
  const parser: Parser = new Parser({
    onopentag: () => {
      elements = Math.max(elements, ++depth);
      foreign = Math.max(foreign, (parser as unknown as { foreignContext: boolean[] }).foreignContext.length);
    },
    onclosetag: () => { depth--; },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return { elements, foreign };
}

/** Every UTF-16 code unit from 0x00 to 0x7f. */
const ASCII = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
const RAW_TEXT = ['script', 'style', 'title', 'textarea', 'xmp'];

describe('prepareForParser', () => {
  it('returns the very same string when nothing is too deep', () => {
    const article = '<article><h1>t</h1>' + '<p>para <b>b</b> <a href="x">l</a><br></p>'.repeat(500) + '</article>';
    expect(prepareForParser(article)).toBe(article);
    const list = '<ul>' + '<li>item'.repeat(1000) + '</ul>';
    expect(prepareForParser(list)).toBe(list);
  });

  it('removes tags deeper than the limit, with their end tags, and keeps the text', () => {
    const html = '<div>'.repeat(300) + 'deep' + '</div>'.repeat(300) + '<p>after</p>';
    const limited = prepareForParser(html);
    expect(limited.match(/<div>/g)).toHaveLength(MAX_HTML_DEPTH);
    expect(limited.match(/<\/div>/g)).toHaveLength(MAX_HTML_DEPTH);
    expect(limited.endsWith('deep' + '</div>'.repeat(MAX_HTML_DEPTH) + '<p>after</p>')).toBe(true);
    expect(parserDepth(limited).elements).toBe(MAX_HTML_DEPTH);
    expect(parserDepth(html).elements).toBe(300);
  });

  it('does not count what the parser does not see as tags', () => {
    const hidden = [
      '<script>' + '<div>'.repeat(400) + '</script>',
      '<!--' + '<div>'.repeat(400) + '-->',
      '<p title="' + '<div>'.repeat(400) + '">x</p>',
      '<textarea>' + '<div>'.repeat(400) + '</textarea>',
    ];
    for (const html of hidden) expect(prepareForParser(html)).toBe(html);
  });

  it('follows the parser where it closes elements by itself', () => {
    for (const html of ['<p>a'.repeat(400), '<li>a'.repeat(400), '<table>' + '<tr><td>a'.repeat(400), '<dl>' + '<dt>a<dd>b'.repeat(400)]) {
      expect(prepareForParser(html)).toBe(html);
    }
  });

  it('never lets the parser nest deeper than the limit', () => {
    const piece = fc.constantFrom(
      '<div>', '<b>', '<i>', '</i>', '</div>', '<p>', '</p>', '<li>', '<td>', '<tr>', '<br>', '<img src=x>', '<svg>', '<g/>',
      '<script>', '</script>', '<script/>', '<script / >', '<title>', '</title >', '<style>', '<xmp>', '<textarea>',
      '<!--', '-->', '--!>', '<!x>', '<?pi>', '</ div>', '</div/>', '</>', '<', '>', '"', "'", '=', ' ', '<a b=c="', '<a b="',
      '<a b=\'', '<a =">', '<a b"c>', '<div/>', 'text', '<<x>', 'b>', '<DIV>', '</DIV >', '<noscript>', '<option>', '<select>',
      '\x1c\x0fscript>', '\x1c/title>', '<\x0fxmp ', '<!>', '<!->', '<![CDATA[', ']]>', '<xitle>', '</xitle>', '<tmp>', '<axitle>',
      '<xextarea>', '<svg/>', '<math>', '<mi>', '</mi>', '<title/>', '<script/>', '<desc>', '&notin', 'a="&notin"',
    );
    const opener = fc.constantFrom('<div>', '<b>', '<a>', '<p>', '<li>');
    const parts = fc.array(fc.oneof({ weight: 2, arbitrary: opener }, { weight: 3, arbitrary: piece }), { maxLength: 60 });
    fc.assert(fc.property(parts, (list) => {
      const html = list.join('');
      // Three open elements, plus possibly a void element (br, img) as the innermost leaf.
      const prepared = prepareForParser(html, 3);
      const { elements, foreign } = parserDepth(prepared);
      expect(elements).toBeLessThanOrEqual(4);
      expect(foreign).toBeLessThanOrEqual(3);
      // Nothing is removed where the parser stays within the limits (it may only gain `a` and `amp;`).
      const unprepared = parserDepth(html);
      if (unprepared.elements <= 3 && unprepared.foreign <= 3 && !/xitle|xextarea|tmp/i.test(html)) {
        expect(prepared.length, JSON.stringify(html)).toBeGreaterThanOrEqual(html.length);
      }
    }), { numRuns: 6000 });
  });

  it('sees raw text end where htmlparser2 ends it, whatever stands in for `<`, `/` or the end of the name', () => {
    // htmlparser2 compares `c | 0x20` with `</name`: \x1c reads as `<`, \x0f as `/`, capitals as
    // small letters (right after the start tag, or anywhere in a title, whose text it does not
    // skip through to the next `<`). Each byte in each place of the end tag, then tags to nest:
    // the parser never nests deeper than the limit, whether the raw text ended there or not.
    const nesting = '<div>'.repeat(40) + 'x';
    let ended = 0;
    for (const name of RAW_TEXT) {
      for (const byte of ASCII) {
        for (const end of [`${byte}/${name}>`, `\x1c${byte}${name}>`, `\x1c\x0f${name.toUpperCase()}${byte}`]) {
          const html = `<${name}>${end}${nesting}`;
          const prepared = prepareForParser(html, 8);
          const { elements } = parserDepth(prepared);
          expect(elements, JSON.stringify(html)).toBeLessThanOrEqual(8);
          if (parserDepth(html).elements > 1) ended++; // the divs after it nest: the raw text ended
        }
      }
    }
    // The stand-ins end it: \x1c or `<` before, \x0f or `/` after; `>` or whitespace after the name.
    expect(ended).toBe(RAW_TEXT.length * (2 + 2 + 6));
  });

  it('reads comments, declarations and CDATA as htmlparser2 does', () => {
    const nesting = '<div>'.repeat(40) + 'x';
    for (const opener of ['<!>', '<!->', '<!-->', '<!--->', '<!---->', '<![CDATA[ <p> ]]>', '<!x <p>>', '<?pi <p>?>', '</ <p>>', '</>', '<!DOCTYPE html>']) {
      const html = opener + nesting;
      expect(parserDepth(prepareForParser(html, 8)).elements, html).toBeLessThanOrEqual(8);
    }
    // What htmlparser2 reads as a comment or as raw text is not nesting, and is left alone.
    for (const html of ['<!--' + '<div>'.repeat(40) + '-->', '<![CDATA[' + '<div>'.repeat(40) + ']]>', '<xmp>' + '<div>'.repeat(40)]) {
      expect(prepareForParser(html, 8)).toBe(html);
    }
  });

  it('reads with the installation of htmlparser2 that sanitize-html parses with', () => {
    const require = createRequire(import.meta.url);
    expect(createRequire(require.resolve('sanitize-html')).resolve('htmlparser2')).toBe(require.resolve('htmlparser2'));
  });

  it('bounds the foreign-content states htmlparser2 stacks without nesting', () => {
    // In SVG, `<svg/>` opens and closes an element but leaves its foreign-content state behind.
    const html = '<svg>' + '<svg/>'.repeat(500) + '<p>after</p>';
    expect(parserDepth(html).foreign).toBeGreaterThan(500);
    const prepared = prepareForParser(html);
    expect(parserDepth(prepared).foreign).toBeLessThanOrEqual(MAX_HTML_DEPTH);
    expect(prepared.endsWith('<p>after</p>')).toBe(true);
  });
});

describe('hostile nesting stays fast', () => {
  // At this size sanitize-html alone spends 1.5 to 8 s of CPU on the first four shapes.
  const N = 50_000;
  const inputs: Record<string, string> = {
    'unclosed divs': '<div>'.repeat(N) + 'x',
    'closed divs': '<div>'.repeat(N) + 'x' + '</div>'.repeat(N),
    'end tags that match nothing': '<b>'.repeat(N) + '</i>'.repeat(N),
    'mis-nested pairs': '<b><i>'.repeat(N / 2) + 'x' + '</b>'.repeat(N / 2),
    'end tags with a slash': '<div></div/>'.repeat(N),
    'tags re-formed by removal': '<div>'.repeat(300) + '<<x>b>'.repeat(N),
    'a quote that is not a quote': '<a b=c="' + '<div>'.repeat(N) + '">',
    'self-closed script': '<script / >' + '<div>'.repeat(N),
    'nested links': '<a href="https://example.com/">'.repeat(N),
    'self-closing in svg': '<svg>' + '<g/>'.repeat(N),
  };

  it.each(Object.entries(inputs))('%s', (_name, html) => {
    const before = process.cpuUsage();
    const sanitized = sanitizeHtml(html);
    const text = htmlToText(html);
    const used = process.cpuUsage(before);
    expect(sanitized.length).toBeLessThan(html.length * 2);
    expect(typeof text).toBe('string');
    expect((used.user + used.system) / 1000).toBeLessThan(1500);
  });
});
