// The XML reader against a conforming XML parser (saxes, namespaces on), shared by the fast
// profile (vitest) and the long one (`npm run fuzz`). Documents are generated well-formed, then
// some are broken by a random edit. Two properties:
//  - a document saxes finds well-formed reads to the same element tree (namespace URI, local name,
//    attributes, text with CDATA merged in), with no fault;
//  - a document saxes rejects is thrown as XML_MALFORMED, or read with at least one fault; in
//    recovery mode it is read (unless it has no root element or a DOCTYPE cut off) with a fault.
// Plain JavaScript, types in xml-differential.d.mts.

// Where q is bound: sometimes to p's namespace, so that p:a and q:a are the same attribute.
const NAMESPACES = ['urn:q', 'urn:p', 'http://www.w3.org/1999/xhtml'];
// Element names: plain ones, the HTML containers the reader is lenient inside, HTML void elements.
const NAMES = ['a', 'b', 'item', 'entry', 'x-y', 'z.1', '_u', 'é', 'title', 'description', 'content', 'summary', 'p', 'div', 'span',
  'br', 'link', 'img', 'source', 'meta', 'hr'];
const VOID = new Set(['br', 'link', 'img', 'source', 'meta', 'hr']);
const HTML_CONTAINERS = new Set(['title', 'description', 'content', 'summary']);
const PREFIXES = ['', '', '', 'p', 'q'];
const ATTRIBUTE_NAMES = ['a', 'b', 'href', 'type', 'p:a', 'q:b', 'q:a', 'xml:lang', 'xml:base', 'src', 'xmlns', 'xmlns:p', 'xmlns:q', 'B', 'x.y-z'];
const TEXT_PIECES = ['x', 'word', ' ', '  ', '\n', '\r\n', '\r', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x263A;',
  '&#x1F600;', '&#0065;', '&#x000041;', '&#10;', '&#13;', 'é', '中', '😀', ']', ']]', '>', '"', "'", '=', '-', '--', '?', '/', ';', '#'];
const ATTRIBUTE_PIECES = [...TEXT_PIECES, 'urn:p', 'urn:q', 'http://a.example/'];
const CDATA_PIECES = ['x', ' ', '<b>', '&amp;', '&', '<', ']', ']]', '\r\n', '\r', '>', '<![CDATA[', '--'];
const COMMENT_PIECES = ['x', ' ', '-', '<', '>', '&', ']]>', '<!--', '\n'];
const PI_TARGETS = ['pi', 'x-y', 'xml-stylesheet', 'php'];
const PI_PIECES = ['x', ' ', '"', "'", '<', '>', '?', '&', 'href="a"'];

const DOCTYPES = ['<!DOCTYPE r>\n', '<!DOCTYPE r [<?pi it\'s?><!-- " ] --><!ENTITY e "v>]">]>', '<!DOCTYPE r SYSTEM "r.dtd">\n',
  '<!DOCTYPE r PUBLIC "-//x//y" \'r.dtd\' [<!ELEMENT r ANY><!ATTLIST r a CDATA "it\'s">]>'];

/** Edits that break a document: mostly the faults the reader tolerates, and cuts. */
const BREAKERS = ['<', '&', '--', ']]>', '</a>', '</b>', '</item>', '</ a>', '/', '"', "'", '=', ' ', ':', 'a:b:c', '<!--', '-->',
  '<![CDATA[', ']]>', '<?', '?>', '&#0;', '&#xD800;', '&#x110000;', '&#X41;', '&nbsp;', '&e;', '&#;', 'xmlns:p=""', 'xmlns:xml="urn:x"',
  'xmlns:xmlns="urn:x"', 'xmlns:r="http://www.w3.org/XML/1998/namespace"', ' a="1"', 'a="1"', ' a=1', ' a', 'r:x', '<?xml version="1.0"?>',
  '<!DOCTYPE a>', '<a>', '<br>', '<a/>', '<b></b>', '$', '@', '(', '1', '.', '-', '\u00B7', '\u0300', '<!ELEMENT a>', '<!x>'];

/**
 * Well-formed documents, then (half of them) one to three random edits.
 * @param {typeof import('fast-check')} fc
 */
export function xmlDocuments(fc) {
  const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 6 }).map((pieces) => pieces.join(''));
  const attributeValue = fc.array(fc.constantFrom(...ATTRIBUTE_PIECES), { maxLength: 4 }).map((pieces) => pieces.join(''));
  const attributes = fc.uniqueArray(
    fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), attributeValue, fc.constantFrom(' ', '\n', '  '), fc.constantFrom('"', "'"), fc.constantFrom('=', ' = ')),
    { maxLength: 3, selector: ([name]) => name },
  ).map((list) => list.map(([name, value, space, quote, equals]) => {
    const escaped = value.replaceAll(quote, quote === '"' ? '&quot;' : '&apos;');
    return `${space}${name}${equals}${quote}${escaped}${quote}`;
  }).join(''));
  const name = fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...NAMES)).map(([prefix, local]) => (prefix ? `${prefix}:${local}` : local));
  const misc = fc.oneof(
    fc.array(fc.constantFrom(...COMMENT_PIECES), { maxLength: 4 }).map((pieces) => `<!--${pieces.join('').replace(/--/g, '-').replace(/-$/, '')}-->`),
    fc.tuple(fc.constantFrom(...PI_TARGETS), fc.array(fc.constantFrom(...PI_PIECES), { maxLength: 4 }))
      .map(([target, pieces]) => `<?${target} ${pieces.join('').replace(/\?>/g, '?')}?>`),
  );
  const cdata = fc.array(fc.constantFrom(...CDATA_PIECES), { maxLength: 5 }).map((pieces) => `<![CDATA[${pieces.join('').replace(/]]>/g, ']]')}]]>`);
  // Elements as data first: whether an element sits inside an HTML container is known only when
  // the tree is written out.
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, text, cdata, misc, tie('element')),
    element: fc.record({
      qname: name, attrs: attributes, children: fc.array(tie('node'), { maxLength: 5 }), selfClose: fc.boolean(), endSpace: fc.constantFrom('', ' ', '\n'),
    }),
  }));
  const write = (item, inHtml) => {
    if (typeof item === 'string') return item;
    const { qname, attrs, children, selfClose, endSpace } = item;
    const open = `<${qname}${attrs}`;
    const local = qname.slice(qname.indexOf(':') + 1);
    // Inside HTML containers void names stay empty: the reader reads them as HTML does (docs/formats.md).
    if (inHtml && VOID.has(local)) return selfClose ? `${open}/>` : `${open}></${qname}${endSpace}>`;
    if (selfClose && children.length === 0) return `${open}/>`;
    const html = inHtml || HTML_CONTAINERS.has(local);
    return `${open}>${children.map((child) => write(child, html)).join('')}</${qname}${endSpace}>`;
  };
  const root = fc.tuple(
    fc.constantFrom('r', 'feed', 'p:r', 'opml'), fc.constantFrom('', ' xmlns="urn:d"', ' xmlns="http://www.w3.org/1999/xhtml"'),
    fc.constantFrom(...NAMESPACES), fc.array(node, { maxLength: 6 }),
  ).map(([qname, defaultNs, qNamespace, children]) => {
    const declarations = ` xmlns:p="urn:p" xmlns:q="${qNamespace}"`;
    return `<${qname}${defaultNs}${declarations}>${children.map((child) => write(child, false)).join('')}</${qname}>`;
  });
  const document = fc.tuple(
    fc.constantFrom('', '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0" standalone="yes"?>'),
    fc.constantFrom('', '\n', '<!-- a -->\n', '<?pi x?>', ...DOCTYPES), root, fc.constantFrom('', '\n', '<!-- end -->', '<?pi?>\n'),
  ).map((parts) => parts.join(''));
  const edit = fc.tuple(fc.nat(), fc.oneof(
    fc.record({ insert: fc.constantFrom(...BREAKERS) }),
    fc.record({ remove: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ cut: fc.constant(true) }),
  ));
  return fc.tuple(document, fc.array(edit, { maxLength: 3 }), fc.boolean()).map(([doc, edits, keep]) => {
    if (keep) return doc;
    let out = doc;
    for (const [at, change] of edits) {
      const i = at % (out.length + 1);
      if ('insert' in change) out = out.slice(0, i) + change.insert + out.slice(i);
      else if ('remove' in change) out = out.slice(0, i) + out.slice(i + change.remove);
      else out = out.slice(0, Math.max(i, 1));
    }
    return out;
  });
}

/**
 * The document as saxes reads it: its root as a comparable tree, or the first error.
 * @param {typeof import('saxes').SaxesParser} SaxesParser
 */
export function saxesTree(SaxesParser, xml) {
  const parser = new SaxesParser({ xmlns: true });
  let error = null;
  const stack = [];
  let root = null;
  const appendText = (value) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined || value === '') return;
    const last = parent.children.length - 1;
    if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += value;
    else parent.children.push(value);
  };
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes).map((a) => [a.uri ?? '', a.local, a.value]);
    const element = { ns: tag.uri ?? '', local: tag.local, attributes: canonicalAttributes(attributes), children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  return { root, error };
}

function canonicalAttributes(attributes) {
  return attributes.map(([ns, local, value]) => `${ns} ${local}=${JSON.stringify(value)}`).sort().join(' ');
}

/** atoma's element view in the same shape. */
export function atomaTree(element) {
  return {
    ns: element.ns,
    local: element.local,
    attributes: canonicalAttributes(element.attributes.map((a) => [a.ns, a.local, a.value])),
    children: element.children.map((child) => (typeof child === 'string' ? child : atomaTree(child))),
  };
}

// Notes the reader makes that are no fault of the document.
const NOTES = new Set(['XML_DOCTYPE']);
// Characters XML forbids, which the reader drops and the validator reports from the text itself.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where saxes is no judge: it skips a DOCTYPE by brackets and quotes without reading its
 * declarations (so a document whose DOCTYPE was edited is left out), and it ends a processing
 * instruction's target at "?" and reads on when no ">" follows (XML 1.0 §2.6 wants a space or "?>").
 * An edit that splits a surrogate pair leaves a string no bytes decode to: left out too.
 */
function beyondSaxes(xml) {
  if (LONE_SURROGATE.test(xml)) return true;
  if (xml.includes('<!DOCTYPE') && !DOCTYPES.some((doctype) => xml.includes(doctype))) return true;
  return /<\?[^\s?]*\?(?!>)/.test(xml);
}

/**
 * Whether the validator reports what is wrong with the document from its text rather than the
 * reader's faults: characters XML forbids (the reader drops them) and HTML entities such as
 * `&nbsp;` (the reader decodes them).
 */
function reportedFromText(xml, htmlEntities) {
  if (FORBIDDEN.test(xml)) return true;
  for (const m of xml.matchAll(/&([A-Za-z][A-Za-z0-9]*);/g)) if (htmlEntities.has(m[1])) return true;
  return false;
}

/**
 * Checks one document both ways; returns a description of a disagreement, or null.
 * @param {{ parseXml: Function, FeedXmlError: Function, htmlEntities: ReadonlyMap<string, string> }} atoma
 */
export function disagreement(atoma, SaxesParser, xml) {
  if (beyondSaxes(xml)) return null;
  const expected = saxesTree(SaxesParser, xml);
  const faults = [];
  let doc = null;
  let thrown = null;
  try {
    doc = atoma.parseXml(xml, { faults, maxDepth: 1000 });
  } catch (e) {
    thrown = e;
  }
  if (thrown !== null && !(thrown instanceof atoma.FeedXmlError)) return `threw a foreign error: ${thrown}`;
  const real = faults.filter((f) => !NOTES.has(f.code));
  if (expected.error === null) {
    if (thrown !== null) return `rejected a well-formed document: ${thrown.code} ${thrown.message}`;
    if (real.length > 0) return `recorded ${real.map((f) => f.code).join(', ')} for a well-formed document`;
    const want = JSON.stringify(expected.root);
    const got = JSON.stringify(atomaTree(doc.root));
    if (want !== got) return `read a different tree:\n  saxes: ${want}\n  atoma: ${got}`;
    // Recovery changes nothing in a well-formed document.
    const recovered = JSON.stringify(atomaTree(atoma.parseXml(xml, { recover: true, maxDepth: 1000 }).root));
    return recovered === got ? null : `recovery read a well-formed document differently:\n  ${recovered}`;
  }
  if (thrown === null && real.length === 0 && !reportedFromText(xml, atoma.htmlEntities)) return `read a malformed document without a fault (saxes: ${expected.error})`;
  // Recovery mode reads every document that has a root element, with a fault.
  const recoveredFaults = [];
  try {
    atoma.parseXml(xml, { faults: recoveredFaults, recover: true, maxDepth: 1000 });
  } catch (e) {
    if (!(e instanceof atoma.FeedXmlError)) return `recovery threw a foreign error: ${e}`;
    if (e.code !== 'XML_MALFORMED' || !/No root element|Unterminated DOCTYPE/.test(e.message)) return `recovery threw ${e.code}: ${e.message}`;
    return null;
  }
  if (recoveredFaults.every((f) => NOTES.has(f.code)) && !reportedFromText(xml, atoma.htmlEntities)) return `recovered without a fault (saxes: ${expected.error})`;
  return null;
}
