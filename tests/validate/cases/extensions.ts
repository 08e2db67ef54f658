// Extension namespaces (iTunes, Media RSS, Podcasting 2.0, syndication): each case breaks the
// valid podcast baseline in one place.
import { baseline, edit, type RuleCase } from './case.js';

const P = baseline('valid-podcast.xml');
const pod = (from: string, to: string) => edit(P, from, to);
const THUMBNAIL = '<media:thumbnail url="https://tidetalk.example.net/episodes/12.jpg" width="640" height="360" time="12.5"/>';

export const extensionCases: RuleCase[] = [
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
    code: 'MEDIA_NAMESPACE', severity: 'error', name: 'Media RSS declared without its final slash',
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
];
