// What each timed result must contain, checked once per contender and generated input before any
// timing: a parser that skips work (dates left unread, HTML left unsanitized when sanitizing was
// asked for, or sanitized when it was not) would otherwise look fast.
import { expectedInstant, itemLink } from './feeds.mjs';

const UNSAFE = [/<script/i, /\sonerror=/i, /javascript:/i];

function unsafeIn(html) {
  return UNSAFE.find((pattern) => pattern.test(html ?? ''));
}

/** The fields the checks read, per result shape: [{ link, date, categories, html: [string] }]. */
function itemsOf(contenderId, result, format) {
  if (contenderId === 'atoma-feed' || contenderId === 'atoma-feed-raw') {
    return result.articles.map((a) => ({ link: a.link, date: a.publishedAt, categories: a.categories.length, html: [a.content, a.summary] }));
  }
  if (contenderId === 'atoma' || contenderId === 'atoma-raw') {
    if (format === 'rss') {
      return result.items.map((i) => ({ link: i.link, date: i.pubDate, categories: i.categories.length, html: [i.description, i.contentEncoded] }));
    }
    return result.entries.map((e) => ({
      link: e.links.find((l) => l.rel === 'alternate')?.href ?? null, date: e.published,
      categories: e.categories.length, html: [e.summary?.value, e.content?.value],
    }));
  }
  if (contenderId === 'feedsmith+sanitize-html') {
    return format === 'rss'
      ? result.items.map((i) => ({ html: [i.description, i.content?.encoded] }))
      : result.entries.map((e) => ({ html: [e.summary?.value, e.content?.value] }));
  }
  return null;
}

/**
 * Null when the result of `contenderId` on the generated `input` is right, else what is wrong.
 * Checks every item: its link and date (atoma), and that HTML is sanitized exactly when asked.
 */
export function verify(contenderId, result, input) {
  if (input.newest === undefined) return null;
  if (input.broken) return verifyBroken(contenderId, result, input);
  const items = itemsOf(contenderId, result, input.format);
  if (items === null) return null;
  const sanitizing = !contenderId.endsWith('-raw');
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const i = input.newest - k;
    if (item.link !== undefined && item.link !== itemLink(i)) return `item ${k}: link ${item.link}`;
    if (item.date !== undefined && item.date?.getTime() !== expectedInstant(input.format, i)) {
      return `item ${k}: date ${item.date?.toISOString() ?? null}, expected ${new Date(expectedInstant(input.format, i)).toISOString()}`;
    }
    if (item.categories !== undefined && item.categories !== 3) return `item ${k}: ${item.categories} categories`;
    const html = item.html.join('\n');
    const unsafe = unsafeIn(html);
    if (sanitizing && unsafe) return `item ${k}: sanitized HTML still matches ${unsafe}`;
    if (!sanitizing && !/<script/.test(html)) return `item ${k}: sanitize: false changed the HTML`;
  }
  return null;
}

/** The item titles of a result, per contender (null for a contender without a feed model). */
function titlesOf(contenderId, result, format) {
  if (contenderId.startsWith('atoma-feed')) return result.articles.map((a) => a.title);
  const list = { feedsmith: format === 'rss' ? result.items : result.entries, 'rss-parser': result.items, rowanmanning: result.items, extractus: result.entries }[contenderId];
  return list?.map((item) => (typeof item.title === 'string' ? item.title : item.title?.value ?? null)) ?? null;
}

/**
 * Null when the result on a broken input (bench/feeds.mjs brokenFeed) reads every item as the
 * tree builder recovers it: each title its own ("Item i: …", the unclosed <b> closed by </title>),
 * and from atoma every item's link, and every complete item's date, categories and HTML as on the
 * intact feed; the last item was cut off after its link and has no date.
 */
function verifyBroken(contenderId, result, input) {
  const titles = titlesOf(contenderId, result, input.format);
  if (titles === null) return null;
  if (titles.length !== input.n) return `${titles.length} of ${input.n} items`;
  for (let k = 0; k < titles.length; k++) {
    const i = input.newest - k;
    if (typeof titles[k] !== 'string' || !titles[k].startsWith(`Item ${i}: `) || /https?:|\n/.test(titles[k])) {
      return `item ${k}: title ${JSON.stringify(String(titles[k]).slice(0, 40))}…`;
    }
  }
  if (!contenderId.startsWith('atoma-feed')) return null;
  const sanitizing = !contenderId.endsWith('-raw');
  for (let k = 0; k < result.articles.length; k++) {
    const article = result.articles[k];
    const i = input.newest - k;
    if (article.link !== itemLink(i)) return `item ${k}: link ${article.link}`;
    if (k === result.articles.length - 1) {
      if (article.publishedAt !== null) return `item ${k}: the cut-off item has a date`;
      continue;
    }
    if (article.publishedAt?.getTime() !== expectedInstant(input.format, i)) return `item ${k}: date ${article.publishedAt?.toISOString() ?? null}`;
    if (article.categories.length !== 3) return `item ${k}: ${article.categories.length} categories`;
    const html = `${article.content}\n${article.summary}`;
    const unsafe = unsafeIn(html);
    if (sanitizing && unsafe) return `item ${k}: sanitized HTML still matches ${unsafe}`;
    if (!sanitizing && !/<script/.test(html)) return `item ${k}: sanitize: false changed the HTML`;
  }
  return null;
}
