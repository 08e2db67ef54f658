// Atom Threading Extensions (RFC 4685, thr:): what an entry replies to, how many replies it has,
// and the count and date of the replies a rel="replies" link points to.
import type { XmlElement } from '../xml/index.js';
import { checkValue } from './extension-values.js';
import type { Issues } from './report.js';
import type { Vocabulary } from './vocabularies.js';

export const THREAD_NS = 'http://purl.org/syndication/thread/1.0';

/**
 * in-reply-to and total describe an entry, but comment feeds (Blogger's among them) put in-reply-to
 * on the feed to say what the whole feed replies to: both places are let be.
 */
export const THREAD_VOCABULARY: Vocabulary = {
  prefix: 'thr', channel: new Set(), item: new Set(), names: new Set(['in-reply-to', 'total']),
  once: new Set(['total']), codePrefix: 'EXTENSION',
  rules: {
    total: { text: 'integer' },
    // ref is the id of the entry replied to: an absolute IRI, as atom:id is (RFC 4685 §3).
    'in-reply-to': { required: ['ref'], attributes: { ref: 'iri', href: 'reference', source: 'reference', type: 'mime' } },
  },
};

// The attributes RFC 4685 §4 puts on a link: thr:count, a whole number, and thr:updated, a date.
const LINK_ATTRIBUTES = { count: 'integer', updated: 'rfc3339' } as const;

/** thr: attributes on an atom:link: count and updated are typed; the namespace defines no other. */
export function checkThreadLinkAttributes(link: XmlElement, issues: Issues): void {
  for (const a of link.attributes) {
    if (a.ns !== THREAD_NS) continue;
    const rule = LINK_ATTRIBUTES[a.local as keyof typeof LINK_ATTRIBUTES];
    if (rule === undefined) {
      // thr:when was a draft's name for what became thr:updated.
      const hint = a.local === 'when' ? ': write thr:updated' : '';
      issues.error('EXTENSION_UNKNOWN_ATTRIBUTE', `The Atom threading extension defines no link attribute "${a.name}"${hint}`, issues.at(link, a.name));
    } else {
      checkValue(a.value.trim(), rule, 'EXTENSION', issues, link, a.name);
    }
  }
}
