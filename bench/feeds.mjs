// Synthetic feeds for the benchmark: RSS 2.0, Atom 1.0 and an equivalent JSON Feed with the same items.
// Deterministic (the same n gives the same bytes), so every parser, process and run sees identical input.
// Each item carries what real feeds carry and what costs time: escaped HTML in the summary field,
// CDATA HTML in the content field, a date with a zone, categories, links and an enclosure, and a
// little non-ASCII text (so the strings are two-byte strings, as most real feeds decode to).

const SENTENCES = [
  'The committee met on Tuesday to review the budget for the coming year.',
  'Engineers shipped a fix for the caching bug that slowed the dashboard “by a lot”.',
  'Readers asked for a dark theme; it lands in the next release.',
  'Prices rose 3.2% in the quarter, led by energy and housing.',
  'The café on the corner reopened after the renovation — with longer hours.',
  'A new study finds that sleep matters more than most people think.',
  'Local elections drew the highest turnout in a decade.',
  'The library added 1,200 titles to its digital collection.',
];

// RFC 822 dates with the zone names feeds really use, plus numeric offsets (minutes east of UTC).
const RSS_ZONES = ['GMT', 'EST', 'EDT', 'PST', 'PDT', 'CST', '+0200', '-0700', 'UT', 'Z'];
const RSS_ZONE_OFFSETS = [0, -300, -240, -480, -420, -360, 120, -420, 0, 0];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CATEGORIES = ['news', 'technology', 'science', 'politics', 'culture', 'sport', 'economy'];

const BASE_TIME = Date.UTC(2024, 0, 1);
const pad = (n) => String(n).padStart(2, '0');

/** The instant of item i: one item every 37 minutes, newest first in the feed. */
function itemTime(i) {
  return new Date(BASE_TIME + i * 37 * 60_000);
}

/**
 * The instant item i's date stands for: its RSS pubDate writes itemTime's UTC fields followed by a
 * zone, so the instant is shifted by that zone's offset; Atom's published is itemTime itself.
 */
export function expectedInstant(format, i) {
  const time = itemTime(i).getTime();
  return format === 'rss' ? time - RSS_ZONE_OFFSETS[i % RSS_ZONES.length] * 60_000 : time;
}

/** The link of item i. */
export function itemLink(i) {
  return `https://example.com/posts/${i}`;
}

function rfc822(date, zone) {
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} `
    + `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${zone}`;
}

function rfc3339(date) {
  return date.toISOString().replace('.000Z', '+00:00');
}

function sentence(i, k) {
  return SENTENCES[(i * 7 + k * 3) % SENTENCES.length];
}

/** The summary HTML of item i (written escaped in RSS description and Atom summary). */
export function summaryHtml(i) {
  return `<p>${sentence(i, 0)} <a href="/posts/${i}">Read more</a> &amp; <b>share</b>.</p>`;
}

/** The full HTML content of item i (written as CDATA): markup a sanitizer has to work through. */
export function contentHtml(i) {
  return `<div class="post"><h2>Update ${i}</h2><p>${sentence(i, 1)} ${sentence(i, 2)}</p>`
    + `<p><img src="https://cdn.example.com/img/${i}.jpg" alt="Photo ${i}" width="640" onerror="track(${i})"></p>`
    + `<ul><li><a href="https://example.org/ref/${i}" target="_blank">Source</a></li>`
    + `<li><a href="javascript:void(0)">share</a></li></ul>`
    + `<p style="color:red">${sentence(i, 3)}</p><script>stats.push(${i})</script>`
    + `<iframe src="https://video.example.com/embed/${i}"></iframe></div>`;
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function categoriesOf(i) {
  return [CATEGORIES[i % CATEGORIES.length], CATEGORIES[(i + 3) % CATEGORIES.length], `tag-${i % 50}`];
}

/**
 * The items of a feed window: `n` items, newest first, whose newest has index `newest`.
 * Re-polling a feed that gained one item is the window shifted by one: items(n, newest + 1).
 */
function itemIndexes(n, newest) {
  const indexes = [];
  for (let k = 0; k < n; k++) indexes.push(newest - k);
  return indexes;
}

function rssItem(i, extra = '') {
  const categories = categoriesOf(i)
    .map((name, k) => (k === 1 ? `<category domain="https://example.com/topics">${name}</category>` : `<category>${name}</category>`))
    .join('');
  return `<item>
<title>Item ${i}: ${escapeXml(sentence(i, 6).slice(0, 48))}</title>
<link>https://example.com/posts/${i}</link>
<guid isPermaLink="false">urn:example:post:${i}</guid>
<pubDate>${rfc822(itemTime(i), RSS_ZONES[i % RSS_ZONES.length])}</pubDate>
<author>writer${i % 13}@example.com (Writer ${i % 13})</author>
${categories}
<comments>https://example.com/posts/${i}#comments</comments>
<enclosure url="https://cdn.example.com/audio/${i}.mp3" length="${1_000_000 + i}" type="audio/mpeg"/>
<description>${escapeXml(summaryHtml(i))}</description>
<content:encoded><![CDATA[${contentHtml(i)}]]></content:encoded>
${extra}</item>
`;
}

/**
 * An RSS 2.0 feed of `n` items (newest item index `newest`, default n). `extension` adds namespace
 * elements to the channel and to every item, the core elements staying the same.
 */
export function rssFeed(n, newest = n, extension = null) {
  const itemOf = extension === null ? (i) => rssItem(i) : (i) => rssItem(i, extension.item(i));
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"${extension?.namespaces ?? ''}>
<channel>${extension?.channel ?? ''}
<title>Example News</title>
<link>https://example.com/</link>
<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
<description>Everything that happened, as it happened.</description>
<language>en-us</language>
<lastBuildDate>${rfc822(itemTime(newest), 'GMT')}</lastBuildDate>
<generator>bench</generator>
<ttl>60</ttl>
${itemIndexes(n, newest).map(itemOf).join('')}</channel>
</rss>
`;
}

const pad3 = (n) => String(n).padStart(3, '0');

/** A podcast: every item an episode with iTunes and Podcasting 2.0 tags, as podcast hosts write them. */
export const PODCAST_EXTENSION = Object.freeze({
  namespaces: ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"',
  channel: `
<itunes:author>Example Studio</itunes:author>
<itunes:owner><itunes:name>Example Studio</itunes:name><itunes:email>shows@example.com</itunes:email></itunes:owner>
<itunes:image href="https://cdn.example.com/art/show.jpg"/>
<itunes:category text="News"><itunes:category text="Daily News"/></itunes:category>
<itunes:explicit>false</itunes:explicit><itunes:type>episodic</itunes:type>
<podcast:guid>9b024349-ccf0-5f69-a609-6b82873eab3c</podcast:guid>
<podcast:locked owner="shows@example.com">yes</podcast:locked>
<podcast:funding url="https://example.com/support">Support the show</podcast:funding>
<podcast:person role="host" img="https://cdn.example.com/host.jpg">Alex Host</podcast:person>
<podcast:medium>podcast</podcast:medium>`,
  item: (i) => `<itunes:duration>${Math.floor(i / 60) % 3}:${pad(i % 60)}:${pad((i * 7) % 60)}</itunes:duration>
<itunes:episode>${i}</itunes:episode><itunes:season>${1 + Math.floor(i / 100)}</itunes:season><itunes:episodeType>full</itunes:episodeType>
<itunes:image href="https://cdn.example.com/art/${i}.jpg"/><itunes:explicit>no</itunes:explicit>
<itunes:summary>${escapeXml(sentence(i, 4))}</itunes:summary>
<podcast:transcript url="https://example.com/posts/${i}.vtt" type="text/vtt" language="en"/>
<podcast:chapters url="https://example.com/posts/${i}.json" type="application/json+chapters"/>
<podcast:soundbite startTime="${i % 300}.5" duration="45.0">${escapeXml(sentence(i, 5).slice(0, 40))}</podcast:soundbite>
<podcast:person role="guest" href="https://example.com/guests/${i % 17}">Guest ${pad3(i % 17)}</podcast:person>
<podcast:season>${1 + Math.floor(i / 100)}</podcast:season><podcast:episode>${i}</podcast:episode>
<podcast:value type="lightning" method="keysend"><podcast:valueRecipient name="Host" type="node" address="02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52" split="95"/></podcast:value>
`,
});

/** Media RSS as video sites write it: every item a media:group of renditions, a thumbnail, credits and statistics. */
export const MEDIA_EXTENSION = Object.freeze({
  namespaces: ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"',
  channel: '\n<media:thumbnail url="https://cdn.example.com/logo.png" width="144" height="144"/>',
  item: (i) => `<dc:creator>Writer ${i % 13}</dc:creator>
<media:group>
<media:title>${escapeXml(sentence(i, 6).slice(0, 48))}</media:title>
<media:content url="https://cdn.example.com/video/${i}/1080.mp4" type="video/mp4" medium="video" isDefault="true" bitrate="4500" duration="${60 + (i % 600)}" height="1080" width="1920" fileSize="${50_000_000 + i}"/>
<media:content url="https://cdn.example.com/video/${i}/480.mp4" type="video/mp4" medium="video" bitrate="900" duration="${60 + (i % 600)}" height="480" width="854" fileSize="${10_000_000 + i}"/>
<media:thumbnail url="https://cdn.example.com/video/${i}/thumb.jpg" width="640" height="360"/>
<media:description>${escapeXml(sentence(i, 5))}</media:description>
<media:keywords>${categoriesOf(i).join(', ')}</media:keywords>
<media:credit role="producer">Writer ${i % 13}</media:credit>
<media:community><media:starRating average="4.${i % 10}" count="${i * 3}" min="1" max="5"/><media:statistics views="${i * 97}"/></media:community>
</media:group>
`,
});

function atomEntry(i) {
  const categories = categoriesOf(i)
    .map((term, k) => (k === 1 ? `<category term="${term}" scheme="https://example.com/topics" label="${term}"/>` : `<category term="${term}"/>`))
    .join('');
  const time = itemTime(i);
  return `<entry>
<title type="text">Item ${i}: ${escapeXml(sentence(i, 6).slice(0, 48))}</title>
<id>urn:example:post:${i}</id>
<link rel="alternate" type="text/html" href="https://example.com/posts/${i}"/>
<link rel="replies" type="text/html" href="https://example.com/posts/${i}#comments"/>
<link rel="enclosure" type="audio/mpeg" length="${1_000_000 + i}" href="https://cdn.example.com/audio/${i}.mp3"/>
<published>${rfc3339(time)}</published>
<updated>${rfc3339(new Date(time.getTime() + 3_600_000))}</updated>
<author><name>Writer ${i % 13}</name><email>writer${i % 13}@example.com</email></author>
${categories}
<summary type="html">${escapeXml(summaryHtml(i))}</summary>
<content type="html"><![CDATA[${contentHtml(i)}]]></content>
</entry>
`;
}

/** An Atom 1.0 feed of `n` entries (newest entry index `newest`, default n). */
export function atomFeed(n, newest = n) {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Example News</title>
<subtitle>Everything that happened, as it happened.</subtitle>
<id>urn:example:feed</id>
<link rel="alternate" type="text/html" href="https://example.com/"/>
<link rel="self" type="application/atom+xml" href="https://example.com/atom.xml"/>
<updated>${rfc3339(itemTime(newest))}</updated>
<author><name>Example Newsroom</name></author>
<generator uri="https://example.com/bench" version="1">bench</generator>
${itemIndexes(n, newest).map(atomEntry).join('')}</feed>
`;
}

/** A JSON Feed 1.1 document with the same items, as text: what JSON.parse would be handed. */
export function jsonFeed(n, newest = n) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Example News',
    home_page_url: 'https://example.com/',
    feed_url: 'https://example.com/feed.json',
    description: 'Everything that happened, as it happened.',
    language: 'en-us',
    items: itemIndexes(n, newest).map((i) => ({
      id: `urn:example:post:${i}`,
      url: `https://example.com/posts/${i}`,
      title: `Item ${i}: ${sentence(i, 6).slice(0, 48)}`,
      summary: summaryHtml(i),
      content_html: contentHtml(i),
      date_published: rfc3339(itemTime(i)),
      authors: [{ name: `Writer ${i % 13}` }],
      tags: categoriesOf(i),
      attachments: [{ url: `https://cdn.example.com/audio/${i}.mp3`, mime_type: 'audio/mpeg', size_in_bytes: 1_000_000 + i }],
    })),
  });
}

/** The number of items that makes an RSS feed of about `bytes` UTF-8 bytes. */
export function rssItemsForBytes(bytes) {
  const per = (Buffer.byteLength(rssFeed(20)) - Buffer.byteLength(rssFeed(10))) / 10;
  return Math.max(1, Math.round((bytes - Buffer.byteLength(rssFeed(0))) / per));
}
