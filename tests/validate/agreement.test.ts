// Agreement with the W3C Feed Validation Service, in shape: small documents of the project's own,
// one per kind of case the W3C validator's test suite holds for RSS 2.0 and Atom 1.0 (documents
// that must pass, and documents that must fail one rule), each with the verdict that validator
// gives such a document. atoma's `valid` must be the same.
import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../src/validate/index.js';

interface Verdict {
  name: string;
  doc: string;
  /** The W3C validator's verdict: true when it reports no error. */
  valid: boolean;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';

function rss(channel: string, item = '<title>Low water</title><link>https://quay.example.com/low</link><guid>https://quay.example.com/low</guid>', root = '<rss version="2.0">'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root}<channel><title>Quay</title><link>https://quay.example.com/</link>` +
    `<description>Quay news</description>${channel}<item>${item}</item></channel></rss>`;
}

const RSS_ITEM = '<title>Low water</title><link>https://quay.example.com/low</link>';

const rssCases: Verdict[] = [
  // must pass
  { name: 'the minimal channel', doc: rss(''), valid: true },
  { name: 'every optional channel element', valid: true, doc: rss(
    '<language>en-us</language><copyright>2024 Quay</copyright><managingEditor>ed@quay.example.com (Ed)</managingEditor>' +
    '<webMaster>web@quay.example.com (Web)</webMaster><pubDate>Sat, 07 Sep 2002 09:42:31 GMT</pubDate>' +
    '<lastBuildDate>Sat, 07 Sep 2002 09:42:31 +0100</lastBuildDate><category>Boats</category><generator>Hand</generator>' +
    '<docs>https://www.rssboard.org/rss-specification</docs><ttl>60</ttl><skipHours><hour>0</hour></skipHours><skipDays><day>Monday</day></skipDays>') },
  { name: 'a date without seconds or weekday', doc: rss('<pubDate>7 Sep 2002 09:42 EST</pubDate>'), valid: true },
  { name: 'a two-digit year (only a warning)', doc: rss('<pubDate>Sat, 07 Sep 02 09:42:31 GMT</pubDate>'), valid: true },
  { name: 'a guid that is not a permalink', doc: rss('', `${RSS_ITEM}<guid isPermaLink="false">quay-1</guid>`), valid: true },
  { name: 'an enclosure with length 0', doc: rss('', `${RSS_ITEM}<enclosure url="https://quay.example.com/a.mp3" length="0" type="audio/mpeg"/>`), valid: true },
  // MediaRssNamespace is one of the W3C validator's warnings (a ReservedPrefix): the document stays valid.
  { name: 'Media RSS without the final slash (a warning)', doc: rss('', `${RSS_ITEM}<media:title xmlns:media="http://search.yahoo.com/mrss">x</media:title>`), valid: true },
  { name: 'an item with only a description', doc: rss('', '<description>Just words.</description>'), valid: true },
  { name: 'an e-mail without a name (a warning)', doc: rss('<managingEditor>ed@quay.example.com</managingEditor>'), valid: true },
  { name: 'items before other channel elements (a warning)', valid: true,
    doc: rss('').replace('</channel>', '<ttl>30</ttl></channel>') },
  { name: 'extension elements in known namespaces', valid: true,
    doc: rss('<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ed</dc:creator>', `${RSS_ITEM}<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;Hi&lt;/p&gt;</content:encoded>`) },
  { name: 'HTML in a title (a warning)', doc: rss('', '<title>Low &lt;b&gt;water&lt;/b&gt;</title>'), valid: true },
  { name: 'a relative link in a description (a warning)', doc: rss('', '<description>&lt;a href="/x"&gt;x&lt;/a&gt;</description>'), valid: true },
  { name: 'a textInput (a warning)', valid: true,
    doc: rss('<textInput><title>Search</title><description>Search</description><name>q</name><link>https://quay.example.com/s</link></textInput>') },
  { name: 'an image within the size limits', valid: true,
    doc: rss('<image><url>https://quay.example.com/l.png</url><title>Quay</title><link>https://quay.example.com/</link><width>144</width><height>400</height></image>') },
  { name: 'a cloud', valid: true, doc: rss('<cloud domain="rpc.quay.example.com" port="80" path="/RPC2" registerProcedure="ping" protocol="xml-rpc"/>') },
  { name: 'iTunes values Apple documents', valid: true,
    doc: rss('<itunes:explicit xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">clean</itunes:explicit>') },
  // must fail
  { name: 'a channel without link', doc: rss('').replace('<link>https://quay.example.com/</link>', ''), valid: false },
  { name: 'a channel without description', doc: rss('').replace('<description>Quay news</description>', ''), valid: false },
  { name: 'an item with neither title nor description', doc: rss('', '<link>https://quay.example.com/low</link>'), valid: false },
  { name: 'an ISO 8601 pubDate', doc: rss('<pubDate>2002-09-07T09:42:31Z</pubDate>'), valid: false },
  { name: 'a localised month name', doc: rss('<pubDate>Sat, 07 Sept 2002 09:42:31 GMT</pubDate>'), valid: false },
  { name: 'a wrong day of week', doc: rss('<pubDate>Sun, 07 Sep 2002 09:42:31 GMT</pubDate>'), valid: false },
  { name: 'a zone with a colon', doc: rss('<lastBuildDate>Sat, 07 Sep 2002 09:42:31 +01:00</lastBuildDate>'), valid: false },
  { name: 'a relative channel link', doc: rss('').replace('<link>https://quay.example.com/</link>', '<link>/</link>'), valid: false },
  { name: 'a link with a space', doc: rss('', '<title>x</title><link>https://quay.example.com/low water</link>'), valid: false },
  { name: 'a guid permalink that is not a URL', doc: rss('', `${RSS_ITEM}<guid>quay-1</guid>`), valid: false },
  { name: 'isPermaLink not true or false', doc: rss('', `${RSS_ITEM}<guid isPermaLink="yes">https://quay.example.com/low</guid>`), valid: false },
  { name: 'duplicate guids', doc: rss('', `${RSS_ITEM}<guid>https://quay.example.com/low</guid></item><item>${RSS_ITEM}<guid>https://quay.example.com/low</guid>`), valid: false },
  { name: 'an enclosure without length', doc: rss('', `${RSS_ITEM}<enclosure url="https://quay.example.com/a.mp3" type="audio/mpeg"/>`), valid: false },
  { name: 'an enclosure length of -1', doc: rss('', `${RSS_ITEM}<enclosure url="https://quay.example.com/a.mp3" length="-1" type="audio/mpeg"/>`), valid: false },
  { name: 'an enclosure type that is no MIME type', doc: rss('', `${RSS_ITEM}<enclosure url="https://quay.example.com/a.mp3" length="1" type="mp3"/>`), valid: false },
  { name: 'a managingEditor without an address', doc: rss('<managingEditor>Ed the editor</managingEditor>'), valid: false },
  { name: 'a language that is no code', doc: rss('<language>English</language>'), valid: false },
  { name: 'a ttl that is not a number', doc: rss('<ttl>an hour</ttl>'), valid: false },
  { name: 'an hour of 25', doc: rss('<skipHours><hour>25</hour></skipHours>'), valid: false },
  { name: 'a day not in English', doc: rss('<skipDays><day>Lundi</day></skipDays>'), valid: false },
  { name: 'an image too wide', valid: false,
    doc: rss('<image><url>https://quay.example.com/l.png</url><title>Quay</title><link>https://quay.example.com/</link><width>145</width></image>') },
  { name: 'a cloud without a port', valid: false, doc: rss('<cloud domain="rpc.quay.example.com" path="/RPC2" registerProcedure="ping" protocol="xml-rpc"/>') },
  { name: 'a textInput without name', valid: false,
    doc: rss('<textInput><title>Search</title><description>Search</description><link>https://quay.example.com/s</link></textInput>') },
  { name: 'an undefined channel element', doc: rss('<blink>yes</blink>'), valid: false },
  { name: 'two channel titles', doc: rss('<title>Quay again</title>'), valid: false },
  { name: 'an undefined iTunes element', doc: rss('<itunes:rating xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">G</itunes:rating>'), valid: false },
  { name: 'an iTunes category Apple does not have', doc: rss('<itunes:category xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" text="Boats"/>'), valid: false },
  { name: 'content:encoded in the channel', doc: rss('<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">x</content:encoded>'), valid: false },
  { name: 'a media:group with one content', valid: false,
    doc: rss('', `${RSS_ITEM}<media:group xmlns:media="http://search.yahoo.com/mrss/"><media:content url="https://quay.example.com/a.mp4"/></media:group>`) },
  { name: 'an invalid sy:updatePeriod', doc: rss('<sy:updatePeriod xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">often</sy:updatePeriod>'), valid: false },
  { name: 'a date with comments between its parts (only a warning)', doc: rss('<pubDate>Sat (market day), 07 Sep(tember) 2002 09:42:31 GMT (summer)</pubDate>'), valid: true },
  { name: 'an editor whose address is only in a comment', doc: rss('<managingEditor>Ed (ed@quay.example.com)</managingEditor>'), valid: false },
  { name: 'the RSS 0.91 DOCTYPE on an RSS 2.0 document', valid: false,
    doc: rss('').replace('<rss version="2.0">', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="2.0">') },
  { name: 'guids that differ only in escaping "~"', valid: false,
    doc: rss('', `${RSS_ITEM}<guid>https://quay.example.com/~ed/low</guid></item><item>${RSS_ITEM}<guid>https://quay.example.com/%7eed/low</guid>`) },
  { name: 'textinput in lower case in RSS 0.91', valid: true,
    doc: rss('<textinput><title>Search</title><description>Search</description><name>q</name><link>https://quay.example.com/s</link></textinput>', undefined, '<rss version="0.91">') },
  { name: 'textinput in lower case in RSS 2.0', valid: false,
    doc: rss('<textinput><title>Search</title><description>Search</description><name>q</name><link>https://quay.example.com/s</link></textinput>') },
  { name: 'an empty ttl (only a warning)', doc: rss('<ttl></ttl>'), valid: true },
  { name: 'a channel link that runs a script', doc: rss('').replace('<link>https://quay.example.com/</link>', "<link>javascript:alert('quay')</link>"), valid: false },
  { name: 'an icbm:latitude beyond the pole', doc: rss('', `${RSS_ITEM}<icbm:latitude xmlns:icbm="http://postneo.com/icbm">91.5</icbm:latitude>`), valid: false },
];

function atom(feed: string, entry = '<title>Low water</title><id>tag:quay.example.com,2024:low</id><updated>2024-03-04T09:00:00Z</updated><link href="https://quay.example.com/low"/><summary>Water is low.</summary>'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="${ATOM_NS}"><title>Quay</title><id>tag:quay.example.com,2024:feed</id>` +
    `<updated>2024-03-04T09:00:00Z</updated><author><name>Ed</name></author>` +
    `<link rel="self" href="https://quay.example.com/feed.atom"/>${feed}<entry>${entry}</entry></feed>`;
}

const ENTRY = '<title>Low water</title><id>tag:quay.example.com,2024:low</id><updated>2024-03-04T09:00:00Z</updated>';
const LINK = '<link href="https://quay.example.com/low"/>';

const atomCases: Verdict[] = [
  // must pass
  { name: 'the minimal feed and entry', doc: atom(''), valid: true },
  { name: 'an entry whose author is the feed\'s', doc: atom(''), valid: true },
  { name: 'html and xhtml text constructs', valid: true,
    doc: atom('<subtitle type="html">&lt;em&gt;Quay&lt;/em&gt;</subtitle><rights type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>©</b></div></rights>') },
  { name: 'linked content with a summary', doc: atom('', `${ENTRY}<summary>Low.</summary><content type="text/html" src="https://quay.example.com/low"/>`), valid: true },
  { name: 'a relative link under xml:base', doc: atom('', `${ENTRY}<link href="low"/>`).replace('<feed ', '<feed xml:base="https://quay.example.com/" '), valid: true },
  { name: 'alternate links told apart by hreflang', valid: true,
    doc: atom('', `${ENTRY}<link rel="alternate" type="text/html" hreflang="en" href="https://quay.example.com/low"/><link rel="alternate" type="text/html" hreflang="fr" href="https://quay.example.com/fr/low"/>`) },
  { name: 'a urn:uuid id', doc: atom('', `<title>x</title><id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id><updated>2024-03-04T09:00:00Z</updated>${LINK}`), valid: true },
  { name: 'a date with an offset and fractions', doc: atom('', `<title>x</title><id>tag:quay.example.com,2024:x</id><updated>2024-03-04T09:00:00.25+01:00</updated>${LINK}`), valid: true },
  { name: 'a source element', valid: true,
    doc: atom('', `${ENTRY}${LINK}<source><id>tag:other.example.com,2024:feed</id><title>Other</title><updated>2024-03-01T00:00:00Z</updated></source>`) },
  { name: 'an entry without content or summary (a warning)', doc: atom('', `${ENTRY}${LINK}`), valid: true },
  { name: 'two entries with one id (a warning)', doc: atom(`<entry>${ENTRY}${LINK}</entry>`.replace('09:00:00Z', '08:00:00Z')), valid: true },
  { name: 'an unregistered link relation (a warning)', doc: atom('<link rel="sidebar" href="https://quay.example.com/side"/>'), valid: true },
  { name: 'escaped HTML in a plain-text title (a warning)', doc: atom('<subtitle>Quay &lt;em&gt;news&lt;/em&gt;</subtitle>'), valid: true },
  { name: 'an extension element', doc: atom('<q:tide xmlns:q="https://quay.example.com/ns">high</q:tide>'), valid: true },
  { name: 'an empty href (a reference to the document itself)', doc: atom('<link rel="related" href=""/>'), valid: true },
  { name: 'an empty self link (a warning)', doc: atom('').replace('href="https://quay.example.com/feed.atom"', 'href=""'), valid: true },
  { name: 'linked content without a type (a warning)', doc: atom('', `${ENTRY}<summary>Low.</summary><content src="https://quay.example.com/low"/>`), valid: true },
  { name: 'an element of an unknown namespace inside xhtml content (a warning)', valid: true,
    doc: atom('<subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Tide <q:mark xmlns:q="https://quay.example.com/ns"/> table</div></subtitle>') },
  { name: 'base64 content broken over lines', doc: atom('', `${ENTRY}<summary>A dot.</summary><content type="image/gif">\n  R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\n</content>`), valid: true },
  // must fail
  { name: 'a feed without id', doc: atom('').replace('<id>tag:quay.example.com,2024:feed</id>', ''), valid: false },
  { name: 'an entry without updated', doc: atom('', `<title>x</title><id>tag:quay.example.com,2024:x</id>${LINK}`), valid: false },
  { name: 'no author anywhere', doc: atom('').replace('<author><name>Ed</name></author>', ''), valid: false },
  { name: 'an author without name', doc: atom('').replace('<author><name>Ed</name></author>', '<author><email>ed@quay.example.com</email></author>'), valid: false },
  { name: 'a relative id', doc: atom('').replace('tag:quay.example.com,2024:feed', '/feed'), valid: false },
  { name: 'an id with whitespace around it', doc: atom('').replace('<id>tag:quay.example.com,2024:feed</id>', '<id> tag:quay.example.com,2024:feed </id>'), valid: false },
  { name: 'a malformed tag: id', doc: atom('').replace('tag:quay.example.com,2024:feed', 'tag:quay.example.com:feed'), valid: false },
  { name: 'an id with a space inside', doc: atom('').replace('tag:quay.example.com,2024:feed', 'tag:quay.example.com,2024:my feed'), valid: false },
  { name: 'an updated date in RFC 822', doc: atom('').replace('<updated>2024-03-04T09:00:00Z</updated><author>', '<updated>Mon, 04 Mar 2024 09:00:00 GMT</updated><author>'), valid: false },
  { name: 'an updated date with a lower-case t', doc: atom('').replace('2024-03-04T09:00:00Z</updated><author>', '2024-03-04t09:00:00Z</updated><author>'), valid: false },
  { name: 'an updated date with whitespace', doc: atom('').replace('2024-03-04T09:00:00Z</updated><author>', '2024-03-04T09:00:00Z\n</updated><author>'), valid: false },
  { name: 'an invalid e-mail address', doc: atom('').replace('<name>Ed</name>', '<name>Ed</name><email>ed at quay</email>'), valid: false },
  { name: 'a text construct of type "plain"', doc: atom('<subtitle type="plain">x</subtitle>'), valid: false },
  { name: 'markup in a text construct', doc: atom('<subtitle>Quay <em xmlns="http://www.w3.org/1999/xhtml">news</em></subtitle>'), valid: false },
  { name: 'xhtml content without its div', doc: atom('', `${ENTRY}<content type="xhtml"><p xmlns="http://www.w3.org/1999/xhtml">x</p></content>`), valid: false },
  { name: 'linked content without a summary', doc: atom('', `${ENTRY}<content type="text/html" src="https://quay.example.com/low"/>`), valid: false },
  { name: 'base64 content without a summary', doc: atom('', `${ENTRY}<content type="image/png">iVBORw0KGgo=</content>`), valid: false },
  { name: 'binary content that is not base64', doc: atom('', `${ENTRY}<summary>x</summary><content type="image/png">not base64!</content>`), valid: false },
  { name: 'content with src and a type of "html"', doc: atom('', `${ENTRY}<summary>x</summary><content type="html" src="https://quay.example.com/low"/>`), valid: false },
  { name: 'an entry with no content and no alternate link', doc: atom('', `${ENTRY}<link rel="related" href="https://quay.example.com/x"/>`), valid: false },
  { name: 'duplicate alternate links', valid: false,
    doc: atom('', `${ENTRY}<summary>x</summary><link rel="alternate" type="text/html" href="https://quay.example.com/a"/><link rel="alternate" type="text/html" href="https://quay.example.com/b"/>`) },
  { name: 'a link without href', doc: atom('<link rel="related"/>'), valid: false },
  { name: 'a link length that is not a number', doc: atom('<link rel="enclosure" length="big" href="https://quay.example.com/a.mp3"/>'), valid: false },
  { name: 'a link type that is no MIME type', doc: atom('<link rel="related" type="html" href="https://quay.example.com/a"/>'), valid: false },
  { name: 'a link hreflang that is no language', doc: atom('<link rel="related" hreflang="English" href="https://quay.example.com/a"/>'), valid: false },
  { name: 'a category without term', doc: atom('<category scheme="https://quay.example.com/t"/>'), valid: false },
  { name: 'two titles', doc: atom('<title>Again</title>'), valid: false },
  { name: 'an undefined Atom element', doc: atom('<modified>2024-03-04T09:00:00Z</modified>'), valid: false },
  { name: 'feed metadata after an entry', doc: atom('').replace('</feed>', '<rights>x</rights></feed>'), valid: false },
  { name: 'the Atom 0.3 namespace', doc: atom('').replace(ATOM_NS, 'http://purl.org/atom/ns#'), valid: false },
  { name: 'a category scheme with whitespace around it', doc: atom('<category term="tides" scheme=" https://quay.example.com/t"/>'), valid: false },
  { name: 'a content src with whitespace around it', doc: atom('', `${ENTRY}<summary>x</summary><content type="text/html" src="https://quay.example.com/low "/>`), valid: false },
  { name: 'a generator uri with whitespace around it', doc: atom('<generator uri=" https://quay.example.com/gen">Gen</generator>'), valid: false },
  { name: 'an xml:base with whitespace around it', doc: atom('').replace('<entry>', '<entry xml:base=" https://quay.example.com/2024/ ">'), valid: false },
  { name: 'binary content whose base64 lacks its padding', doc: atom('', `${ENTRY}<summary>x</summary><content type="image/png">iVBORw0KGgo</content>`), valid: false },
  { name: 'an element of a feed vocabulary inside xhtml content', valid: false,
    doc: atom('<subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Tide <dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2024</dc:date></div></subtitle>') },
];

function agreementOf(cases: Verdict[]): { agreed: number; disagreements: string[] } {
  const disagreements = cases.filter((c) => validateFeed(c.doc).valid !== c.valid).map((c) => c.name);
  return { agreed: cases.length - disagreements.length, disagreements };
}

for (const [format, cases] of [['RSS 2.0', rssCases], ['Atom 1.0', atomCases]] as const) {
  describe(`agreement with the W3C validator's verdicts: ${format}`, () => {
    for (const c of cases) {
      it(`${c.valid ? 'valid' : 'invalid'}: ${c.name}`, () => {
        const report = validateFeed(c.doc);
        expect(report.valid, JSON.stringify(report.issues, null, 1)).toBe(c.valid);
      });
    }
    it('has both kinds of case, and agrees on all of them', () => {
      expect(cases.filter((c) => c.valid).length).toBeGreaterThan(10);
      expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(20);
      expect(agreementOf(cases).disagreements).toEqual([]);
    });
  });
}
