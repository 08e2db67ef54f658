// Extension namespaces (iTunes, Media RSS, Podcasting 2.0, syndication): each case breaks the
// valid podcast baseline in one place.
import { baseline, edit, type RuleCase } from './case.js';

const P = baseline('valid-podcast.xml');
const pod = (from: string, to: string) => edit(P, from, to);
const A = baseline('valid-atom.xml');
/** The Atom baseline with a namespace declared on the feed and `extra` added to its first entry (or the feed when `where` says so). */
function atomWith(ns: string, extra: string, where: 'entry' | 'feed' = 'entry'): string {
  const declared = edit(A, '<feed xmlns="http://www.w3.org/2005/Atom"', `<feed xmlns="http://www.w3.org/2005/Atom" ${ns}`);
  return where === 'entry'
    ? edit(declared, '<summary>Soft cloths, no ammonia, and patience.</summary>', `<summary>Soft cloths, no ammonia, and patience.</summary>\n    ${extra}`)
    : edit(declared, '<rights>', `${extra}\n  <rights>`);
}
const THR = 'xmlns:thr="http://purl.org/syndication/thread/1.0"';
const APP = 'xmlns:app="http://www.w3.org/2007/app"';
const SX = 'xmlns:sx="http://feedsync.org/2007/feedsync"';
const CF = 'xmlns:cf="http://www.microsoft.com/schemas/rss/core/2005"';
/** The podcast baseline with `extra` in its channel, or in its first item. */
const inChannel = (extra: string) => pod('<sy:updatePeriod>', `${extra}\n    <sy:updatePeriod>`);
const inItem = (extra: string) => pod('<podcast:season>', `${extra}\n      <podcast:season>`);
const THUMBNAIL = '<media:thumbnail url="https://tidetalk.example.net/episodes/12.jpg" width="640" height="360" time="12.5"/>';

const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"';

export const extensionCases: RuleCase[] = [
  {
    code: 'DATE_NOT_W3CDTF', severity: 'error', name: 'a dc:date in an Atom entry in RFC 822 form',
    bad: atomWith(DC, '<dc:date>Mon, 04 Mar 2024 07:30:00 GMT</dc:date>'), at: '<dc:date>', path: 'entry[1]/dc:date',
    good: atomWith(DC, '<dc:date>2024-03-04T07:30:00Z</dc:date>'),
  },
  {
    code: 'DATE_NOT_W3CDTF', severity: 'error', name: 'a dcterms:modified on an Atom feed that is not a date',
    bad: atomWith(DC, '<dcterms:modified>last Tuesday</dcterms:modified>', 'feed'), at: '<dcterms:modified>', path: 'dcterms:modified',
    good: atomWith(DC, '<dcterms:modified>2024-03-05</dcterms:modified>', 'feed'),
  },
  {
    code: 'LANGUAGE_INVALID', severity: 'error', name: 'a dc:language in an Atom entry that is no language tag',
    bad: atomWith(DC, '<dc:language>English</dc:language>'), at: '<dc:language>', path: 'entry[1]/dc:language',
    good: atomWith(DC, '<dc:language>en-GB</dc:language>'),
  },
  {
    code: 'EXTENSION_UNKNOWN_ELEMENT', severity: 'error', name: 'an iTunes element Apple does not define',
    bad: pod('<itunes:type>episodic</itunes:type>', '<itunes:type>episodic</itunes:type>\n    <itunes:rating>clean</itunes:rating>'),
    at: '<itunes:rating>', path: 'channel/itunes:rating', good: P,
  },
  {
    code: 'EXTENSION_UNKNOWN_ELEMENT', severity: 'error', name: 'a Media RSS element the specification does not define',
    bad: pod(THUMBNAIL, `${THUMBNAIL}\n        <media:poster url="https://tidetalk.example.net/p.jpg"/>`), at: '<media:poster', path: 'channel/item[1]/media:content/media:poster', good: P,
  },
  {
    code: 'EXTENSION_MISPLACED', severity: 'error', name: 'an episode number in the channel',
    bad: pod('<itunes:type>episodic</itunes:type>', '<itunes:type>episodic</itunes:type>\n    <itunes:episode>3</itunes:episode>'),
    at: '<itunes:episode>3', path: 'channel/itunes:episode', good: P,
  },
  {
    code: 'EXTENSION_MISPLACED', severity: 'error', name: 'a podcast:transcript in the channel',
    bad: pod('<sy:updatePeriod>', '<podcast:transcript url="https://tidetalk.example.net/all.vtt" type="text/vtt"/>\n    <sy:updatePeriod>'),
    at: '<podcast:transcript url="https://tidetalk.example.net/all', path: 'channel/podcast:transcript', good: P,
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'an update period the syndication module does not list',
    bad: pod('<sy:updatePeriod>weekly</sy:updatePeriod>', '<sy:updatePeriod>fortnightly</sy:updatePeriod>'), at: '<sy:updatePeriod>', path: 'channel/sy:updatePeriod', good: P,
  },
  {
    code: 'MEDIA_NAMESPACE', severity: 'warning', name: 'Media RSS declared without its final slash',
    bad: P.replace('xmlns:media="http://search.yahoo.com/mrss/"', 'xmlns:media="http://search.yahoo.com/mrss"'), at: '<media:content', path: 'channel/item[1]/media:content', good: P,
  },
  {
    code: 'ITUNES_INVALID_VALUE', severity: 'error', name: 'itunes:explicit that is neither true nor false',
    bad: pod('<itunes:explicit>false</itunes:explicit>\n    <itunes:type>', '<itunes:explicit>maybe</itunes:explicit>\n    <itunes:type>'), at: '<itunes:explicit>maybe', path: 'channel/itunes:explicit', good: P,
  },
  {
    code: 'ITUNES_INVALID_VALUE', severity: 'error', name: 'a duration that is not seconds or [H:]MM:SS',
    bad: pod('<itunes:duration>00:32:45</itunes:duration>', '<itunes:duration>32 minutes</itunes:duration>'), at: '<itunes:duration>32', path: 'channel/item[1]/itunes:duration', good: P,
  },
  {
    code: 'ITUNES_INVALID_VALUE', severity: 'error', name: 'an episode type Apple does not list',
    bad: pod('<itunes:episodeType>full</itunes:episodeType>', '<itunes:episodeType>episode</itunes:episodeType>'), at: '<itunes:episodeType>episode', path: 'channel/item[1]/itunes:episodeType', good: P,
  },
  {
    code: 'ITUNES_INVALID_VALUE', severity: 'error', name: 'an episode number of 0',
    bad: pod('<itunes:episode>12</itunes:episode>', '<itunes:episode>0</itunes:episode>'), at: '<itunes:episode>0', path: 'channel/item[1]/itunes:episode', good: P,
  },
  {
    code: 'ITUNES_MISSING_ATTRIBUTE', severity: 'error', name: 'artwork without href',
    bad: pod('<itunes:image href="https://tidetalk.example.net/artwork-3000.jpg"/>', '<itunes:image>https://tidetalk.example.net/artwork-3000.jpg</itunes:image>'),
    at: '<itunes:image>', path: 'channel/itunes:image', good: P,
  },
  {
    code: 'ITUNES_INVALID_CATEGORY', severity: 'error', name: 'a category Apple does not have',
    bad: pod('<itunes:category text="Leisure"/>', '<itunes:category text="Boats"/>'), at: '<itunes:category text="Boats"', path: 'channel/itunes:category[2]/@text', good: P,
  },
  {
    code: 'ITUNES_INVALID_CATEGORY', severity: 'error', name: 'a subcategory under the wrong category',
    bad: pod('<itunes:category text="Earth Sciences"/>', '<itunes:category text="Documentary"/>'), at: '<itunes:category text="Documentary"', path: 'channel/itunes:category[1]/itunes:category/@text', good: P,
  },
  {
    code: 'ITUNES_INVALID_CATEGORY', severity: 'error', name: 'a category written in the wrong case',
    bad: pod('<itunes:category text="Leisure"/>', '<itunes:category text="leisure"/>'), at: '<itunes:category text="leisure"', path: 'channel/itunes:category[2]/@text', good: P,
  },
  {
    code: 'ITUNES_OBSOLETE_CATEGORY', severity: 'warning', name: 'a category from the list before 2019',
    bad: pod('<itunes:category text="Leisure"/>', '<itunes:category text="Games &amp; Hobbies"/>'), at: '<itunes:category text="Games', path: 'channel/itunes:category[2]/@text', good: P,
  },
  {
    code: 'ITUNES_MISSING_EMAIL', severity: 'warning', name: 'an owner without an e-mail address',
    bad: pod('\n      <itunes:email>shows@tidetalk.example.net</itunes:email>', ''), at: '<itunes:owner>', path: 'channel/itunes:owner', good: P,
  },
  {
    code: 'EMAIL_INVALID', severity: 'error', name: 'an owner e-mail that is not an address',
    bad: pod('<itunes:email>shows@tidetalk.example.net</itunes:email>', '<itunes:email>shows at tidetalk</itunes:email>'), at: '<itunes:email>', path: 'channel/itunes:owner/itunes:email', good: P,
  },
  {
    code: 'ITUNES_IMAGE_FORMAT', severity: 'warning', name: 'artwork in WebP',
    bad: pod('artwork-3000.jpg', 'artwork-3000.webp'), at: '<itunes:image', path: 'channel/itunes:image/@href', good: P,
  },
  {
    code: 'ITUNES_TOO_LONG', severity: 'error', name: 'show notes longer than Apple takes',
    bad: pod('<itunes:type>', `<itunes:summary>${'Tides. '.repeat(600)}</itunes:summary>\n    <itunes:type>`), at: '<itunes:summary>', path: 'channel/itunes:summary',
    good: pod('<itunes:type>', `<itunes:summary>${'Tides. '.repeat(500)}</itunes:summary>\n    <itunes:type>`),
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative itunes:image href',
    bad: pod('href="https://tidetalk.example.net/artwork-3000.jpg"', 'href="/artwork-3000.jpg"'), at: '<itunes:image', path: 'channel/itunes:image/@href', good: P,
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a medium Media RSS does not list',
    bad: pod('medium="video"', 'medium="movie"'), at: '<media:content', path: 'channel/item[1]/media:content/@medium', good: P,
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a fileSize that is not a whole number',
    bad: pod('fileSize="73400320"', 'fileSize="70 MB"'), at: '<media:content', path: 'channel/item[1]/media:content/@fileSize', good: P,
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a thumbnail time that is not NPT',
    bad: pod('time="12.5"', 'time="twelve"'), at: '<media:thumbnail', path: 'channel/item[1]/media:content/media:thumbnail/@time', good: P,
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a urn:simple rating other than adult or nonadult',
    bad: pod('<media:rating scheme="urn:simple">nonadult</media:rating>', '<media:rating scheme="urn:simple">PG</media:rating>'), at: '<media:rating', path: 'channel/item[1]/media:rating', good: P,
  },
  {
    code: 'MEDIA_MISSING_ATTRIBUTE', severity: 'error', name: 'a thumbnail without url',
    bad: pod('<media:thumbnail url="https://tidetalk.example.net/episodes/12.jpg"', '<media:thumbnail'), at: '<media:thumbnail', path: 'channel/item[1]/media:content/media:thumbnail', good: P,
  },
  {
    code: 'MEDIA_GROUP_SINGLE', severity: 'error', name: 'a media:group with one content',
    bad: pod('<media:rating scheme', '<media:group><media:content url="https://cdn.tidetalk.example.net/audio/012.ogg" type="audio/ogg"/></media:group>\n      <media:rating scheme'),
    at: '<media:group>', path: 'channel/item[1]/media:group',
    good: pod('<media:rating scheme', '<media:group><media:content url="https://cdn.tidetalk.example.net/audio/012.ogg" type="audio/ogg"/><media:content url="https://cdn.tidetalk.example.net/audio/012.flac" type="audio/flac"/></media:group>\n      <media:rating scheme'),
  },
  {
    code: 'MEDIA_DEPRECATED', severity: 'warning', name: 'media:adult',
    bad: pod('<media:rating scheme="urn:simple">nonadult</media:rating>', '<media:adult>false</media:adult>'), at: '<media:adult>', path: 'channel/item[1]/media:adult', good: P,
  },
  {
    code: 'PODCAST_INVALID_VALUE', severity: 'error', name: 'podcast:locked that is not yes or no',
    bad: pod('shows@tidetalk.example.net">yes</podcast:locked>', 'shows@tidetalk.example.net">true</podcast:locked>'), at: '<podcast:locked', path: 'channel/podcast:locked', good: P,
  },
  {
    code: 'PODCAST_INVALID_VALUE', severity: 'error', name: 'a podcast:guid that is not a UUID',
    bad: pod('<podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>', '<podcast:guid>tidetalk</podcast:guid>'), at: '<podcast:guid>', path: 'channel/podcast:guid', good: P,
  },
  {
    code: 'PODCAST_INVALID_VALUE', severity: 'error', name: 'a soundbite start that is not a number',
    bad: pod('startTime="73.5"', 'startTime="1:13"'), at: '<podcast:soundbite', path: 'channel/item[1]/podcast:soundbite/@startTime', good: P,
  },
  {
    code: 'PODCAST_MISSING_ATTRIBUTE', severity: 'error', name: 'a transcript without type',
    bad: pod(' type="text/vtt" language="en"', ' language="en"'), at: '<podcast:transcript', path: 'channel/item[1]/podcast:transcript', good: P,
  },
  {
    code: 'PODCAST_MISSING_ATTRIBUTE', severity: 'error', name: 'a value recipient without split',
    bad: pod(' split="100"', ''), at: '<podcast:valueRecipient', path: 'channel/item[2]/podcast:value/podcast:valueRecipient', good: P,
  },
  {
    code: 'PODCAST_MISSING_ELEMENT', severity: 'error', name: 'an alternate enclosure without a source',
    bad: pod('\n        <podcast:source uri="https://cdn.tidetalk.example.net/audio/000-trailer.opus"/>', ''), at: '<podcast:alternateEnclosure', path: 'channel/item[2]/podcast:alternateEnclosure', good: P,
  },
  {
    code: 'PODCAST_INVALID_VALUE', severity: 'error', name: 'a transcript type that is not a MIME type',
    bad: pod('type="text/vtt"', 'type="vtt"'), at: '<podcast:transcript', path: 'channel/item[1]/podcast:transcript/@type', good: P,
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a geo:lat beyond the pole',
    bad: pod('<podcast:season>', '<geo:lat xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">95.5</geo:lat>\n      <podcast:season>'),
    at: '<geo:lat', path: 'channel/item[1]/geo:lat',
    good: pod('<podcast:season>', '<geo:lat xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">55.95</geo:lat>\n      <podcast:season>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'an icbm:longitude past the date line',
    bad: pod('<podcast:season>', '<icbm:longitude xmlns:icbm="http://postneo.com/icbm">-183.19</icbm:longitude>\n      <podcast:season>'),
    at: '<icbm:longitude', path: 'channel/item[1]/icbm:longitude',
    good: pod('<podcast:season>', '<icbm:longitude xmlns:icbm="http://postneo.com/icbm">-3.19</icbm:longitude>\n      <podcast:season>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a geourl:latitude beyond the pole',
    bad: pod('<podcast:season>', '<geourl:latitude xmlns:geourl="http://geourl.org/rss/module/">90.5</geourl:latitude>\n      <podcast:season>'),
    at: '<geourl:latitude', path: 'channel/item[1]/geourl:latitude',
    good: pod('<podcast:season>', '<geourl:latitude xmlns:geourl="http://geourl.org/rss/module/">55.95</geourl:latitude>\n      <podcast:season>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a georss:point with a comma',
    bad: pod('<podcast:season>', '<georss:point xmlns:georss="http://www.georss.org/georss">55.95,-3.19</georss:point>\n      <podcast:season>'),
    at: '<georss:point', path: 'channel/item[1]/georss:point',
    good: pod('<podcast:season>', '<georss:point xmlns:georss="http://www.georss.org/georss">55.95 -3.19</georss:point>\n      <podcast:season>'),
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative wfw:commentRss',
    bad: pod('<podcast:season>', '<wfw:commentRss xmlns:wfw="http://wellformedweb.org/CommentAPI/">/episodes/12/comments.xml</wfw:commentRss>\n      <podcast:season>'),
    at: '<wfw:commentRss', path: 'channel/item[1]/wfw:commentRss',
    good: pod('<podcast:season>', '<wfw:commentRss xmlns:wfw="http://wellformedweb.org/CommentAPI/">https://tidetalk.example.net/episodes/12/comments.xml</wfw:commentRss>\n      <podcast:season>'),
  },
  {
    code: 'MIME_TYPE_INVALID', severity: 'error', name: 'an atom:link in RSS whose type is no MIME type',
    bad: pod('type="application/rss+xml"/>', 'type="rss"/>'), at: '<atom:link', path: 'channel/atom:link/@type', good: P,
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative self link in RSS',
    bad: pod('<atom:link href="https://tidetalk.example.net/feed.xml"', '<atom:link href="/feed.xml"'), at: '<atom:link', path: 'channel/atom:link/@href', good: P,
  },
  {
    code: 'ITUNES_MISSING_RECOMMENDED', severity: 'warning', name: 'an iTunes channel without the explicit flag',
    bad: pod('<itunes:explicit>false</itunes:explicit>\n    <itunes:type>', '<itunes:type>'), at: '<channel>', path: 'channel', good: P,
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'an MD5 hash of the wrong length',
    bad: pod('<media:rating scheme', '<media:hash>d41d8cd98f00b204</media:hash>\n      <media:rating scheme'), at: '<media:hash>', path: 'channel/item[1]/media:hash',
    good: pod('<media:rating scheme', '<media:hash>d41d8cd98f00b204e9800998ecf8427e</media:hash>\n      <media:rating scheme'),
  },
  {
    code: 'EXTENSION_MISSING_ATTRIBUTE', severity: 'error', name: 'admin:generatorAgent without rdf:resource',
    bad: pod('<sy:updatePeriod>', '<admin:generatorAgent xmlns:admin="http://webns.net/mvcb/">Hand</admin:generatorAgent>\n    <sy:updatePeriod>'),
    at: '<admin:generatorAgent', path: 'channel/admin:generatorAgent',
    good: pod('<sy:updatePeriod>', '<admin:generatorAgent xmlns:admin="http://webns.net/mvcb/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:resource="https://tidetalk.example.net/about"/>\n    <sy:updatePeriod>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a georss:polygon that does not close',
    bad: pod('<podcast:season>', '<georss:polygon xmlns:georss="http://www.georss.org/georss">55.9 -3.2 56.0 -3.1 55.8 -3.0 55.7 -3.3</georss:polygon>\n      <podcast:season>'),
    at: '<georss:polygon', path: 'channel/item[1]/georss:polygon',
    good: pod('<podcast:season>', '<georss:polygon xmlns:georss="http://www.georss.org/georss">55.9 -3.2 56.0 -3.1 55.8 -3.0 55.9 -3.2</georss:polygon>\n      <podcast:season>'),
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a star rating count that is not a whole number',
    bad: pod('<media:rating scheme', '<media:community><media:starRating average="4.5" count="many"/></media:community>\n      <media:rating scheme'),
    at: '<media:starRating', path: 'channel/item[1]/media:community/media:starRating/@count',
    good: pod('<media:rating scheme', '<media:community><media:starRating average="4.5" count="12"/></media:community>\n      <media:rating scheme'),
  },
  {
    code: 'ITUNES_OBSOLETE_CATEGORY', severity: 'warning', name: 'a subcategory from Apple\'s 2005 list',
    bad: pod('<itunes:category text="Leisure"/>', '<itunes:category text="Technology"><itunes:category text="Computers"/></itunes:category>'),
    at: '<itunes:category text="Computers"', path: 'channel/itunes:category[2]/itunes:category/@text', good: P,
  },
  {
    code: 'EXTENSION_DUPLICATE_ELEMENT', severity: 'error', name: 'itunes:explicit given twice in the channel',
    bad: pod('<itunes:type>episodic</itunes:type>', '<itunes:type>episodic</itunes:type>\n    <itunes:explicit>true</itunes:explicit>'),
    at: '<itunes:explicit>true', path: 'channel/itunes:explicit[2]', good: P,
  },
  {
    code: 'EXTENSION_DUPLICATE_ELEMENT', severity: 'error', name: 'two app:edited dates in an entry',
    bad: atomWith(APP, '<app:edited>2024-03-04T09:00:00Z</app:edited>\n    <app:edited>2024-03-05T09:00:00Z</app:edited>'),
    at: '<app:edited>2024-03-05', path: 'entry[1]/app:edited[2]', good: atomWith(APP, '<app:edited>2024-03-04T09:00:00Z</app:edited>'),
  },
  {
    code: 'ITUNES_TOO_LONG', severity: 'error', name: 'a subtitle longer than 255 characters',
    bad: inChannel(`<itunes:subtitle>${'Tides and boats. '.repeat(16)}</itunes:subtitle>`), at: '<itunes:subtitle>', path: 'channel/itunes:subtitle',
    good: inChannel('<itunes:subtitle>Tides and boats</itunes:subtitle>'),
  },
  {
    code: 'DATE_NOT_RFC3339', severity: 'error', name: 'an app:edited date that is not RFC 3339',
    bad: atomWith(APP, '<app:edited>4 March 2024</app:edited>'), at: '<app:edited>', path: 'entry[1]/app:edited',
    good: atomWith(APP, '<app:edited>2024-03-04T09:00:00Z</app:edited>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'an app:draft that is neither yes nor no',
    bad: atomWith(APP, '<app:control><app:draft>maybe</app:draft></app:control>'), at: '<app:draft>', path: 'entry[1]/app:control/app:draft',
    good: atomWith(APP, '<app:control><app:draft>yes</app:draft></app:control>'),
  },
  {
    code: 'EXTENSION_MISSING_ELEMENT', severity: 'error', name: 'an app:collection without a title',
    bad: atomWith(APP, '<app:collection href="https://lighthouse.example.org/edit/"/>', 'feed'), at: '<app:collection', path: 'app:collection',
    good: atomWith(APP, '<app:collection href="https://lighthouse.example.org/edit/"><title>Posts</title><app:accept>application/atom+xml;type=entry</app:accept></app:collection>', 'feed'),
  },
  {
    code: 'EXTENSION_MISSING_ATTRIBUTE', severity: 'error', name: 'an app:collection without href',
    bad: atomWith(APP, '<app:collection><title>Posts</title></app:collection>', 'feed'), at: '<app:collection', path: 'app:collection',
    good: atomWith(APP, '<app:collection href="edit/"><title>Posts</title></app:collection>', 'feed'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'an app:accept that is no media range',
    bad: atomWith(APP, '<app:collection href="edit/"><title>Pictures</title><app:accept>pictures</app:accept></app:collection>', 'feed'),
    at: '<app:accept>', path: 'app:collection/app:accept',
    good: atomWith(APP, '<app:collection href="edit/"><title>Pictures</title><app:accept>image/*</app:accept><app:accept/></app:collection>', 'feed'),
  },
  {
    code: 'EXTENSION_UNKNOWN_ATTRIBUTE', severity: 'error', name: 'out-of-line app:categories that also says fixed',
    bad: atomWith(APP, '<app:collection href="edit/"><title>Posts</title><app:categories href="cats.xml" fixed="yes"/></app:collection>', 'feed'),
    at: '<app:categories', path: 'app:collection/app:categories/@fixed',
    good: atomWith(APP, '<app:collection href="edit/"><title>Posts</title><app:categories fixed="yes"><category term="lamps"/></app:categories></app:collection>', 'feed'),
  },
  {
    code: 'EXTENSION_MISPLACED', severity: 'error', name: 'an app:collection in an entry',
    bad: atomWith(APP, '<app:collection href="edit/"><title>Posts</title></app:collection>'), at: '<app:collection', path: 'entry[1]/app:collection',
    good: atomWith(APP, '<app:collection href="edit/"><title>Posts</title></app:collection>', 'feed'),
  },
  {
    code: 'EXTENSION_UNKNOWN_ELEMENT', severity: 'error', name: 'a thr: element RFC 4685 does not define',
    bad: atomWith(THR, '<thr:replies>3</thr:replies>'), at: '<thr:replies>', path: 'entry[1]/thr:replies', good: atomWith(THR, '<thr:total>3</thr:total>'),
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a thr:in-reply-to ref that is not an absolute IRI',
    bad: atomWith(THR, '<thr:in-reply-to ref="lamps" href="2024/lamps"/>'), at: '<thr:in-reply-to', path: 'entry[1]/thr:in-reply-to/@ref',
    good: atomWith(THR, '<thr:in-reply-to ref="tag:lighthouse.example.org,2024:lamps" href="2024/lamps"/>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a replies link whose thr:count is not a whole number',
    bad: atomWith(THR, '<link rel="replies" href="https://lighthouse.example.org/2024/fresnel/replies" thr:count="lots" thr:updated="2024-03-04T10:00:00Z"/>'),
    at: '<link rel="replies"', path: 'entry[1]/link[3]/@thr:count',
    good: atomWith(THR, '<link rel="replies" href="https://lighthouse.example.org/2024/fresnel/replies" thr:count="3" thr:updated="2024-03-04T10:00:00Z"/>'),
  },
  {
    code: 'EXTENSION_UNKNOWN_ATTRIBUTE', severity: 'error', name: 'a replies link with the draft attribute thr:when',
    bad: atomWith(THR, '<link rel="replies" href="https://lighthouse.example.org/2024/fresnel/replies" thr:when="2024-03-04T10:00:00Z"/>'),
    at: '<link rel="replies"', path: 'entry[1]/link[3]/@thr:when',
    good: atomWith(THR, '<link rel="replies" href="https://lighthouse.example.org/2024/fresnel/replies" thr:updated="2024-03-04T10:00:00Z"/>'),
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'an MPAA rating the scheme does not have',
    bad: pod('<media:rating scheme="urn:simple">nonadult</media:rating>', '<media:rating scheme="urn:mpaa">ages 9+</media:rating>'),
    at: '<media:rating', path: 'channel/item[1]/media:rating',
    good: pod('<media:rating scheme="urn:simple">nonadult</media:rating>', '<media:rating scheme="urn:mpaa">pg-13</media:rating>'),
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a credit role not in lower case',
    bad: inItem('<media:credit role="Host">Ailsa Quay</media:credit>'), at: '<media:credit', path: 'channel/item[1]/media:credit/@role',
    good: inItem('<media:credit role="host">Ailsa Quay</media:credit>'),
  },
  {
    code: 'MEDIA_INVALID_VALUE', severity: 'error', name: 'a country restriction that names no country codes',
    bad: inItem('<media:restriction relationship="allow" type="country">Scotland</media:restriction>'), at: '<media:restriction', path: 'channel/item[1]/media:restriction',
    good: inItem('<media:restriction relationship="allow" type="country">gb ie</media:restriction>'),
  },
  {
    code: 'MEDIA_MISSING_ATTRIBUTE', severity: 'error', name: 'a media:status without its state',
    bad: inItem('<media:status reason="withdrawn by the author"/>'), at: '<media:status', path: 'channel/item[1]/media:status',
    good: inItem('<media:status state="deleted" reason="withdrawn by the author"/>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a Bloglines access restriction that is neither allow nor deny',
    bad: inChannel('<access:restriction xmlns:access="http://www.bloglines.com/about/specs/fac-1.0" relationship="private"/>'),
    at: '<access:restriction', path: 'channel/access:restriction/@relationship',
    good: inChannel('<access:restriction xmlns:access="http://www.bloglines.com/about/specs/fac-1.0" relationship="deny"/>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'an OpenSearch Query role the specification does not define',
    bad: inChannel('<opensearch:Query xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" role="answer" searchTerms="tides"/>'),
    at: '<opensearch:Query', path: 'channel/opensearch:Query/@role',
    good: inChannel('<opensearch:Query xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" role="request" searchTerms="tides" startPage="1"/>'),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a slash:hit_parade that is not comma-separated numbers',
    bad: inItem('<slash:hit_parade xmlns:slash="http://purl.org/rss/1.0/modules/slash/">12, nine, 7</slash:hit_parade>'),
    at: '<slash:hit_parade', path: 'channel/item[1]/slash:hit_parade',
    good: inItem('<slash:hit_parade xmlns:slash="http://purl.org/rss/1.0/modules/slash/">12,9,7,4,2,1,0</slash:hit_parade>'),
  },
  {
    code: 'EXTENSION_DUPLICATE_VALUE', severity: 'error', name: 'two items with the same FeedSync id',
    bad: edit(inItem(`<sx:sync ${SX} id="tide-12" updates="1"><sx:history sequence="1" by="ailsa"/></sx:sync>`), '<itunes:duration>125</itunes:duration>',
      `<itunes:duration>125</itunes:duration>\n      <sx:sync ${SX} updates="2" id="tide-12"><sx:history sequence="2" by="ailsa"/></sx:sync>`),
    at: `<sx:sync ${SX} updates="2"`, path: 'channel/item[2]/sx:sync/@id',
    good: edit(inItem(`<sx:sync ${SX} id="tide-12" updates="1"><sx:history sequence="1" by="ailsa"/></sx:sync>`), '<itunes:duration>125</itunes:duration>',
      `<itunes:duration>125</itunes:duration>\n      <sx:sync ${SX} id="tide-0" updates="1"><sx:history sequence="1" by="ailsa"/></sx:sync>`),
  },
  {
    code: 'EXTENSION_MISSING_ELEMENT', severity: 'error', name: 'a FeedSync record without its history',
    bad: inItem(`<sx:sync ${SX} id="tide-12" updates="1"/>`), at: '<sx:sync', path: 'channel/item[1]/sx:sync',
    good: inItem(`<sx:sync ${SX} id="tide-12" updates="1"><sx:history sequence="1" when="2024-03-04T07:30:00Z"/></sx:sync>`),
  },
  {
    code: 'EXTENSION_MISSING_ATTRIBUTE', severity: 'error', name: 'a FeedSync update that says neither who nor when',
    bad: inItem(`<sx:sync ${SX} id="tide-12" updates="1"><sx:history sequence="1"/></sx:sync>`), at: '<sx:history', path: 'channel/item[1]/sx:sync/sx:history',
    good: inItem(`<sx:sync ${SX} id="tide-12" updates="1"><sx:history sequence="1" by="ailsa"/></sx:sync>`),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a FeedSync id with a space in it',
    bad: inItem(`<sx:sync ${SX} id="tide 12" updates="1"><sx:history sequence="1" by="ailsa"/></sx:sync>`), at: '<sx:sync', path: 'channel/item[1]/sx:sync/@id',
    good: inItem(`<sx:sync ${SX} id="tide%2012" updates="1"><sx:history sequence="1" by="ailsa"/></sx:sync>`),
  },
  {
    code: 'EXTENSION_INVALID_VALUE', severity: 'error', name: 'a Simple List sort by a data type the extension does not have',
    bad: inChannel(`<cf:listinfo ${CF}><cf:sort element="duration" label="Length" data-type="time"/></cf:listinfo>`), at: '<cf:sort', path: 'channel/cf:listinfo/cf:sort/@data-type',
    good: inChannel(`<cf:listinfo ${CF}><cf:sort element="duration" label="Length" data-type="number"/><cf:sort default="true" label="Running order"/></cf:listinfo>`),
  },
  {
    code: 'EXTENSION_MISSING_ATTRIBUTE', severity: 'error', name: 'a Simple List group that names no element',
    bad: inChannel(`<cf:treatAs ${CF}>list</cf:treatAs><cf:listinfo ${CF}><cf:group label="Season"/></cf:listinfo>`), at: '<cf:group', path: 'channel/cf:listinfo/cf:group',
    good: inChannel(`<cf:treatAs ${CF}>list</cf:treatAs><cf:listinfo ${CF}><cf:group element="season" ns="http://www.itunes.com/dtds/podcast-1.0.dtd" label="Season"/></cf:listinfo>`),
  },
];
