// Simple List Extensions (cf:): a channel that is a list (cf:treatAs), and the properties a reader
// may sort and group its items by (cf:listinfo with cf:sort and cf:group).
import type { XmlElement } from '../xml/index.js';
import { checkElementRules, type ElementRules } from './extension-values.js';
import type { Issues } from './report.js';
import type { Vocabulary } from './vocabularies.js';

export const SIMPLE_LIST_NS = 'http://www.microsoft.com/schemas/rss/core/2005';

const SORT: ElementRules = { attributes: { ns: 'iri', 'data-type': ['text', 'date', 'number'], default: ['true', 'false'] } };
const GROUP: ElementRules = { required: ['element'], attributes: { ns: 'iri' } };

export const SIMPLE_LIST_VOCABULARY: Vocabulary = {
  prefix: 'cf', channel: new Set(['treatAs', 'listinfo']), item: new Set(), names: new Set(['treatAs', 'listinfo']),
  once: new Set(['treatAs', 'listinfo']), codePrefix: 'EXTENSION',
  rules: { treatAs: { text: ['list'] } },
  check: checkListInfo,
};

function checkListInfo(element: XmlElement, issues: Issues): void {
  if (element.local !== 'listinfo') return;
  for (const sort of element.childrenNamed(SIMPLE_LIST_NS, 'sort')) {
    checkElementRules(sort, SORT, 'EXTENSION', issues);
    // The default sort is the feed's own order: it names no element; any other sort must.
    if (sort.attr('default')?.trim().toLowerCase() !== 'true') checkElementRules(sort, { required: ['element'] }, 'EXTENSION', issues);
  }
  for (const group of element.childrenNamed(SIMPLE_LIST_NS, 'group')) checkElementRules(group, GROUP, 'EXTENSION', issues);
}
