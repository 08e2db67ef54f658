// JSON Feed rules: each changes the valid baseline (parsed, edited, serialized again).
import { baseline, type RuleCase } from './case.js';

const J = baseline('valid-feed.json');
type Feed = Record<string, unknown> & { items: Record<string, unknown>[] };
/** The baseline with one change made by `change`. */
const json = (change: (feed: Feed) => void): string => {
  const feed = JSON.parse(J) as Feed;
  change(feed);
  return JSON.stringify(feed, null, 2);
};
const firstItem = (feed: Feed) => feed.items[0]!;

export const jsonCases: RuleCase[] = [
  {
    code: 'JSON_MALFORMED', severity: 'error', name: 'a trailing comma',
    bad: '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x",\n  "items": [],\n}', at: { line: 5, column: 1 }, good: J,
  },
  {
    code: 'JSON_NO_VERSION', severity: 'error', name: 'no version',
    bad: json((f) => delete f['version']), path: 'version', good: J,
  },
  {
    code: 'JSON_VERSION', severity: 'error', name: 'a version that is not a published URL',
    bad: json((f) => (f['version'] = 'https://jsonfeed.org/version/2')), path: 'version', good: J,
  },
  {
    code: 'JSON_NO_TITLE', severity: 'error', name: 'no title',
    bad: json((f) => delete f['title']), path: 'title', good: J,
  },
  {
    code: 'JSON_NO_ITEMS', severity: 'error', name: 'no items array',
    bad: json((f) => {
      delete (f as Record<string, unknown>)['items'];
    }), path: 'items', good: J,
  },
  {
    code: 'JSON_WRONG_TYPE', severity: 'error', name: 'a title that is a number',
    bad: json((f) => (firstItem(f)['title'] = 42)), path: 'items[0].title', good: J,
  },
  {
    code: 'JSON_WRONG_TYPE', severity: 'error', name: 'tags that are not strings',
    bad: json((f) => (firstItem(f)['tags'] = ['apples', 3])), path: 'items[0].tags', good: J,
  },
  {
    code: 'JSON_ITEM_NO_ID', severity: 'error', name: 'an item without id',
    bad: json((f) => delete f.items[1]!['id']), path: 'items[1].id', good: J,
  },
  {
    code: 'JSON_ID_NOT_STRING', severity: 'warning', name: 'a numeric id',
    bad: json((f) => (f.items[1]!['id'] = 2024)), path: 'items[1].id', good: J,
  },
  {
    code: 'JSON_DUPLICATE_ID', severity: 'warning', name: 'two items with one id',
    bad: json((f) => (f.items[1]!['id'] = firstItem(f)['id'])), path: 'items[1].id', good: J,
  },
  {
    code: 'JSON_ITEM_NO_CONTENT', severity: 'error', name: 'an item with neither content_html nor content_text',
    bad: json((f) => delete f.items[1]!['content_text']), path: 'items[1]', good: J,
  },
  {
    code: 'JSON_MISSING_FIELD', severity: 'error', name: 'an attachment without mime_type',
    bad: json((f) => delete (firstItem(f)['attachments'] as Record<string, unknown>[])[0]!['mime_type']),
    path: 'items[0].attachments[0].mime_type', good: J,
  },
  {
    code: 'JSON_MISSING_FIELD', severity: 'error', name: 'a hub without type',
    bad: json((f) => delete (f['hubs'] as Record<string, unknown>[])[0]!['type']), path: 'hubs[0].type', good: J,
  },
  {
    code: 'JSON_AUTHOR_EMPTY', severity: 'error', name: 'an author with no name, url or avatar',
    bad: json((f) => (f['authors'] = [{}])), path: 'authors[0]', good: J,
  },
  {
    code: 'JSON_DEPRECATED_FIELD', severity: 'warning', name: 'the 1.0 "author" in a 1.1 feed',
    bad: json((f) => (f['author'] = { name: 'Tom Pippin' })), path: 'author', good: J,
  },
  {
    code: 'JSON_UNKNOWN_FIELD', severity: 'warning', name: 'an extension without the underscore',
    bad: json((f) => (f['orchard'] = { acres: 4 })), path: 'orchard', good: J,
  },
  {
    code: 'DATE_NOT_RFC3339', severity: 'error', name: 'an RFC 822 date_published',
    bad: json((f) => (firstItem(f)['date_published'] = 'Tue, 02 Apr 2024 08:00:00 +0100')), path: 'items[0].date_published', good: J,
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative feed_url',
    bad: json((f) => (f['feed_url'] = '/feed.json')), path: 'feed_url', good: J,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'an attachment url with spaces',
    bad: json((f) => ((firstItem(f)['attachments'] as Record<string, unknown>[])[0]!['url'] = 'https://orchard.example.net/my blossom.mp3')),
    path: 'items[0].attachments[0].url', good: J,
  },
  {
    code: 'LANGUAGE_INVALID', severity: 'error', name: 'a language that is a name',
    bad: json((f) => (f['language'] = 'British English')), path: 'language', good: J,
  },
  {
    code: 'MIME_TYPE_INVALID', severity: 'error', name: 'an attachment mime_type that is not one',
    bad: json((f) => ((firstItem(f)['attachments'] as Record<string, unknown>[])[0]!['mime_type'] = 'mp3')),
    path: 'items[0].attachments[0].mime_type', good: J,
  },
  {
    code: 'INTEGER_INVALID', severity: 'error', name: 'a negative size_in_bytes',
    bad: json((f) => ((firstItem(f)['attachments'] as Record<string, unknown>[])[0]!['size_in_bytes'] = -1)),
    path: 'items[0].attachments[0].size_in_bytes', good: J,
  },
  {
    code: 'HTML_SCRIPT', severity: 'warning', name: 'a script in content_html',
    bad: json((f) => (firstItem(f)['content_html'] = '<p>Out.</p><script>track()</script>')), path: 'items[0].content_html', good: J,
  },
  {
    code: 'NOT_A_FEED', severity: 'error', name: 'JSON that is not a JSON Feed',
    bad: '{"name": "orchard", "acres": 4}', good: J,
  },
];
