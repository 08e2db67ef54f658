// The smaller comparisons: fixtures, the re-poll case, validation against parsing, dates.
import { existsSync } from 'node:fs';
import { appliesTo, feedsmith, sanitizeHtmlPeer } from './contenders.mjs';
import { describeError } from './isolated.mjs';
import { generatedInput, rssItemsForBytesInput } from './inputs.mjs';
import { measureRoundRobin, timeOnce } from './measure.mjs';

/**
 * Every applicable contender on every fixture, each in the stoppable worker (fixtures include
 * hostile documents such as a billion-laughs DOCTYPE). Returns [{ input, outcomes: Map id → outcome }].
 */
export async function timeFixtures({ contenders, fixtures, runner, budgetMs, timeoutMs }) {
  const rows = [];
  for (const input of fixtures) {
    const outcomes = new Map();
    for (const contender of contenders.filter((c) => appliesTo(c, input))) {
      outcomes.set(contender.id, await runner.run(contender.id, input, { timeoutMs, budgetMs }));
    }
    rows.push({ input, outcomes });
  }
  return rows;
}

const NO_SANITIZE = Object.freeze({ sanitize: false });

/**
 * The re-poll case: a reader already holds the ids of a 100-item feed and fetches it again with
 * one new item. Each task parses the new document and picks out the items it has not seen; a
 * pipeline sanitizes only those, atoma's default sanitizes every item while parsing.
 */
export async function timeRepoll({ atoma, n, budget }) {
  const first = generatedInput('rss', n);
  const again = generatedInput('rss', n, n + 1);
  const known = new Set(atoma.parseRss(first.xml, NO_SANITIZE).items.map((item) => item.guid));
  const fresh = (items, idOf) => items.filter((item) => !known.has(idOf(item)));
  const tasks = [
    {
      key: 'atoma parseRss (default: sanitizing), then new items',
      fn: () => fresh(atoma.parseRss(again.xml).items, (item) => item.guid),
    },
    {
      key: 'atoma parseRss sanitize: false, then sanitizeHtml on the new items only',
      fn: () => fresh(atoma.parseRss(again.xml, NO_SANITIZE).items, (item) => item.guid).map((item) => ({
        ...item,
        description: item.description && atoma.sanitizeHtml(item.description),
        contentEncoded: item.contentEncoded && atoma.sanitizeHtml(item.contentEncoded),
      })),
    },
    {
      key: 'feedsmith parseRssFeed, then new items',
      fn: () => fresh(feedsmith.parseRssFeed(again.xml).items, (item) => item.guid?.value),
    },
    {
      key: 'feedsmith parseRssFeed, then sanitize-html on the new items only',
      fn: () => fresh(feedsmith.parseRssFeed(again.xml).items, (item) => item.guid?.value).map((item) => ({
        ...item,
        description: item.description && sanitizeHtmlPeer(item.description),
        content: item.content?.encoded ? { encoded: sanitizeHtmlPeer(item.content.encoded) } : item.content,
      })),
    },
  ];
  if (typeof atoma.parseFeed === 'function') {
    tasks.splice(1, 0, {
      key: 'atoma parseFeed (default: sanitizing), then new articles',
      fn: () => atoma.parseFeed(again.xml).articles.filter((article) => !known.has(article.id)),
    });
  }
  const checks = [];
  for (const task of tasks) {
    const [, found] = await timeOnce(task.fn, false);
    if (found.length !== 1) checks.push(`${task.key}: found ${found.length} new items instead of 1`);
  }
  const measured = await measureRoundRobin(tasks, budget);
  return { bytes: again.bytes.xml, n, tasks: tasks.map((t) => ({ key: t.key, ...measured.get(t.key) })), checks };
}

/**
 * validateFeed against parseRss on the same ~1 MB feed (skipped while validateFeed is not built).
 */
export async function timeValidation({ atoma, bytes, budget }) {
  if (typeof atoma.validateFeed !== 'function') {
    return { skipped: 'validateFeed is not in dist/index.js yet' };
  }
  const input = rssItemsForBytesInput(bytes);
  const broken = brokenCopy(input.xml);
  const tasks = [
    { key: 'validateFeed', fn: () => atoma.validateFeed(input.xml) },
    { key: 'parseRss, sanitize: false', fn: () => atoma.parseRss(input.xml, NO_SANITIZE) },
    { key: 'parseRss (default: sanitizing)', fn: () => atoma.parseRss(input.xml) },
    { key: 'parseFeed (default: lenient, sanitizing)', fn: () => atoma.parseFeed(input.xml) },
    { key: 'parseFeed (lenient) on a broken copy: a bare & in every title, every item outside the channel, the end cut off', fn: () => atoma.parseFeed(broken) },
  ];
  let report;
  try {
    report = atoma.validateFeed(input.xml);
  } catch (error) {
    return { skipped: `validateFeed threw on a valid feed: ${describeError(error)}` };
  }
  const measured = await measureRoundRobin(tasks, budget);
  return {
    n: input.n, bytes: input.bytes.xml,
    valid: report?.valid, issues: Array.isArray(report?.issues) ? report.issues.length : null,
    tasks: tasks.map((t) => ({ key: t.key, ...measured.get(t.key) })),
  };
}

/**
 * The feed as lenient mode meets it broken: the channel closed before its items (each item then a
 * RSS_ITEM_OUTSIDE_CHANNEL warning), a bare "&" in every title (an XML_BARE_AMPERSAND each), and
 * the end cut off inside the last item (its elements and the root closed by recovery).
 */
function brokenCopy(xml) {
  const first = xml.indexOf('<item>');
  const close = xml.lastIndexOf('</channel>');
  if (first === -1 || close === -1) return xml;
  const moved = `${xml.slice(0, first)}</channel>${xml.slice(first, close)}${xml.slice(close + '</channel>'.length)}`;
  const lastItem = moved.lastIndexOf('<item>');
  return moved.slice(0, lastItem + Math.floor((moved.length - lastItem) / 2)).replaceAll('<title>', '<title>Q&A ');
}

/** Rows of bench/dates.mjs's benchDates() ({ name, opsPerSec, ratio }), when that file exists. */
export async function benchDatesRows(options) {
  const file = new URL('./dates.mjs', import.meta.url);
  if (!existsSync(file)) return { skipped: 'bench/dates.mjs is not there yet' };
  try {
    const { benchDates } = await import(file.href);
    if (typeof benchDates !== 'function') return { skipped: 'bench/dates.mjs exports no benchDates()' };
    return { rows: await benchDates(options) };
  } catch (error) {
    return { skipped: `benchDates() failed: ${describeError(error)}` };
  }
}

