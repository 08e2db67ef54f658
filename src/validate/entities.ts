// HTML's named entities (&nbsp;, &eacute;) are not XML: the reader decodes them from a table so
// real feeds stay readable, without a fault; strict XML parsers reject the document. Found here
// by one linear scan of the text that skips CDATA sections, comments, PIs and the DOCTYPE.
import { HTML_ENTITIES } from '../xml/html-entities.js';
import type { Issues } from './report.js';

// XML's own five entities are skipped by the lookahead: they are most of the references in a feed.
const TOKEN = /&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{0,31});|<!\[CDATA\[|<!--|<\?|<!DOCTYPE/g;

/** Where the section starting at `at` (CDATA, comment, PI or DOCTYPE) ends; the text's end if never. */
function sectionEnd(text: string, at: number, token: string): number {
  // An unterminated section runs to the end of the text; the scan must never move backwards.
  const past = (index: number, length: number): number => (index === -1 ? text.length : index + length);
  if (token === '<![CDATA[') return past(text.indexOf(']]>', at + 9), 3);
  if (token === '<!--') return past(text.indexOf('-->', at + 4), 3);
  if (token === '<?') return past(text.indexOf('?>', at + 2), 2);
  const bracket = text.indexOf('[', at);
  const gt = text.indexOf('>', at);
  if (bracket === -1 || (gt !== -1 && gt < bracket)) return past(gt, 1);
  const close = text.indexOf(']', bracket);
  return close === -1 ? text.length : past(text.indexOf('>', close), 1);
}

// The RSS 0.91 DTD declares the ISO Latin-1 entities (&nbsp; … &yuml;): a document that names it may use them.
const NETSCAPE_DTD = '-//Netscape Communications//DTD RSS 0.91//EN';

function declaredByDtd(text: string, code: number): boolean {
  return code >= 160 && code <= 255 && text.lastIndexOf(NETSCAPE_DTD, 4096) !== -1;
}

export function checkHtmlEntities(text: string, declared: ReadonlySet<string>, issues: Issues): void {
  if (text.indexOf('&') === -1) return;
  const found = new Map<string, { offset: number; count: number }>();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const name = m[1];
    if (name === undefined) {
      TOKEN.lastIndex = sectionEnd(text, m.index, m[0]);
      continue;
    }
    if (!HTML_ENTITIES.has(name) || declared.has(name)) continue;
    const seen = found.get(name);
    if (seen) seen.count++;
    else found.set(name, { offset: m.index, count: 1 });
  }
  for (const [name, { offset, count }] of found) {
    const code = HTML_ENTITIES.get(name)!.codePointAt(0)!;
    if (declaredByDtd(text, code)) continue;
    const times = count > 1 ? ` (${count} times)` : '';
    issues.error(
      'XML_HTML_ENTITY',
      `"&${name};" is an HTML entity, not an XML one${times}: write "&#${code};" or the character itself`,
      { offset },
    );
  }
}
