// Podcasting 2.0 (podcast:): required attributes and value types from the namespace's documentation.
import type { XmlElement } from '../xml/index.js';
import { checkElementRules, type ElementRules } from './extension-values.js';
import type { Issues } from './report.js';

export const PODCAST_NS = 'https://podcastindex.org/namespace/1.0';

/** Where the namespace's elements stand; the namespace grows, so names not listed here are let be. */
export const PODCAST_PLACES = {
  channel: ['locked', 'trailer', 'guid', 'medium', 'liveItem', 'block', 'podroll', 'updateFrequency', 'podping', 'publisher'],
  item: ['transcript', 'chapters', 'soundbite', 'season', 'episode', 'alternateEnclosure', 'socialInteract'],
} as const;

const MEDIUMS = ['podcast', 'music', 'video', 'film', 'audiobook', 'newsletter', 'blog', 'publisher', 'course'];

const RULES: Readonly<Record<string, ElementRules>> = {
  locked: { text: ['yes', 'no'] },
  transcript: { required: ['url', 'type'], attributes: { url: 'url', type: 'mime', language: 'language', rel: ['captions'] } },
  chapters: { required: ['url', 'type'], attributes: { url: 'url', type: 'mime' } },
  funding: { required: ['url'], attributes: { url: 'url' } },
  soundbite: { required: ['startTime', 'duration'], attributes: { startTime: 'number', duration: 'number' } },
  person: { text: 'text', attributes: { href: 'url', img: 'url' } },
  location: { text: 'text' },
  season: { text: 'positive' },
  episode: { text: 'number' },
  trailer: { required: ['url', 'pubdate'], attributes: { url: 'url', pubdate: 'rfc822', length: 'integer', type: 'mime', season: 'positive' } },
  guid: { text: 'uuid' },
  medium: { text: [...MEDIUMS, ...MEDIUMS.map((m) => `${m}L`), 'mixed'] },
  block: { text: ['yes', 'no'] },
  value: { required: ['type', 'method'], attributes: { suggested: 'number' } },
  valueRecipient: { required: ['type', 'address', 'split'], attributes: { split: 'integer', fee: ['true', 'false'] } },
  alternateEnclosure: { required: ['type'], attributes: { type: 'mime', length: 'integer', bitrate: 'number', height: 'integer', lang: 'language', default: ['true', 'false'] } },
  source: { required: ['uri'], attributes: { uri: 'url', contentType: 'mime' } },
  images: { required: ['srcset'] },
  liveItem: { required: ['status', 'start'], attributes: { status: ['pending', 'live', 'ended'], start: 'iso8601', end: 'iso8601' } },
  contentLink: { required: ['href'], attributes: { href: 'url' } },
  remoteItem: { required: ['feedGuid'], attributes: { feedGuid: 'uuid', feedUrl: 'url', medium: [...MEDIUMS, ...MEDIUMS.map((m) => `${m}L`), 'mixed'] } },
};

/** Checks one podcast: element; the children that carry their own rules (recipients, sources) too. */
export function checkPodcastElement(element: XmlElement, issues: Issues): void {
  const rules = RULES[element.local];
  if (rules !== undefined) checkElementRules(element, rules, 'PODCAST', issues);
  if (element.local === 'value') {
    const recipients = element.childrenNamed(PODCAST_NS, 'valueRecipient');
    if (recipients.length === 0) {
      issues.error('PODCAST_MISSING_ELEMENT', `<${element.name}> must name at least one <podcast:valueRecipient>`, issues.at(element));
    }
    for (const recipient of recipients) checkElementRules(recipient, RULES['valueRecipient']!, 'PODCAST', issues);
  } else if (element.local === 'alternateEnclosure') {
    const sources = element.childrenNamed(PODCAST_NS, 'source');
    if (sources.length === 0) {
      issues.error('PODCAST_MISSING_ELEMENT', `<${element.name}> must list at least one <podcast:source uri="…">`, issues.at(element));
    }
    for (const source of sources) checkElementRules(source, RULES['source']!, 'PODCAST', issues);
  }
}
