import fc from 'fast-check';
import sanitize from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_HTML_DEPTH, sanitizeHtml } from '../../src/html/index.js';
import { prepareForParser } from '../../src/html/parser-input.js';

/** The deepest element nesting the parser under sanitize-html builds for `html`. */
function parserDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  sanitize(html, {
    allowedTags: false,
    allowVulnerableTags: true, // only counting depth; nothing is rendered
    allowedAttributes: false,
    parseStyleAttributes: false,
    onOpenTag: () => { deepest = Math.max(deepest, ++depth); },
    onCloseTag: () => { depth--; },
  });
  return deepest;
}

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
    expect(parserDepth(limited)).toBe(MAX_HTML_DEPTH);
    expect(parserDepth(html)).toBe(300);
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
    );
    const opener = fc.constantFrom('<div>', '<b>', '<a>', '<p>', '<li>');
    const parts = fc.array(fc.oneof({ weight: 2, arbitrary: opener }, { weight: 3, arbitrary: piece }), { maxLength: 60 });
    fc.assert(fc.property(parts, (list) => {
      const html = list.join('');
      // Three open elements, plus possibly a void element (br, img) as the innermost leaf.
      expect(parserDepth(prepareForParser(html, 3))).toBeLessThanOrEqual(4);
    }), { numRuns: 6000 });
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
