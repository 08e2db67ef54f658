// Error messages and validation issues quote the document; control and bidi characters in what
// they quote come out escaped, so logging a message cannot drive the terminal that shows it.
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseAtom, parseJsonFeed, parseRss, validateFeed } from '../../src/index.js';
import { thrown } from '../helpers.js';

const HOSTILE = '\x1b]0;pwned\x07\x1b[31mRED\u202e\u2066\x85\x9b';
const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('messages quote the document with controls escaped', () => {
  it('in thrown errors (XML, parse and JSON type errors)', () => {
    const errors = [
      thrown(() => parseRss(`<rss version="2.0"><channel></channel${HOSTILE}></rss>`)),
      thrown(() => parseRss(`<rss version="${HOSTILE}"><channel/></rss>`)),
      thrown(() => parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom${HOSTILE}"><id>x</id></feed>`)),
      thrown(() => parseJsonFeed({ version: `https://jsonfeed.org/version/${HOSTILE}`, title: 't', items: [] })),
    ];
    for (const error of errors) {
      expect(error.message).not.toMatch(RAW);
    }
    expect(errors[0]!.message).toContain('</channel\\x1b]0;pwned\\x07\\x1b[31mRED\\u202e\\u2066\\x85\\x9b>');
  });

  it('in a FeedParseError built with a raw message', () => {
    expect(new FeedParseError('RSS_VERSION', `bad ${HOSTILE}`).message).toBe('bad \\x1b]0;pwned\\x07\\x1b[31mRED\\u202e\\u2066\\x85\\x9b');
  });

  it('in validation issues: messages and paths', () => {
    const report = validateFeed(`<rss version="2.0"><channel><title>T</title><link>https://e.com/</link><description>d</description>
      <ttl>${HOSTILE}</ttl><x${HOSTILE.replace(/[\x07\x1b\[\]]/g, '')}y/><item><title>i</title><guid isPermaLink="${HOSTILE}">g</guid></item></channel></rss>`);
    expect(report.issues.length).toBeGreaterThan(1);
    for (const issue of report.issues) {
      expect(issue.message).not.toMatch(RAW);
      expect(issue.path ?? '').not.toMatch(RAW);
    }
    expect(report.issues.map((i) => i.message).join('\n')).toContain('RED\\u202e\\u2066\\x85\\x9b" is not a whole number');
  });
});
