// RSS 2.0 rules: each breaks the valid baseline in one place.
import { baseline, edit, type RuleCase } from './case.js';

const R = baseline('valid-rss.xml');
const rss = (from: string, to: string) => edit(R, from, to);
const ITEM_PUBDATE = '<pubDate>Mon, 04 Mar 2024 07:30:00 GMT</pubDate>\n      <source';
const withItemPubDate = (date: string) => rss(ITEM_PUBDATE, `<pubDate>${date}</pubDate>\n      <source`);
const SECOND_GUID = '<guid isPermaLink="false">harbour-2024-02-pontoon</guid>';

export const rssCases: RuleCase[] = [
  {
    code: 'RSS_VERSION', severity: 'error', name: 'an <rss> version atoma does not read',
    bad: rss('<rss version="2.0"', '<rss version="1.0"'), at: '<rss', path: 'rss', good: R,
  },
  {
    code: 'RSS_NO_CHANNEL', severity: 'error', name: 'no <channel>',
    bad: '<rss version="2.0">\n  <item><title>x</title></item>\n</rss>', at: '<rss', good: R,
  },
  {
    code: 'RSS_NAMESPACE', severity: 'error', name: '<rss> given a default namespace (read as none)',
    bad: rss('<rss version="2.0"', '<rss xmlns="http://backend.userland.com/rss2" version="2.0"'), at: '<rss', good: R,
  },
  {
    code: 'RSS_MISSING_VERSION', severity: 'error', name: '<rss> without a version',
    bad: rss('<rss version="2.0"', '<rss'), at: '<rss', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'a channel without <description>',
    bad: rss('<description>Tides, boats and the weather in a small harbour town.</description>', ''),
    at: '<channel>', path: 'channel', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an image without <url>',
    bad: rss('<url>https://harbour.example.com/logo.png</url>', ''), at: '<image>', path: 'channel/image', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an empty <skipDays>',
    bad: rss('<day>Sunday</day>', ''), at: '<skipDays>', path: 'channel/skipDays', good: R,
  },
  {
    code: 'RSS_EMPTY_ELEMENT', severity: 'warning', name: 'an empty channel title',
    bad: rss('<title>Harbour Notes</title>\n    <link>', '<title> </title>\n    <link>'), at: '<title> </title>', path: 'channel/title', good: R,
  },
  {
    code: 'RSS_EMPTY_ELEMENT', severity: 'warning', name: 'an empty ttl (no ttl, not a bad number)',
    bad: rss('<ttl>60</ttl>', '<ttl></ttl>'), at: '<ttl>', path: 'channel/ttl', good: R,
  },
  {
    code: 'RSS_UNKNOWN_ELEMENT', severity: 'error', name: 'an element RSS 2.0 does not define, in no namespace',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <refresh>60</refresh>'), at: '<refresh>', path: 'channel/refresh', good: R,
  },
  {
    code: 'RSS_UNKNOWN_ELEMENT', severity: 'error', name: 'textinput in lower case, RSS 0.91\'s spelling, in RSS 2.0',
    bad: rss('<skipHours>', '<textinput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>q</name>\n      <link>https://harbour.example.com/search</link>\n    </textinput>\n    <skipHours>'),
    at: '<textinput>', path: 'channel/textinput',
    good: rss('<skipHours>', '<textInput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>q</name>\n      <link>https://harbour.example.com/search</link>\n    </textInput>\n    <skipHours>'),
  },
  {
    code: 'RSS_DUPLICATE_ELEMENT', severity: 'error', name: 'two item authors',
    bad: rss('<author>ailsa@harbour.example.com (Ailsa Quay)</author>', '<author>ailsa@harbour.example.com (Ailsa Quay)</author>\n      <author>tom@harbour.example.com (Tom)</author>'),
    at: '<author>tom@', path: 'channel/item[1]/author[2]', good: R,
  },
  {
    code: 'RSS_UNKNOWN_ATTRIBUTE', severity: 'error', name: 'a miscapitalised isPermaLink',
    bad: rss('<guid isPermaLink="true">', '<guid isPermalink="true">'), at: '<guid isPermalink', path: 'channel/item[1]/guid/@isPermalink', good: R,
  },
  {
    code: 'RSS_UNEXPECTED_TEXT', severity: 'error', name: 'text loose in <item>',
    bad: rss('<title>New pontoon opens</title>', 'stray words <title>New pontoon opens</title>'), at: '<item>\n      stray', path: 'channel/item[2]', good: R,
  },
  {
    code: 'RSS_MISSING_ATTRIBUTE', severity: 'error', name: 'an enclosure without type',
    bad: rss(' type="audio/mpeg"/>', '/>'), at: '<enclosure', path: 'channel/item[1]/enclosure', good: R,
  },
  {
    code: 'RSS_MISSING_ATTRIBUTE', severity: 'error', name: 'a cloud without a port',
    bad: rss(' port="80"', ''), at: '<cloud', path: 'channel/cloud', good: R,
  },
  {
    code: 'RSS_MISSING_ATTRIBUTE', severity: 'error', name: 'a source without url',
    bad: rss('<source url="https://tides.example.org/feed.xml">', '<source>'), at: '<source>', good: R,
  },
  {
    code: 'INTEGER_INVALID', severity: 'error', name: 'an enclosure length that is not a whole number',
    bad: rss('length="482133"', 'length="471 KB"'), at: '<enclosure', path: 'channel/item[1]/enclosure/@length', good: R,
  },
  {
    code: 'INTEGER_INVALID', severity: 'error', name: 'a ttl of 0',
    bad: rss('<ttl>60</ttl>', '<ttl>0</ttl>'), at: '<ttl>', path: 'channel/ttl', good: R,
  },
  {
    code: 'INTEGER_INVALID', severity: 'error', name: 'a cloud port out of range',
    bad: rss('port="80"', 'port="70000"'), at: '<cloud', path: 'channel/cloud/@port', good: R,
  },
  {
    code: 'RSS_IMAGE_SIZE', severity: 'error', name: 'an image wider than 144 pixels',
    bad: rss('<width>88</width>', '<width>200</width>'), at: '<width>', path: 'channel/image/width', good: R,
  },
  {
    code: 'RSS_IMAGE_SIZE', severity: 'error', name: 'an image taller than 400 pixels',
    bad: rss('<height>31</height>', '<height>401</height>'), at: '<height>', path: 'channel/image/height', good: R,
  },
  {
    code: 'RSS_INVALID_VALUE', severity: 'error', name: 'an hour outside 0–23',
    bad: rss('<hour>1</hour>', '<hour>25</hour>'), at: '<hour>25', path: 'channel/skipHours/hour[2]', good: R,
  },
  {
    code: 'RSS_HOUR_24', severity: 'warning', name: 'midnight written 24',
    bad: rss('<hour>1</hour>', '<hour>24</hour>'), at: '<hour>24', path: 'channel/skipHours/hour[2]', good: R,
  },
  {
    code: 'RSS_INVALID_VALUE', severity: 'error', name: 'a cloud protocol RSS does not define',
    bad: rss('protocol="soap"', 'protocol="carrier-pigeon"'), at: '<cloud', path: 'channel/cloud/@protocol', good: R,
  },
  {
    code: 'RSS_DUPLICATE_VALUE', severity: 'error', name: 'the same day twice in skipDays',
    bad: rss('<day>Sunday</day>', '<day>Sunday</day>\n      <day>Sunday</day>'), at: '<day>Sunday</day>\n    </skipDays>', path: 'channel/skipDays/day[2]', good: R,
  },
  {
    code: 'RSS_ITEM_EMPTY', severity: 'error', name: 'an item with neither title nor description',
    bad: rss('<title>New pontoon opens</title>', '').replace('<description>Forty new berths for visiting boats.</description>', ''),
    at: '<item>\n      \n', path: 'channel/item[2]', good: R,
  },
  {
    code: 'DATE_INVALID', severity: 'error', name: 'a pubDate no reader understands',
    bad: withItemPubDate('the fourth of March'), at: '<pubDate>the fourth', path: 'channel/item[1]/pubDate', good: R,
  },
  {
    code: 'DATE_INVALID', severity: 'error', name: 'a date that does not exist (31 June)',
    bad: withItemPubDate('Sat, 31 Jun 2006 23:08:26 +1000'), at: '<pubDate>Sat, 31 Jun', good: R,
  },
  {
    code: 'DATE_NOT_RFC822', severity: 'error', name: 'an ISO 8601 pubDate',
    bad: withItemPubDate('2024-03-04T07:30:00Z'), at: '<pubDate>2024', path: 'channel/item[1]/pubDate', good: R,
  },
  {
    code: 'DATE_WRONG_WEEKDAY', severity: 'error', name: 'a weekday that does not match the date',
    bad: withItemPubDate('Fri, 04 Mar 2024 07:30:00 GMT'), at: '<pubDate>Fri', path: 'channel/item[1]/pubDate', good: R,
  },
  {
    code: 'DATE_NOT_RFC822', severity: 'error', name: 'a zone with a colon',
    bad: rss('<lastBuildDate>Mon, 04 Mar 2024 08:00:00 +0000</lastBuildDate>', '<lastBuildDate>Mon, 04 Mar 2024 08:00:00 +00:00</lastBuildDate>'),
    at: '<lastBuildDate>', path: 'channel/lastBuildDate', good: R,
  },
  {
    code: 'DATE_NOT_W3CDTF', severity: 'error', name: 'a dc:date in RFC 822 form',
    bad: rss('<dc:date>2024-03-04T07:30:00Z</dc:date>', '<dc:date>Mon, 04 Mar 2024 07:30:00 GMT</dc:date>'), at: '<dc:date>', path: 'channel/item[1]/dc:date', good: R,
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative item link',
    bad: rss('<link>https://harbour.example.com/2024/02/pontoon/</link>', '<link>/2024/02/pontoon/</link>'), at: '<link>/2024', path: 'channel/item[2]/link', good: R,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'a channel link with a space in it',
    bad: rss('<link>https://harbour.example.com/</link>', '<link>https://harbour.example.com/a b</link>'), at: '<link>https://harbour.example.com/a b', path: 'channel/link', good: R,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'an item link that runs a script',
    bad: rss('<link>https://harbour.example.com/2024/02/pontoon/</link>', '<link>javascript:openPontoon()</link>'), at: '<link>javascript', path: 'channel/item[2]/link', good: R,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'an IRI where RSS wants a URI',
    bad: rss('<docs>https://www.rssboard.org/rss-specification</docs>', '<docs>https://bücher.example/</docs>'), at: '<docs>', good: R,
  },
  {
    code: 'URL_NOT_HTTP', severity: 'error', name: 'an enclosure that is not an http URL',
    bad: rss('url="https://harbour.example.com/audio/tides.mp3"', 'url="ftp://harbour.example.com/audio/tides.mp3"'), at: '<enclosure', path: 'channel/item[1]/enclosure/@url', good: R,
  },
  {
    code: 'MIME_TYPE_INVALID', severity: 'error', name: 'an enclosure type that is not a MIME type',
    bad: rss('type="audio/mpeg"/>', 'type="mp3"/>'), at: '<enclosure', path: 'channel/item[1]/enclosure/@type', good: R,
  },
  {
    code: 'LANGUAGE_INVALID', severity: 'error', name: 'a language that is a name, not a code',
    bad: rss('<language>en-gb</language>', '<language>English</language>'), at: '<language>', path: 'channel/language', good: R,
  },
  {
    code: 'EMAIL_INVALID', severity: 'error', name: 'an author with no e-mail address',
    bad: rss('<author>ailsa@harbour.example.com (Ailsa Quay)</author>', '<author>Ailsa Quay</author>'), at: '<author>', path: 'channel/item[1]/author', good: R,
  },
  {
    code: 'EMAIL_INVALID', severity: 'error', name: 'an editor whose address is only in a comment, "Name (address)"',
    bad: rss('<managingEditor>editor@harbour.example.com (Ailsa Quay)</managingEditor>', '<managingEditor>Ailsa Quay (editor@harbour.example.com)</managingEditor>'),
    at: '<managingEditor>', path: 'channel/managingEditor', good: R,
  },
  {
    code: 'EMAIL_INVALID', severity: 'error', name: 'an author whose mailto: address is only in a comment',
    bad: rss('<author>ailsa@harbour.example.com (Ailsa Quay)</author>', '<author>Ailsa Quay (mailto:ailsa@harbour.example.com)</author>'),
    at: '<author>', path: 'channel/item[1]/author', good: R,
  },
  {
    code: 'EMAIL_FORMAT', severity: 'warning', name: 'an editor written "Name <address>"',
    bad: rss('<managingEditor>editor@harbour.example.com (Ailsa Quay)</managingEditor>', '<managingEditor>Ailsa Quay &lt;editor@harbour.example.com&gt;</managingEditor>'),
    at: '<managingEditor>', path: 'channel/managingEditor', good: R,
  },
  {
    code: 'EMAIL_FORMAT', severity: 'warning', name: 'an address without a name',
    bad: rss('<webMaster>web@harbour.example.com (Web Desk)</webMaster>', '<webMaster>web@harbour.example.com</webMaster>'), at: '<webMaster>', good: R,
  },
  {
    code: 'RSS_INVALID_PERMALINK', severity: 'error', name: 'isPermaLink that is not true or false',
    bad: rss('<guid isPermaLink="true">', '<guid isPermaLink="yes">'), at: '<guid isPermaLink="yes"', path: 'channel/item[1]/guid/@isPermaLink', good: R,
  },
  {
    code: 'RSS_GUID_NOT_URL', severity: 'error', name: 'a guid that is a permalink by default but not a URL',
    bad: rss(SECOND_GUID, '<guid>harbour-2024-02-pontoon</guid>'), at: '<guid>harbour', path: 'channel/item[2]/guid', good: R,
  },
  {
    code: 'RSS_DUPLICATE_GUID', severity: 'error', name: 'two items with the same guid (equal as URLs)',
    bad: rss(SECOND_GUID, '<guid>https://HARBOUR.example.com:443/2024/03/spring-tides/</guid>'), at: '<guid>https://HARBOUR', path: 'channel/item[2]/guid', good: R,
  },
  {
    code: 'RSS_DUPLICATE_GUID', severity: 'error', name: 'two guids that differ only in percent-escapes of unreserved characters',
    bad: rss(SECOND_GUID, '<guid>https://harbour.example.com/2024/03/spring%2dtides/</guid>'), at: '<guid>https://harbour.example.com/2024/03/spring%2d',
    path: 'channel/item[2]/guid', good: rss(SECOND_GUID, '<guid>https://harbour.example.com/2024/03/spring%2Ftides/</guid>'),
  },
  {
    code: 'RSS_MISSING_GUID', severity: 'warning', name: 'an item without a guid',
    bad: rss(SECOND_GUID, ''), at: '<item>\n      <title>New pontoon', path: 'channel/item[2]', good: R,
  },
  {
    code: 'RSS_DUPLICATE_ENCLOSURE', severity: 'warning', name: 'two enclosures in one item',
    bad: rss('<guid isPermaLink="true">', '<enclosure url="https://harbour.example.com/audio/b.mp3" length="1" type="audio/mpeg"/>\n      <guid isPermaLink="true">'),
    at: '<enclosure url="https://harbour.example.com/audio/b.mp3"', path: 'channel/item[1]/enclosure[2]', good: R,
  },
  {
    code: 'RSS_MISPLACED_ITEM', severity: 'warning', name: 'a channel element after the items',
    bad: rss('  </channel>', '    <category>Late</category>\n  </channel>'), at: '<category>Late', path: 'channel/category[2]', good: R,
  },
  {
    code: 'RSS_MISSING_ATOM_SELF', severity: 'warning', name: 'no atom:link rel="self"',
    bad: rss('<atom:link href="https://harbour.example.com/feed.xml" rel="self" type="application/rss+xml"/>', ''), at: '<channel>', path: 'channel', good: R,
  },
  {
    code: 'HTML_SCRIPT', severity: 'warning', name: 'a script in escaped HTML',
    bad: rss('<description>Forty new berths for visiting boats.</description>', '<description>Forty berths &lt;script&gt;track()&lt;/script&gt;</description>'),
    at: '<description>Forty berths', path: 'channel/item[2]/description', good: R,
  },
  {
    code: 'HTML_SCRIPT', severity: 'warning', name: 'a javascript: link in CDATA',
    bad: rss('<p>The highest tides', '<p><a href=" javascript:alert(1)">x</a>The highest tides'), at: '<content:encoded>', path: 'channel/item[1]/content:encoded', good: R,
  },
  {
    code: 'HTML_EVENT_HANDLER', severity: 'warning', name: 'an onclick attribute',
    bad: rss('<p>The highest tides', '<p onclick="go()">The highest tides'), at: '<content:encoded>', good: R,
  },
  {
    code: 'HTML_EMBED', severity: 'warning', name: 'an iframe',
    bad: rss('<p>The highest tides', '<iframe src="https://video.example/x"></iframe><p>The highest tides'), at: '<content:encoded>', good: R,
  },
  {
    code: 'DATE_PROBLEMATIC', severity: 'warning', name: 'a two-digit year',
    bad: withItemPubDate('Mon, 04 Mar 24 07:30:00 GMT'), at: '<pubDate>Mon, 04 Mar 24', path: 'channel/item[1]/pubDate', good: R,
  },
  {
    code: 'DATE_PROBLEMATIC', severity: 'warning', name: 'a military zone letter and lower-case names',
    bad: withItemPubDate('mon, 04 mar 2024 07:30:00 A'), at: '<pubDate>mon', path: 'channel/item[1]/pubDate', good: R,
  },
  {
    code: 'DATE_PROBLEMATIC', severity: 'warning', name: 'comments between the parts of a date',
    bad: withItemPubDate('Mon (market day), 04 Mar(ch) 2024 07:30:00 GMT (winter time)'), at: '<pubDate>Mon (market', path: 'channel/item[1]/pubDate', good: R,
  },
  {
    code: 'DATE_WRONG_WEEKDAY', severity: 'error', name: 'the channel pubDate on the wrong weekday',
    bad: rss('<pubDate>Mon, 04 Mar 2024 07:30:00 GMT</pubDate>\n    <lastBuildDate>', '<pubDate>Tue, 04 Mar 2024 07:30:00 GMT</pubDate>\n    <lastBuildDate>'),
    at: '<pubDate>Tue', path: 'channel/pubDate', good: R,
  },
  {
    code: 'HTML_IN_TEXT', severity: 'warning', name: 'HTML in an item title',
    bad: rss('<title>Spring tides this week</title>', '<title>Spring tides &lt;em&gt;this&lt;/em&gt; week</title>'),
    at: '<title>Spring tides', path: 'channel/item[1]/title', good: R,
  },
  {
    code: 'HTML_RELATIVE_URL', severity: 'warning', name: 'a relative link in an item description',
    bad: rss('arrive on &lt;b&gt;Thursday&lt;/b&gt;.', 'arrive on &lt;a href="/tides/thursday"&gt;Thursday&lt;/a&gt;.'),
    at: '<description>The highest', path: 'channel/item[1]/description', good: R,
  },
  {
    code: 'HTML_RELATIVE_URL', severity: 'warning', name: 'a relative image in content:encoded',
    bad: rss('<b>Thursday</b>.</p>]]>', '<b>Thursday</b>.</p><img src="tides.png">]]>'), at: '<content:encoded>', path: 'channel/item[1]/content:encoded', good: R,
  },
  {
    code: 'SELF_LINK_MISMATCH', severity: 'warning', name: 'a self link that is not where the feed was read',
    bad: R, options: { baseUrl: 'https://harbour.example.com/rss' }, at: '<atom:link', path: 'channel/atom:link/@href',
    good: R.replace('https://harbour.example.com/feed.xml', 'https://harbour.example.com/rss'),
  },
  {
    code: 'URL_UNKNOWN_SCHEME', severity: 'warning', name: 'a comments URL with an unregistered scheme',
    bad: rss('<comments>https://harbour.example.com/2024/03/spring-tides/#comments</comments>', '<comments>harbour://comments/spring-tides</comments>'),
    at: '<comments>', path: 'channel/item[1]/comments', good: R,
  },
  {
    code: 'RSS_VERSION_ELEMENT', severity: 'warning', name: 'RSS 2.0 elements in a feed that says RSS 0.91',
    bad: R.replace('<rss version="2.0"', '<rss version="0.91"'), at: '<category domain', path: 'channel/category',
    good: R.replace(/<generator>[^<]*<\/generator>|<ttl>60<\/ttl>|<cloud [^>]*\/>|<category[^>]*>[^<]*<\/category>|<(guid|author|comments|pubDate|source)\b[^>]*>[^<]*<\/\1>|<enclosure [^>]*\/>/g, '')
      .replace('<rss version="2.0"', '<rss version="0.91"'),
  },
  {
    code: 'RSS_VERSION_ELEMENT', severity: 'warning', name: 'a guid in a feed that says RSS 0.92',
    bad: R.replace('<rss version="2.0"', '<rss version="0.92"'), at: '<generator>', path: 'channel/generator',
    good: R.replace(/<generator>[^<]*<\/generator>|<ttl>60<\/ttl>|<(guid|author|comments|pubDate)\b[^>]*>[^<]*<\/\1>/g, '')
      .replace('<rss version="2.0"', '<rss version="0.92"'),
  },
  {
    code: 'RSS_AVOID_TEXT_INPUT', severity: 'warning', name: 'a textInput',
    bad: rss('<skipHours>', '<textInput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>q</name>\n      <link>https://harbour.example.com/search</link>\n    </textInput>\n    <skipHours>'),
    at: '<textInput>', path: 'channel/textInput', good: R,
  },
  {
    code: 'RSS_INVALID_VALUE', severity: 'error', name: 'a textInput name that is no form field name',
    bad: rss('<skipHours>', '<textInput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>search box</name>\n      <link>https://harbour.example.com/search</link>\n    </textInput>\n    <skipHours>'),
    at: '<name>', path: 'channel/textInput/name',
    good: rss('<skipHours>', '<textInput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>search_box</name>\n      <link>https://harbour.example.com/search</link>\n    </textInput>\n    <skipHours>'),
  },
  {
    code: 'RSS_INVALID_VALUE', severity: 'error', name: 'a textInput name that starts with an underscore, not a letter',
    bad: rss('<skipHours>', '<textInput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>_q</name>\n      <link>https://harbour.example.com/search</link>\n    </textInput>\n    <skipHours>'),
    at: '<name>', path: 'channel/textInput/name',
    good: rss('<skipHours>', '<textInput>\n      <title>Search</title>\n      <description>Search the notes</description>\n      <name>q_1</name>\n      <link>https://harbour.example.com/search</link>\n    </textInput>\n    <skipHours>'),
  },
  {
    code: 'RSS_DOCTYPE_VERSION', severity: 'error', name: 'the RSS 0.91 DOCTYPE on an RSS 2.0 document',
    bad: rss('<rss version="2.0"', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="2.0"'),
    at: '<!DOCTYPE', good: R,
  },
  {
    code: 'RSS_IMAGE_FORMAT', severity: 'warning', name: 'an image that is an SVG file',
    bad: rss('<url>https://harbour.example.com/logo.png</url>', '<url>https://harbour.example.com/logo.svg</url>'), at: '<url>', path: 'channel/image/url', good: R,
  },
  {
    code: 'RSS_IMAGE_MISMATCH', severity: 'warning', name: 'an image linking elsewhere than the channel',
    bad: rss('<link>https://harbour.example.com/</link>\n      <width>', '<link>https://harbour.example.com/about</link>\n      <width>'),
    at: '<link>https://harbour.example.com/about', path: 'channel/image/link', good: R,
  },
  {
    code: 'EXTENSION_MISPLACED', severity: 'error', name: 'content:encoded in the channel',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <content:encoded>&lt;p&gt;Hello&lt;/p&gt;</content:encoded>'), at: '<content:encoded>&lt;p&gt;Hello', path: 'channel/content:encoded', good: R,
  },
  {
    code: 'UNKNOWN_NAMESPACE', severity: 'warning', name: 'an element of a namespace no reader knows',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <hx:tideTable xmlns:hx="https://harbour.example.com/ns/tides">high</hx:tideTable>'), at: '<hx:tideTable', path: 'channel/hx:tideTable', good: R,
  },
];
