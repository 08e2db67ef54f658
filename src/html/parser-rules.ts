// How htmlparser2 (the parser under sanitize-html) builds its element stack in HTML mode, for the
// fast path, which must build the same stack to write the same output.

/** Elements that never go on the stack: no content, and an end tag for them is ignored (`</br>` aside). */
export const PARSER_VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Raw-text elements: their content is text up to the first `</name` followed by `>` or whitespace. */
export const PARSER_RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const P = new Set(['p']);
const FORM_CONTROLS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DEFINITION_PARTS = new Set(['dd', 'dt']);
const RUBY_PARTS = new Set(['rt', 'rp']);

/**
 * Opening the key first closes, one by one, the elements on top of the stack that are in its set
 * (`<li>` closes an open `<li>`, a block closes an open `<p>`).
 */
export const PARSER_OPEN_CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'].map((name): [string, ReadonlySet<string>] => [name, P]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea']
    .map((name): [string, ReadonlySet<string>] => [name, FORM_CONTROLS]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DEFINITION_PARTS], ['dt', DEFINITION_PARTS], ['rt', RUBY_PARTS], ['rp', RUBY_PARTS],
  ['tbody', TABLE_SECTIONS], ['tfoot', TABLE_SECTIONS],
]);

/**
 * Foreign content. Opening `svg` or `math` enters it, opening an integration point (`desc`,
 * `foreignObject`, `mi`, …, `title`) leaves it, and any end tag of these names returns to what
 * was before, matched or not. Inside foreign content `<x/>` closes itself; outside, `/>` is
 * ignored. (A self-closed `<svg/>` enters foreign content and nothing leaves it until such an end tag.)
 */
export const PARSER_FOREIGN_ROOTS: ReadonlySet<string> = new Set(['svg', 'math']);
export const PARSER_INTEGRATION_POINTS: ReadonlySet<string> = new Set([
  'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title',
]);
