// An independent check of sanitizer output: a strict reader of the serialization sanitize-html
// writes (double-quoted attributes, escaped text) that lists every way the output could be unsafe.
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from '../../src/html/policy.js';

/** Never acceptable in output, whatever the allowlist says. */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'isindex', 'keygen', 'meta', 'link', 'base', 'svg', 'math', 'template',
  'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'html', 'head', 'body', 'marquee', 'dialog',
  'portal', 'bgsound', 'xml', 'area', 'map',
]);
const FORBIDDEN_ATTRIBUTES = new Set([
  'style', 'id', 'class', 'name', 'srcdoc', 'formaction', 'action', 'xlink:href', 'background', 'dynsrc',
  'lowsrc', 'ping', 'download', 'autofocus', 'contenteditable', 'usemap', 'longdesc', 'data', 'is', 'slot',
]);
const MEDIA = new Set(['img', 'source', 'audio', 'video', 'track']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);

const TAG = /<(\/?)([a-z][a-z0-9]*)((?: [a-z][a-z0-9:-]*(?:="[^"<>]*")?)*)( \/)?>/y;
const ATTRIBUTE = / ([a-z][a-z0-9:-]*)(?:="([^"<>]*)")?/g;

/** What an extended allowlist (createSanitizer) adds: the audit accepts these and nothing more. */
export interface AuditExtension {
  tags?: readonly string[];
  attributes?: Readonly<Record<string, readonly string[]>>;
  /** Hosts whose https iframes may appear, each with a sandbox. */
  iframeHosts?: readonly string[];
}

/** Every problem found in `html`; an empty list means the output is safe to insert with innerHTML. */
export function auditSanitizedHtml(html: string, extension: AuditExtension = {}): string[] {
  const problems: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    checkText(html.slice(i, lt < 0 ? html.length : lt), problems);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (match === null) {
      problems.push(`unreadable markup at ${lt}: ${JSON.stringify(html.slice(lt, lt + 40))}`);
      break;
    }
    const [whole, slash, name, attributes] = match as unknown as [string, string, string, string];
    checkTag(name, slash === '/', attributes, problems, extension);
    i = lt + whole.length;
  }
  return problems;
}

function checkText(text: string, problems: string[]): void {
  if (text.includes('>')) problems.push(`raw > in text: ${JSON.stringify(text.slice(0, 60))}`);
  // (escapeHtml, for plain text shown as HTML, also writes quotes as references)
  const amp = /&(?!amp;|lt;|gt;|quot;|#39;)/.exec(text);
  if (amp) problems.push(`unescaped & in text: ${JSON.stringify(text.slice(amp.index, amp.index + 20))}`);
}

const IFRAME_ATTRIBUTES = ['src', 'width', 'height', 'title', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy', 'sandbox'];

function checkTag(name: string, closing: boolean, attributeText: string, problems: string[], extension: AuditExtension): void {
  const framed = name === 'iframe' && (extension.iframeHosts ?? []).length > 0;
  if (FORBIDDEN_TAGS.has(name) && !framed) problems.push(`forbidden element <${name}>`);
  if (!ALLOWED_TAGS.includes(name) && !framed && !(extension.tags ?? []).includes(name)) problems.push(`element <${name}> is not on the allowlist`);
  if (closing) {
    if (attributeText !== '') problems.push(`end tag </${name}> with attributes`);
    return;
  }
  const attributes = new Map<string, string>();
  for (const [, attribute, raw] of attributeText.matchAll(ATTRIBUTE)) {
    if (/&(?!amp;|lt;|gt;|quot;)/.test(raw ?? '')) problems.push(`unescaped & in ${attribute} on <${name}>`);
    const value = decodeAttribute(raw ?? '');
    if (attributes.has(attribute!)) problems.push(`duplicate ${attribute} on <${name}>`);
    attributes.set(attribute!, value);
    if (/^on/i.test(attribute!)) problems.push(`event handler ${attribute} on <${name}>`);
    const extended = (extension.attributes?.[name] ?? []).includes(attribute!) || (extension.attributes?.['*'] ?? []).includes(attribute!);
    if (FORBIDDEN_ATTRIBUTES.has(attribute!) && !extended) problems.push(`forbidden attribute ${attribute} on <${name}>`);
    const allowed = [
      ...(ALLOWED_ATTRIBUTES[name] ?? []), ...(ALLOWED_ATTRIBUTES['*'] ?? []),
      ...(extension.attributes?.[name] ?? []), ...(extension.attributes?.['*'] ?? []), ...(framed ? IFRAME_ATTRIBUTES : []),
    ];
    if (!allowed.includes(attribute!)) problems.push(`attribute ${attribute} is not allowed on <${name}>`);
    if (URL_ATTRIBUTES.has(attribute!)) checkUrl(name, attribute!, value, problems);
    if (attribute === 'srcset') {
      for (const candidate of value.split(/,\s+/)) checkUrl(name, 'srcset', candidate.trim().split(/\s+/)[0] ?? '', problems);
    }
  }
  if (framed) checkFrame(attributes, extension.iframeHosts!, problems);
  const target = attributes.get('target');
  if (target !== undefined && target !== '_blank') problems.push(`target="${target}" on <${name}>`);
  if (target === '_blank' && attributes.get('rel') !== 'noopener noreferrer') problems.push('target=_blank without rel="noopener noreferrer"');
  if (attributes.has('rel') && target === undefined) problems.push('rel without target');
}

/** A kept iframe: an https page of one of the allowed hosts, sandboxed without top navigation. */
function checkFrame(attributes: Map<string, string>, hosts: readonly string[], problems: string[]): void {
  let url: URL | null = null;
  try {
    url = new URL(attributes.get('src') ?? '');
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== 'https:' || !hosts.includes(url.hostname)) problems.push(`iframe src="${attributes.get('src')}" is not an allowed host`);
  const sandbox = attributes.get('sandbox');
  if (sandbox === undefined || /allow-top-navigation|allow-forms|allow-modals/.test(sandbox)) problems.push(`iframe sandbox="${sandbox}"`);
}

/** The URL as a browser reads it, resolved against an unrelated base: only http(s) (and mailto on links). */
function checkUrl(tag: string, attribute: string, value: string, problems: string[]): void {
  let protocol: string;
  try {
    protocol = new URL(value, 'https://reader.invalid/page/').protocol;
  } catch {
    return; // a URL the browser cannot parse loads nothing
  }
  const allowed = MEDIA.has(tag) ? ['http:', 'https:'] : ['http:', 'https:', 'mailto:'];
  if (!allowed.includes(protocol)) problems.push(`${attribute}="${value}" on <${tag}> has scheme ${protocol}`);
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\ufeff]/g, '').toLowerCase();
  if (/^(javascript|vbscript|data|livescript|mocha):/.test(squeezed)) problems.push(`${attribute}="${value}" reads as a script URL`);
}

function decodeAttribute(raw: string): string {
  return raw.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
}
