// Atom 1.0 (RFC 4287) rules: each breaks the valid baseline in one place.
import { baseline, edit, type RuleCase } from './case.js';

const A = baseline('valid-atom.xml');
const atom = (from: string, to: string) => edit(A, from, to);
const FEED_AUTHOR = /  <author>\n    <name>Morag Keeper<\/name>[\s\S]*?<\/author>\n/;
const withoutFeedAuthor = A.replace(FEED_AUTHOR, '');
const SECOND_ENTRY_CONTENT = '<content type="html">&lt;p&gt;Every four hours, by hand.&lt;/p&gt;</content>';
const SELF = '<link rel="self" type="application/atom+xml" href="https://lighthouse.example.org/feed.atom"/>';

export const atomCases: RuleCase[] = [
  {
    code: 'ATOM_MISSING_ELEMENT', severity: 'error', name: 'a feed without <id>',
    bad: atom('<id>tag:lighthouse.example.org,2024:feed</id>', ''), at: '<feed', path: 'feed', good: A,
  },
  {
    code: 'ATOM_MISSING_ELEMENT', severity: 'error', name: 'an entry without <updated>',
    bad: atom('<updated>2024-02-20T07:15:00-05:00</updated>', ''), at: '<entry>\n    <title type="html">', path: 'entry[2]', good: A,
  },
  {
    code: 'ATOM_MISSING_ELEMENT', severity: 'error', name: 'a contributor without <name>',
    bad: atom('<contributor><name>Ada Lens</name></contributor>', '<contributor><uri>https://ada.example/</uri></contributor>'), at: '<contributor>', path: 'entry[1]/contributor', good: A,
  },
  {
    code: 'ATOM_DUPLICATE_ELEMENT', severity: 'error', name: 'two titles in an entry',
    bad: atom('<title>Cleaning a Fresnel lens</title>', '<title>Cleaning a Fresnel lens</title>\n    <title>Again</title>'), at: '<title>Again', path: 'entry[1]/title[2]', good: A,
  },
  {
    code: 'ATOM_UNKNOWN_ELEMENT', severity: 'error', name: 'an element Atom does not define, in the Atom namespace',
    bad: atom('<icon>', '<tagline>Old Atom 0.3</tagline>\n  <icon>'), at: '<tagline>', path: 'tagline', good: A,
  },
  {
    code: 'ATOM_UNKNOWN_ATTRIBUTE', severity: 'error', name: 'an unprefixed attribute Atom does not define',
    bad: atom('<category term="engineering"', '<category term="engineering" weight="3"'), at: '<category', path: 'category/@weight', good: A,
  },
  {
    code: 'ATOM_UNEXPECTED_TEXT', severity: 'error', name: 'text loose in <author>',
    bad: atom('<name>Morag Keeper</name>', 'Morag <name>Morag Keeper</name>'), at: '<author>', path: 'author', good: A,
  },
  {
    code: 'ATOM_MISSING_ATTRIBUTE', severity: 'error', name: 'a link without href',
    bad: atom('<link href="https://lighthouse.example.org/2024/clockwork"/>', '<link rel="alternate"/>'), at: '<link rel="alternate"/>', path: 'entry[2]/link', good: A,
  },
  {
    code: 'ATOM_MISSING_ATTRIBUTE', severity: 'error', name: 'a category without term',
    bad: atom('<category term="engineering" ', '<category '), at: '<category', good: A,
  },
  {
    code: 'ATOM_MISSING_AUTHOR', severity: 'error', name: 'neither the feed nor an entry has an author',
    bad: withoutFeedAuthor, at: '<entry>\n    <title>Cleaning', path: 'entry[1]', good: A,
  },
  {
    code: 'ATOM_MISSING_AUTHOR', severity: 'error', name: 'a feed with no author and no entries',
    bad: withoutFeedAuthor.replace(/  <entry>[\s\S]*<\/entry>\n/, ''), at: '<feed', path: 'feed', good: A,
  },
  {
    code: 'ATOM_MISSING_ALTERNATE', severity: 'error', name: 'an entry with neither content nor an alternate link',
    bad: atom('<link href="https://lighthouse.example.org/2024/clockwork"/>', '<link rel="related" href="https://lighthouse.example.org/2024/clockwork"/>').replace(SECOND_ENTRY_CONTENT, ''),
    at: '<entry>\n    <title type="html">', path: 'entry[2]', good: A,
  },
  {
    code: 'ATOM_MISSING_SUMMARY', severity: 'error', name: 'linked content without a summary',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="text/html" src="https://lighthouse.example.org/2024/clockwork.html"/>'), at: '<entry>\n    <title type="html">', path: 'entry[2]', good: A,
  },
  {
    code: 'ATOM_MISPLACED_METADATA', severity: 'error', name: 'feed metadata after an entry',
    bad: atom('</feed>', '  <rights>Late</rights>\n</feed>'), at: '<rights>Late', path: 'rights[2]', good: A,
  },
  {
    code: 'ATOM_INVALID_TYPE', severity: 'error', name: 'a text construct with a MIME type',
    bad: atom('<summary>Soft cloths', '<summary type="text/plain">Soft cloths'), at: '<summary', path: 'entry[1]/summary/@type', good: A,
  },
  {
    code: 'ATOM_INVALID_TYPE', severity: 'error', name: 'a content type that is not a MIME type',
    bad: atom('<content type="html">', '<content type="htm">'), at: '<content type="htm">', path: 'entry[2]/content/@type', good: A,
  },
  {
    code: 'ATOM_XHTML_DIV', severity: 'error', name: 'xhtml content without the div',
    bad: atom('<div xmlns="http://www.w3.org/1999/xhtml"><p>Use <em>soft</em> cloths. <img src="lens.jpg" alt="The lens"/></p></div>', '<p xmlns="http://www.w3.org/1999/xhtml">Use soft cloths.</p>'),
    at: '<content type="xhtml"', path: 'entry[1]/content', good: A,
  },
  {
    code: 'ATOM_XHTML_NAMESPACE', severity: 'error', name: 'an element in no namespace inside xhtml content',
    bad: atom('<em>soft</em>', '<em xmlns="">soft</em>'), at: '<em xmlns', path: 'entry[1]/content/div/p/em', good: A,
  },
  {
    code: 'ATOM_XHTML_NAMESPACE', severity: 'error', name: 'an element of a feed vocabulary (APP) inside xhtml content',
    bad: atom('<em>soft</em>', '<app:edited xmlns:app="http://www.w3.org/2007/app">2024-03-04T09:00:00Z</app:edited>'), at: '<app:edited', path: 'entry[1]/content/div/p/app:edited', good: A,
  },
  {
    code: 'UNKNOWN_NAMESPACE', severity: 'warning', name: 'an element of an unknown namespace inside xhtml content (readers skip it)',
    bad: atom('<em>soft</em>', '<lh:lamp xmlns:lh="https://lighthouse.example.org/ns">soft</lh:lamp>'), at: '<lh:lamp', path: 'entry[1]/content/div/p/lh:lamp', good: A,
  },
  {
    code: 'ATOM_UNESCAPED_MARKUP', severity: 'error', name: 'markup inside an html text construct',
    bad: atom('<title type="html">Winding the &lt;b&gt;clockwork&lt;/b&gt;</title>', '<title type="html">Winding the <b>clockwork</b></title>'), at: '<title type="html">', path: 'entry[2]/title', good: A,
  },
  {
    code: 'ATOM_NOT_BASE64', severity: 'error', name: 'binary content that is not base64',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="application/pdf">not base64!</content>\n    <summary>A PDF.</summary>'), at: '<content type="application/pdf">', path: 'entry[2]/content', good: A,
  },
  {
    code: 'ATOM_NOT_BASE64', severity: 'error', name: 'binary content whose base64 is not padded to a multiple of four',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="image/png">\n      iVBORw0KGgoAAAANSUhEUg\n    </content>\n    <summary>A PNG.</summary>'), at: '<content type="image/png">', path: 'entry[2]/content',
    good: atom(SECOND_ENTRY_CONTENT, '<content type="image/png">\n      iVBORw0KGgoAAAANSUhEUg==\n    </content>\n    <summary>A PNG.</summary>'),
  },
  {
    code: 'ATOM_CONTENT_NOT_EMPTY', severity: 'error', name: 'content with src and a body',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="text/html" src="https://lighthouse.example.org/c.html">Also here</content>\n    <summary>Both.</summary>'),
    at: '<content type="text/html"', path: 'entry[2]/content', good: A,
  },
  {
    code: 'ATOM_MISSING_TYPE', severity: 'warning', name: 'content src without a type',
    bad: atom(SECOND_ENTRY_CONTENT, '<content src="https://lighthouse.example.org/c.html"/>\n    <summary>Linked.</summary>'), at: '<content src', good: A,
  },
  {
    code: 'ATOM_DUPLICATE_ENTRY_ID', severity: 'warning', name: 'two entries with one id',
    bad: atom('<id>https://lighthouse.example.org/2024/clockwork</id>', '<id>tag:lighthouse.example.org,2024:fresnel</id>'),
    at: '<id>tag:lighthouse.example.org,2024:fresnel</id>\n    <updated>2024-02-20', path: 'entry[2]/id', good: A,
  },
  {
    code: 'ATOM_DUPLICATE_ALTERNATE', severity: 'error', name: 'two alternate links with the same type and hreflang',
    bad: atom('<link rel="enclosure" type="audio/mpeg"', '<link rel="alternate" type="text/html" href="https://lighthouse.example.org/2024/fresnel-2"/>\n    <link rel="enclosure" type="audio/mpeg"'),
    at: '<link rel="alternate" type="text/html" href="https://lighthouse.example.org/2024/fresnel-2"', path: 'entry[1]/link[2]', good: A,
  },
  {
    code: 'ATOM_UNREGISTERED_REL', severity: 'warning', name: 'a link relation nobody registered',
    bad: atom('<link rel="enclosure"', '<link rel="podcast"'), at: '<link rel="podcast"', path: 'entry[1]/link[2]/@rel', good: A,
  },
  {
    code: 'ATOM_MISSING_SELF', severity: 'warning', name: 'no rel="self" link',
    bad: atom(SELF, ''), at: '<feed', path: 'feed', good: A,
  },
  {
    code: 'DATE_NOT_RFC3339', severity: 'error', name: 'an RFC 822 date in <updated>',
    bad: atom('<updated>2024-03-04T09:00:00Z</updated>\n  <link', '<updated>Mon, 04 Mar 2024 09:00:00 GMT</updated>\n  <link'), at: '<updated>Mon', path: 'updated', good: A,
  },
  {
    code: 'DATE_NOT_RFC3339', severity: 'error', name: 'a lower-case "t" and "z" (RFC 4287 wants upper case)',
    bad: atom('<published>2024-03-01T18:30:00+01:00</published>', '<published>2024-03-01t18:30:00z</published>'), at: '<published>', path: 'entry[1]/published', good: A,
  },
  {
    code: 'DATE_NOT_RFC3339', severity: 'error', name: 'a date-time without a zone',
    bad: atom('<updated>2024-02-20T07:15:00-05:00</updated>', '<updated>2024-02-20T07:15:00</updated>'), at: '<updated>2024-02-20T07:15:00<', path: 'entry[2]/updated', good: A,
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative id',
    bad: atom('<id>https://lighthouse.example.org/2024/clockwork</id>', '<id>/2024/clockwork</id>'), at: '<id>/2024', path: 'entry[2]/id', good: A,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'a tag URI without its date',
    bad: atom('<id>tag:lighthouse.example.org,2024:feed</id>', '<id>tag:lighthouse.example.org:feed</id>'), at: '<id>tag:lighthouse.example.org:feed', path: 'id', good: A,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'a urn:uuid that is not a UUID',
    bad: atom('<id>tag:lighthouse.example.org,2024:fresnel</id>', '<id>urn:uuid:fresnel</id>'), at: '<id>urn:uuid', path: 'entry[1]/id', good: A,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'an href with a space',
    bad: atom('href="https://lighthouse.example.org/2024/clockwork"/>', 'href="https://lighthouse.example.org/2024/clock work"/>'), at: '<link href="https://lighthouse.example.org/2024/clock work"', path: 'entry[2]/link/@href', good: A,
  },
  {
    code: 'EMAIL_INVALID', severity: 'error', name: 'an author e-mail that is not an address',
    bad: atom('<email>morag@lighthouse.example.org</email>', '<email>morag at lighthouse</email>'), at: '<email>', path: 'author/email', good: A,
  },
  {
    code: 'LANGUAGE_INVALID', severity: 'error', name: 'an hreflang that is not a language tag',
    bad: atom('hreflang="en"', 'hreflang="english language"'), at: '<link rel="alternate" type="text/html" hreflang', path: 'link[2]/@hreflang', good: A,
  },
  {
    code: 'MIME_TYPE_INVALID', severity: 'error', name: 'a link type that is not a MIME type',
    bad: atom('type="audio/mpeg" length="1337"', 'type="mp3" length="1337"'), at: '<link rel="enclosure"', path: 'entry[1]/link[2]/@type', good: A,
  },
  {
    code: 'INTEGER_INVALID', severity: 'error', name: 'a link length that is not a number',
    bad: atom('length="1337"', 'length="1.3 MB"'), at: '<link rel="enclosure"', path: 'entry[1]/link[2]/@length', good: A,
  },
  {
    code: 'HTML_EVENT_HANDLER', severity: 'warning', name: 'an event handler in xhtml content',
    bad: atom('<img src="lens.jpg" alt="The lens"/>', '<img src="lens.jpg" alt="The lens" onerror="steal()"/>'), at: '<content type="xhtml"', path: 'entry[1]/content', good: A,
  },
  {
    code: 'HTML_SCRIPT', severity: 'warning', name: 'a script in html content',
    bad: atom('Every four hours, by hand.', 'Every four hours &lt;script src=x&gt;&lt;/script&gt;'), at: '<content type="html">', path: 'entry[2]/content', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'an id with whitespace around it',
    bad: atom('<id>tag:lighthouse.example.org,2024:feed</id>', '<id>\n    tag:lighthouse.example.org,2024:feed\n  </id>'), at: '<id>\n', path: 'id', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'an updated date with a trailing space',
    bad: atom('<updated>2024-03-04T09:00:00Z</updated>\n  <link', '<updated>2024-03-04T09:00:00Z </updated>\n  <link'), at: '<updated>', path: 'updated', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'an e-mail address with a leading space',
    bad: atom('<email>morag@lighthouse.example.org</email>', '<email> morag@lighthouse.example.org</email>'), at: '<email>', path: 'author/email', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'a link href with whitespace around it',
    bad: atom('href="https://lighthouse.example.org/2024/clockwork"', 'href=" https://lighthouse.example.org/2024/clockwork"'),
    at: '<link href=" https', path: 'entry[2]/link/@href', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'a category scheme with a leading space',
    bad: atom('scheme="https://lighthouse.example.org/topics"', 'scheme=" https://lighthouse.example.org/topics"'), at: '<category', path: 'category/@scheme', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'a generator uri with a trailing space',
    bad: atom('<generator uri="https://example.org/generator"', '<generator uri="https://example.org/generator "'), at: '<generator', path: 'generator/@uri', good: A,
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'a content src with whitespace around it',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="text/html" src="  https://lighthouse.example.org/c.html"/>\n    <summary>Linked.</summary>'),
    at: '<content type="text/html" src', path: 'entry[2]/content/@src',
    good: atom(SECOND_ENTRY_CONTENT, '<content type="text/html" src="https://lighthouse.example.org/c.html"/>\n    <summary>Linked.</summary>'),
  },
  {
    code: 'VALUE_WHITESPACE', severity: 'error', name: 'an xml:base with a leading space',
    bad: atom('xml:base="https://lighthouse.example.org/2024/"', 'xml:base=" https://lighthouse.example.org/2024/"'), at: '<content type="xhtml"', path: 'entry[1]/content/@xml:base', good: A,
  },
  {
    code: 'URL_NOT_CANONICAL', severity: 'warning', name: 'an http id with an upper-case host and the default port',
    bad: atom('<id>https://lighthouse.example.org/2024/clockwork</id>', '<id>https://Lighthouse.example.org:443/2024/clockwork</id>'),
    at: '<id>https://Lighthouse', path: 'entry[2]/id', good: A,
  },
  {
    code: 'URL_UNKNOWN_SCHEME', severity: 'warning', name: 'an id with a scheme IANA does not know',
    bad: atom('<id>tag:lighthouse.example.org,2024:feed</id>', '<id>lighthouse:feed</id>'), at: '<id>', path: 'id', good: A,
  },
  {
    code: 'ATOM_MISSING_TEXTUAL_CONTENT', severity: 'warning', name: 'an entry with neither content nor summary',
    bad: atom(SECOND_ENTRY_CONTENT, ''), at: '<entry>\n    <title type="html">', path: 'entry[2]', good: A,
  },
  {
    code: 'ATOM_INVALID_TYPE', severity: 'error', name: 'linked content whose type is "html", not a MIME type',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="html" src="https://lighthouse.example.org/2024/clockwork.html"/>\n    <summary>By hand.</summary>'),
    at: '<content type="html" src', path: 'entry[2]/content/@type',
    good: atom(SECOND_ENTRY_CONTENT, '<content type="text/html" src="https://lighthouse.example.org/2024/clockwork.html"/>\n    <summary>By hand.</summary>'),
  },
  {
    code: 'ATOM_UNDECLARED_HTML', severity: 'warning', name: 'escaped HTML in a plain-text title',
    bad: atom('<title>Cleaning a Fresnel lens</title>', '<title>Cleaning a &lt;em&gt;Fresnel&lt;/em&gt; lens</title>'), at: '<title>Cleaning', path: 'entry[1]/title', good: A,
  },
  {
    code: 'ATOM_ESCAPED_XHTML', severity: 'warning', name: 'xhtml content whose markup was escaped',
    bad: atom('<p>Use <em>soft</em> cloths.', '&lt;p&gt;Use soft cloths.&lt;/p&gt;<p>'), at: '<content type="xhtml"', path: 'entry[1]/content', good: A,
  },
  {
    code: 'ATOM_HTML_FRAGMENT', severity: 'warning', name: 'text/html content that is a fragment',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="text/html">&lt;p&gt;Every four hours.&lt;/p&gt;</content>'), at: '<content type="text/html"', path: 'entry[2]/content/@type',
    good: atom(SECOND_ENTRY_CONTENT, '<content type="text/html">&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;p&gt;Every four hours.&lt;/p&gt;&lt;/html&gt;</content>'),
  },
  {
    code: 'ATOM_SELF_NOT_ATOM', severity: 'warning', name: 'a self link typed as HTML',
    bad: atom(SELF, SELF.replace('application/atom+xml', 'text/html')), at: '<link rel="self"', path: 'link[1]/@type', good: A,
  },
  {
    code: 'SELF_LINK_RELATIVE', severity: 'warning', name: 'a relative self link',
    bad: atom(SELF, SELF.replace('https://lighthouse.example.org/feed.atom', '/feed.atom')), at: '<link rel="self"', path: 'link[1]/@href', good: A,
  },
  {
    code: 'SELF_LINK_RELATIVE', severity: 'warning', name: 'an empty self link (a reference to the document itself, not an error)',
    bad: atom(SELF, SELF.replace('https://lighthouse.example.org/feed.atom', '')), at: '<link rel="self"', path: 'link[1]/@href', good: A,
  },
  {
    code: 'ATOM_LINK_NOT_EMPTY', severity: 'warning', name: 'a link with text inside',
    bad: atom('<link href="https://lighthouse.example.org/2024/clockwork"/>', '<link href="https://lighthouse.example.org/2024/clockwork">Read it</link>'),
    at: '<link href="https://lighthouse.example.org/2024/clockwork">', path: 'entry[2]/link', good: A,
  },
  {
    code: 'ATOM_ENCLOSURE_LENGTH', severity: 'warning', name: 'an enclosure link without length',
    bad: atom(' length="1337"', ''), at: '<link rel="enclosure"', path: 'entry[1]/link[2]', good: A,
  },
  {
    code: 'ATOM_SOURCE_INCOMPLETE', severity: 'warning', name: 'a source without the original feed\'s id and updated',
    bad: atom('<contributor>', '<source><title>Lamp Notes</title></source>\n    <contributor>'), at: '<source>', path: 'entry[1]/source',
    good: atom('<contributor>', '<source><id>tag:lamps.example.org,2024:feed</id><title>Lamp Notes</title><updated>2024-03-01T00:00:00Z</updated></source>\n    <contributor>'),
  },
  {
    code: 'ATOM_DUPLICATE_UPDATED', severity: 'warning', name: 'two entries with the same id and the same updated',
    bad: atom('<id>https://lighthouse.example.org/2024/clockwork</id>\n    <updated>2024-02-20T07:15:00-05:00</updated>', '<id>tag:lighthouse.example.org,2024:fresnel</id>\n    <updated>2024-03-04T09:00:00Z</updated>'),
    at: '<updated>2024-03-04T09:00:00Z</updated>\n    <link href', path: 'entry[2]/updated', good: A,
  },
  {
    code: 'SELF_LINK_MISMATCH', severity: 'warning', name: 'a self link that is not the address the feed was read from',
    bad: A, options: { baseUrl: 'https://lighthouse.example.org/atom.xml' }, at: '<link rel="self"', path: 'link[1]/@href',
    good: A.replace('https://lighthouse.example.org/feed.atom', 'https://lighthouse.example.org/atom.xml'),
  },
  {
    code: 'ATOM_UNESCAPED_MARKUP', severity: 'error', name: 'text/plain content holding elements',
    bad: atom(SECOND_ENTRY_CONTENT, '<content type="text/plain">Every <b xmlns="http://www.w3.org/1999/xhtml">four</b> hours.</content>'), at: '<content type="text/plain"', path: 'entry[2]/content',
    good: atom(SECOND_ENTRY_CONTENT, '<content type="text/plain">Every four hours.</content>'),
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative category scheme (RFC 4287 asks for an IRI)',
    bad: atom('scheme="https://lighthouse.example.org/topics"', 'scheme="/topics"'), at: '<category', path: 'category/@scheme', good: A,
  },
  {
    code: 'EXTENSION_MISSING_ATTRIBUTE', severity: 'error', name: 'a thr:in-reply-to without ref',
    bad: atom('<contributor>', '<thr:in-reply-to xmlns:thr="http://purl.org/syndication/thread/1.0" href="https://lighthouse.example.org/2024/clockwork"/>\n    <contributor>'),
    at: '<thr:in-reply-to', path: 'entry[1]/thr:in-reply-to',
    good: atom('<contributor>', '<thr:in-reply-to xmlns:thr="http://purl.org/syndication/thread/1.0" ref="https://lighthouse.example.org/2024/clockwork" href="https://lighthouse.example.org/2024/clockwork"/>\n    <contributor>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'an OpenSearch total that is not a number',
    bad: atom('<rights>', '<os:totalResults xmlns:os="http://a9.com/-/spec/opensearch/1.1/">many</os:totalResults>\n  <rights>'), at: '<os:totalResults', path: 'os:totalResults',
    good: atom('<rights>', '<os:totalResults xmlns:os="http://a9.com/-/spec/opensearch/1.1/">2</os:totalResults>\n  <rights>'),
  },
];
