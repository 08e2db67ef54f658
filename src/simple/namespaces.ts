// What the unified Feed draws from the namespace fields, with the precedence docs/namespaces.md
// documents: each function answers one question the adapters ask when the core elements are silent.
import { escapeHtml } from '../html/core.js';
import type { ChannelNamespaces, ItemNamespaces, MediaContent, MediaDescriptive, MediaText } from '../namespaces/index.js';
import type { Attachment } from './model.js';

type Namespaces = ChannelNamespaces | ItemNamespaces;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * A person as RSS writes one: `jo@example.com (Jo Doe)`, `Jo Doe <jo@example.com>` and the quoted
 * mailbox form `"Doe, Jo" <jo@example.com>` name the person (Jo Doe, Doe, Jo); text with no name
 * besides the address stays as written.
 */
export function personName(text: string): string {
  if (!text.includes('@')) return text;
  // The usual form first, without a regular expression: `address (Name)`.
  const open = text.indexOf(' (');
  if (open > 0 && text.endsWith(')')) {
    const address = text.slice(0, open);
    const name = text.slice(open + 2, -1).trim();
    if (name !== '' && address.includes('@') && !address.includes(' ')) return name;
  }
  const match = EMAIL.exec(text);
  if (match === null) return text;
  const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).replace(/[()<>]|\bmailto:/g, ' ').trim();
  if (rest === '') return text;
  const name = rest.replace(/\s+/g, ' ');
  // A display name in a quoted string (RFC 5322): the quotes are not part of the name.
  return name.length > 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1).trim() || name : name;
}

/** dc:creator, else itunes:author, else atom:author, else dcterms:creator. */
export function namespaceAuthors(ns: Namespaces): string[] {
  if (ns.dc !== null && ns.dc.creators.length > 0) return ns.dc.creators.map(personName);
  if (ns.itunes?.author) return [personName(ns.itunes.author)];
  if (ns.atom !== null && ns.atom.authors.length > 0) return ns.atom.authors.map((a) => a.name);
  if (ns.dcterms !== null && ns.dcterms.creators.length > 0) return ns.dcterms.creators.map(personName);
  return [];
}

/** dc:date, else dcterms:issued, else dcterms:created, else atom:published. */
export function namespacePublished(ns: Namespaces): Date | null {
  return ns.dc?.date ?? ns.dcterms?.issued ?? ns.dcterms?.created ?? ns.dcterms?.date ?? ns.atom?.published ?? null;
}

/** atom:updated, else dcterms:modified. */
export function namespaceUpdated(ns: Namespaces): Date | null {
  return ns.atom?.updated ?? ns.dcterms?.modified ?? null;
}

/** Every media element that may describe the item: its own, its groups', its contents' (groups' contents too). */
function mediaParts(ns: Namespaces): MediaDescriptive[] {
  const media = ns.media;
  if (media === null) return [];
  const parts: MediaDescriptive[] = [media, ...media.groups, ...media.contents];
  for (const group of media.groups) parts.push(...group.contents);
  return parts;
}

/** Every media:content of the item, its own then its groups'. */
function mediaContents(ns: Namespaces): MediaContent[] {
  const media = ns.media;
  if (media === null) return [];
  const contents = [...media.contents];
  for (const group of media.groups) contents.push(...group.contents);
  return contents;
}

const isImage = (type: string | null, medium: string | null = null) =>
  medium?.toLowerCase() === 'image' || (type !== null && /^image\//i.test(type));

/**
 * The article's picture: media:thumbnail, else itunes:image, else podcast:images, else a
 * media:content image, else an image among the enclosures.
 */
export function articleImage(ns: ItemNamespaces, enclosures: readonly Attachment[]): string | null {
  for (const part of mediaParts(ns)) if (part.thumbnails.length > 0) return part.thumbnails[0]!.url;
  if (ns.itunes?.image) return ns.itunes.image;
  if (ns.podcast !== null && ns.podcast.images.length > 0) return ns.podcast.images[0]!.url;
  for (const content of mediaContents(ns)) if (content.url !== null && isImage(content.type, content.medium)) return content.url;
  for (const enclosure of enclosures) if (isImage(enclosure.mimeType)) return enclosure.link;
  return null;
}

/** The feed's description when the format's own has none: dc:description, else itunes:subtitle, else itunes:summary (all text). */
export function namespaceSubtitle(ns: ChannelNamespaces): string | null {
  return ns.dc?.description ?? ns.itunes?.subtitle ?? ns.itunes?.summary ?? null;
}

/** The feed's picture when the format's own has none: itunes:image, else podcast:images, else a channel media:thumbnail. */
export function feedImage(ns: ChannelNamespaces): string | null {
  return ns.itunes?.image ?? ns.podcast?.images[0]?.url ?? ns.media?.thumbnails[0]?.url ?? null;
}

/**
 * The enclosures, then every media:content that is not an image (images are the article's
 * picture, not its attachments), one per URL: a later duplicate fills in what the first lacks.
 * itunes:duration is the duration of the episode's media: the first attachment that is not an image.
 */
export function articleAttachments(
  enclosures: Attachment[], ns: ItemNamespaces, titleOf: (url: string) => string | null, htmlToText: (html: string) => string,
): Attachment[] {
  const contents = mediaContents(ns);
  const duration = ns.itunes?.duration ?? null;
  if (contents.length === 0 && duration === null) return enclosures;
  const byUrl = new Map<string, Attachment>();
  const add = (attachment: Attachment) => {
    const first = byUrl.get(attachment.link);
    if (first === undefined) {
      byUrl.set(attachment.link, attachment);
      return;
    }
    first.mimeType ??= attachment.mimeType;
    first.sizeInBytes ??= attachment.sizeInBytes;
    first.durationInSeconds ??= attachment.durationInSeconds;
  };
  for (const enclosure of enclosures) add(enclosure);
  for (const content of contents) {
    if (content.url === null || isImage(content.type, content.medium)) continue;
    add({
      link: content.url,
      mimeType: content.type,
      title: plainTextOf(content.title, htmlToText) ?? titleOf(content.url),
      sizeInBytes: content.fileSize,
      durationInSeconds: content.duration,
    });
  }
  const attachments = [...byUrl.values()];
  if (duration !== null) {
    const episode = attachments.find((a) => !isImage(a.mimeType));
    if (episode !== undefined) episode.durationInSeconds ??= duration;
  }
  return attachments;
}

function plainTextOf(text: MediaText | null, htmlToText: (html: string) => string): string | null {
  if (text === null) return null;
  return text.type === 'plain' ? text.value : htmlToText(text.value) || null;
}

/** The title of an item that has none: media:title (the item's, its groups', its contents'), else itunes:title, else dc:title. */
export function namespaceTitle(ns: ItemNamespaces, htmlToText: (html: string) => string): string | null {
  for (const part of mediaParts(ns)) {
    const title = plainTextOf(part.title, htmlToText);
    if (title !== null) return title;
  }
  return ns.itunes?.title ?? ns.dc?.title ?? null;
}

/** The categories, then each dc:subject not among them. */
export function withSubjects(categories: string[], ns: ItemNamespaces): string[] {
  const subjects = ns.dc?.subjects ?? [];
  for (const subject of subjects) if (!categories.includes(subject)) categories.push(subject);
  return categories;
}

/**
 * The body of an item that has no other: dc:description (escaped: Dublin Core's values are text),
 * else media:description (as HTML), else itunes:summary (escaped).
 */
export function fallbackContent(ns: ItemNamespaces): string | null {
  const description = ns.dc?.description;
  if (description) return escapeHtml(description);
  for (const part of mediaParts(ns)) {
    const description = part.description;
    if (description !== null) return description.type === 'html' ? description.value : escapeHtml(description.value);
  }
  const summary = ns.itunes?.summary;
  return summary ? escapeHtml(summary) : null;
}

/** The href of every link with this rel, in order, once each. */
export function linksWithRel(links: readonly { href: string; rel: string | null }[], rel: string): string[] {
  const found: string[] = [];
  for (const link of links) if (link.rel === rel && !found.includes(link.href)) found.push(link.href);
  return found;
}
