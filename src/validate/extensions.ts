// Extension elements in a channel (or Atom feed) and an item (or entry): elements a namespace
// does not define, elements placed where their namespace does not allow them, the typed values
// of iTunes, Media RSS, Podcasting 2.0 and the RSS 1.0 modules, and namespaces no reader knows.
import { ATOM_NS } from '../atom/index.js';
import type { XmlElement } from '../xml/index.js';
import { checkDublinCore } from './dublin-core.js';
import { checkElementRules } from './extension-values.js';
import { checkItunesChannel } from './itunes.js';
import { checkMediaElement, MEDIA_ELEMENTS, MEDIA_NS, MEDIA_NS_WITHOUT_SLASH } from './media.js';
import type { Issues } from './report.js';
import { KNOWN_NAMESPACES, VOCABULARIES, type Vocabulary } from './vocabularies.js';

export type Level = 'channel' | 'item';

const reported = new WeakMap<Issues, Set<string>>();

/** Reports an unknown namespace once per document, at its first element. */
/** Whether feeds commonly use the namespace: one with rules here, or one known to need none. */
export function isKnownNamespace(ns: string): boolean {
  return VOCABULARIES.has(ns) || KNOWN_NAMESPACES.has(ns);
}

/** One UNKNOWN_NAMESPACE warning per namespace and document (MEDIA_NAMESPACE for Media RSS without its slash). */
export function reportUnknownNamespace(element: XmlElement, issues: Issues): void {
  let seen = reported.get(issues);
  if (seen === undefined) reported.set(issues, (seen = new Set()));
  if (seen.has(element.ns)) return;
  seen.add(element.ns);
  if (element.ns === MEDIA_NS_WITHOUT_SLASH) {
    issues.warning('MEDIA_NAMESPACE', `<${element.name}> is in "${MEDIA_NS_WITHOUT_SLASH}": the Media RSS namespace ends in a slash ("${MEDIA_NS}")`, issues.at(element));
    return;
  }
  const near = nearMiss(element.ns);
  issues.warning(
    'UNKNOWN_NAMESPACE',
    `<${element.name}> is in the namespace "${element.ns}", which feed readers do not know; they will ignore it${near}`,
    issues.at(element),
  );
}

/** A hint when an unknown namespace is a misspelling of one that has rules here. */
function nearMiss(ns: string): string {
  const plain = ns.toLowerCase().replace(/^https?:/, '').replace(/\/$/, '');
  for (const known of VOCABULARIES.keys()) {
    if (known.toLowerCase().replace(/^https?:/, '').replace(/\/$/, '') === plain) return ` (did you mean "${known}"? namespaces must match exactly)`;
  }
  return '';
}

/** Checks the extension elements directly inside a channel/feed or an item/entry. */
export function checkExtensions(container: XmlElement, level: Level, issues: Issues): void {
  if (level === 'channel') checkItunesChannel(container, issues);
  checkDublinCore(container, issues);
  const seen = new Set<string>();
  for (const child of container.children) {
    if (typeof child === 'string' || child.ns === '' || child.ns === ATOM_NS || child.ns === container.ns) continue;
    const vocabulary = VOCABULARIES.get(child.ns);
    if (vocabulary === undefined) {
      if (!KNOWN_NAMESPACES.has(child.ns)) reportUnknownNamespace(child, issues);
      continue;
    }
    if (!placed(child, vocabulary, level, issues)) continue;
    if (vocabulary.once?.has(child.local)) {
      const key = `${child.ns} ${child.local}`;
      if (seen.has(key)) {
        issues.error('EXTENSION_DUPLICATE_ELEMENT', `<${child.name}> appears more than once here; it may appear once: keep one`, issues.at(child));
        continue;
      }
      seen.add(key);
    }
    if (child.ns === MEDIA_NS) checkMediaTree(child, issues);
    else checkOne(child, vocabulary, issues);
  }
}

/** Whether the element is one its namespace defines, where it stands; reports it when not. */
function placed(element: XmlElement, vocabulary: Vocabulary, level: Level, issues: Issues): boolean {
  if (vocabulary.names !== null && !vocabulary.names.has(element.local)) {
    issues.error('EXTENSION_UNKNOWN_ELEMENT', `<${element.name}> is not an element of the ${vocabulary.prefix}: namespace`, issues.at(element));
    return false;
  }
  const wrongPlace = level === 'channel' ? vocabulary.item.has(element.local) : vocabulary.channel.has(element.local);
  if (wrongPlace) {
    const belongs = level === 'channel' ? 'an item' : 'the channel';
    issues.error('EXTENSION_MISPLACED', `<${element.name}> belongs in ${belongs}, not in ${level === 'channel' ? 'the channel' : 'an item'}`, issues.at(element));
    return false;
  }
  return true;
}

function checkOne(element: XmlElement, vocabulary: Vocabulary, issues: Issues): void {
  const rules = vocabulary.rules?.[element.local];
  if (rules !== undefined) checkElementRules(element, rules, vocabulary.codePrefix!, issues);
  vocabulary.check?.(element, issues);
}

/** media: elements nest (a group holds contents, a content its thumbnails): each is checked. */
function checkMediaTree(top: XmlElement, issues: Issues): void {
  const stack = [top];
  while (stack.length > 0) {
    const element = stack.pop()!;
    checkMediaElement(element, issues);
    for (const child of element.children) {
      if (typeof child === 'string' || child.ns !== MEDIA_NS) continue;
      if (MEDIA_ELEMENTS.has(child.local)) stack.push(child);
      else issues.error('EXTENSION_UNKNOWN_ELEMENT', `<${child.name}> is not an element of the media: namespace`, issues.at(child));
    }
  }
}
