// The podcast profile: what the big podcast directories require (errors) or recommend (warnings)
// of a show and its episodes, on top of the RSS 2.0 rules. Sources: Apple Podcasts' RSS feed
// requirements, and the Podcast Index / Podcasting 2.0 documentation.
import { FeedParseError } from '../errors.js';
import { rssChannelOf } from '../rss/index.js';
import type { XmlElement } from '../xml/index.js';
import { valueOf } from './checks.js';
import { ITUNES_NS } from './itunes.js';
import type { FeedFormat, Issues } from './report.js';

/** Extra rule sets `validateFeed` can apply on top of a format's own rules. */
export type ValidationProfile = 'podcast';
export const VALIDATION_PROFILES: readonly ValidationProfile[] = ['podcast'];

const NAMES: Readonly<Record<FeedFormat, string>> = { rss: 'This RSS document', atom: 'An Atom feed', json: 'A JSON Feed', opml: 'An OPML document' };

export function checkPodcastProfile(root: XmlElement | null, format: FeedFormat | null, issues: Issues): void {
  if (format !== 'rss' || root === null) {
    const what = format === null ? 'This document' : NAMES[format];
    issues.error('PODCAST_NOT_RSS', `${what} cannot be a podcast feed: podcast directories read RSS 2.0 only`);
    return;
  }
  let channel: XmlElement;
  try {
    channel = rssChannelOf(root);
  } catch (error) {
    if (error instanceof FeedParseError) return; // reported by the RSS rules
    throw error;
  }
  checkShow(channel, issues);
  const items = channel.childrenNamed('', 'item');
  if (items.length === 0) {
    issues.error('SHOW_NO_EPISODES', 'The show has no episodes (<item> with an <enclosure>): directories list a show once it has one', issues.at(channel));
  }
  for (const item of items) checkEpisode(item, issues);
}

function nonEmpty(element: XmlElement | null): boolean {
  return element !== null && valueOf(element) !== '';
}

function checkShow(channel: XmlElement, issues: Issues): void {
  const at = issues.at(channel);
  if (!nonEmpty(channel.child('', 'title'))) {
    issues.error('SHOW_MISSING_TITLE', 'The show has no <title> (required by Apple Podcasts)', at);
  }
  if (!nonEmpty(channel.child('', 'description')) && !nonEmpty(channel.child(ITUNES_NS, 'summary'))) {
    issues.error('SHOW_MISSING_DESCRIPTION', 'The show has no <description> (required by Apple Podcasts)', at);
  }
  const image = channel.child(ITUNES_NS, 'image');
  if (image === null || (image.attr('href')?.trim() ?? '') === '') {
    issues.error('SHOW_MISSING_ARTWORK', 'The show has no artwork: add <itunes:image href="…"/> pointing at a square JPEG or PNG, 1400–3000 pixels (required by Apple Podcasts)', at);
  }
  if (!nonEmpty(channel.child('', 'language'))) {
    issues.error('SHOW_MISSING_LANGUAGE', 'The show has no <language> (required by Apple Podcasts): write a code such as "en"', at);
  }
  if (channel.child(ITUNES_NS, 'category') === null) {
    issues.error('SHOW_MISSING_CATEGORY', 'The show has no <itunes:category text="…"/> from Apple\'s category list (required by Apple Podcasts)', at);
  }
  if (channel.child(ITUNES_NS, 'explicit') === null) {
    issues.error('SHOW_MISSING_EXPLICIT', 'The show has no <itunes:explicit> (required by Apple Podcasts): write "true" or "false"', at);
  }
  const owner = channel.child(ITUNES_NS, 'owner');
  if (owner === null || !nonEmpty(owner.child(ITUNES_NS, 'email'))) {
    issues.warning(
      'SHOW_MISSING_OWNER',
      'The show has no <itunes:owner> with an <itunes:email>: directories send the ownership check to that address (recommended by Apple Podcasts)',
      owner === null ? at : issues.at(owner),
    );
  }
}

const PLAYABLE = /^(?:audio|video)\/[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*(?:;|$)/i;

function checkEpisode(item: XmlElement, issues: Issues): void {
  if (!nonEmpty(item.child('', 'title')) && !nonEmpty(item.child(ITUNES_NS, 'title'))) {
    issues.error('EPISODE_MISSING_TITLE', 'The episode has no <title> (required by Apple Podcasts)', issues.at(item));
  }
  const enclosure = item.child('', 'enclosure');
  if (enclosure === null) {
    issues.error('EPISODE_MISSING_ENCLOSURE', 'The episode has no <enclosure url="…" length="…" type="…"/>: without one there is nothing to play', issues.at(item));
    return;
  }
  const type = enclosure.attr('type')?.trim();
  if (type !== undefined && type !== '' && !PLAYABLE.test(type)) {
    issues.error('EPISODE_ENCLOSURE_TYPE', `The episode's enclosure type "${type}" is not an audio or video type (audio/mpeg, audio/x-m4a, video/mp4, …)`, issues.at(enclosure, 'type'));
  }
  if (enclosure.attr('length')?.trim() === '0') {
    issues.warning('EPISODE_UNKNOWN_LENGTH', 'The enclosure length is 0: give the file\'s size in bytes, which apps use to show and plan downloads', issues.at(enclosure, 'length'));
  }
}
