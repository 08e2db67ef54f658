import { describe, expect, it } from 'vitest';
import { parseRss } from '../../src/index.js';
import { variants } from './documents.js';

const OPTIONAL = `<media:title type="plain">Fog &amp; gulls</media:title>
<media:description type="html">&lt;p onclick="x()"&gt;Fog, &lt;a href="/about"&gt;about&lt;/a&gt;&lt;/p&gt;</media:description>
<media:keywords>fog, harbour,, sea </media:keywords><media:keywords>dawn</media:keywords>
<media:thumbnail url="thumbs/1.jpg" width="640" height="360" time="12:05:01.123"/><media:thumbnail url="https://cdn.example.com/2.jpg"/>
<media:player url="https://example.com/player?id=1" width="640" height="abc"/>
<media:credit role="photographer" scheme="urn:ebu">Ana Lind</media:credit><media:credit>Piet</media:credit>
<media:rating scheme="urn:mpaa">pg</media:rating><media:rating>nonadult</media:rating>
<media:category scheme="http://search.yahoo.com/mrss/category_schema" label="Weather">weather/fog</media:category>
<media:restriction relationship="deny" type="country">us ca</media:restriction>
<media:community><media:starRating average="4.5" count="20" min="1" max="5"/><media:statistics views="1200" favorites="-3"/>
<media:tags>fog: 5, sea:2.5, morning</media:tags></media:community>
<media:copyright url="https://example.com/terms">2024 Ana</media:copyright>
<media:hash algo="sha-1">d0be</media:hash><media:hash>ab12</media:hash>
<media:text type="plain" lang="en" start="00:00:03.000" end="00:00:10.000">Oh, say, can you see</media:text><media:text> </media:text>
<media:comments><media:comment>Nice fog</media:comment><media:comment>Cold</media:comment></media:comments>
<media:embed url="https://e.org/embed.swf" width="512" height="323"><media:param name="type">application/x-shockwave-flash</media:param><media:param>no name</media:param></media:embed>
<media:responses><media:response>https://e.org/r/1</media:response><media:response>javascript:alert(1)</media:response></media:responses>
<media:backLinks><media:backLink>https://e.org/b/1</media:backLink></media:backLinks>
<media:status state="blocked" reason="https://e.org/why"/>
<media:price type="rent" price="19.99" currency="EUR" info="https://e.org/rent"/><media:price price="free"/>
<media:license type="text/html" href="https://e.org/license">Sample license</media:license>
<media:subTitle type="application/smil" lang="en-us" href="https://e.org/sub.smil"/><media:peerLink type="application/x-bittorrent" href="https://e.org/t.torrent"/>
<media:rights status="official"/>
<media:scenes><media:scene><media:sceneTitle>Dawn</media:sceneTitle><media:sceneDescription>Fog rolls in</media:sceneDescription>
<media:sceneStartTime>00:15</media:sceneStartTime><media:sceneEndTime>00:45</media:sceneEndTime></media:scene></media:scenes>`;

const OPTIONAL_MODEL = {
  title: { type: 'plain', value: 'Fog & gulls' },
  description: { type: 'html', value: '<p>Fog, <a href="https://base.example/about">about</a></p>' },
  keywords: ['fog', 'harbour', 'sea', 'dawn'],
  thumbnails: [
    { url: 'https://base.example/feed/thumbs/1.jpg', width: 640, height: 360, time: '12:05:01.123' },
    { url: 'https://cdn.example.com/2.jpg', width: null, height: null, time: null },
  ],
  player: { url: 'https://example.com/player?id=1', width: 640, height: null },
  credits: [{ name: 'Ana Lind', role: 'photographer', scheme: 'urn:ebu' }, { name: 'Piet', role: null, scheme: null }],
  ratings: [{ value: 'pg', scheme: 'urn:mpaa' }, { value: 'nonadult', scheme: null }],
  categories: [{ name: 'weather/fog', scheme: 'http://search.yahoo.com/mrss/category_schema', label: 'Weather' }],
  restrictions: [{ relationship: 'deny', type: 'country', value: 'us ca' }],
  community: {
    starRating: { average: 4.5, count: 20, min: 1, max: 5 },
    statistics: { views: 1200, favorites: null },
    tags: [{ name: 'fog', weight: 5 }, { name: 'sea', weight: 2.5 }, { name: 'morning', weight: 1 }],
  },
  copyright: { text: '2024 Ana', url: 'https://example.com/terms' },
  hashes: [{ value: 'd0be', algo: 'sha-1' }, { value: 'ab12', algo: 'md5' }],
  texts: [{ type: 'plain', value: 'Oh, say, can you see', lang: 'en', start: '00:00:03.000', end: '00:00:10.000' }],
  comments: ['Nice fog', 'Cold'],
  embed: { url: 'https://e.org/embed.swf', width: 512, height: 323, params: [{ name: 'type', value: 'application/x-shockwave-flash' }] },
  responses: ['https://e.org/r/1'],
  backLinks: ['https://e.org/b/1'],
  status: { state: 'blocked', reason: 'https://e.org/why' },
  prices: [
    { type: 'rent', info: 'https://e.org/rent', price: 19.99, currency: 'EUR' },
    { type: null, info: null, price: null, currency: null },
  ],
  license: { name: 'Sample license', type: 'text/html', href: 'https://e.org/license' },
  subTitles: [{ type: 'application/smil', href: 'https://e.org/sub.smil', lang: 'en-us' }],
  peerLinks: [{ type: 'application/x-bittorrent', href: 'https://e.org/t.torrent', lang: null }],
  rights: 'official',
  scenes: [{ title: 'Dawn', description: 'Fog rolls in', startTime: '00:15', endTime: '00:45' }],
};

const EMPTY_OPTIONAL = {
  title: null, description: null, keywords: [], thumbnails: [], player: null, credits: [], ratings: [], categories: [],
  restrictions: [], community: null, copyright: null, hashes: [], texts: [], comments: [], embed: null, responses: [],
  backLinks: [], status: null, prices: [], license: null, subTitles: [], peerLinks: [], rights: null, scenes: [],
};

const CONTENT = `<media:content url="https://cdn.example.com/v.mp4" fileSize="1000" type="video/mp4" medium="video" isDefault="true"
 expression="full" bitrate="128.5" framerate="25" samplingrate="44.1" channels="2" duration="185.5" height="720" width="1280" lang="en">
 <media:title>Clip</media:title></media:content>`;

const CONTENT_MODEL = {
  url: 'https://cdn.example.com/v.mp4', fileSize: 1000, type: 'video/mp4', medium: 'video', isDefault: true, expression: 'full',
  bitrate: 128.5, framerate: 25, samplingrate: 44.1, channels: 2, duration: 185.5, height: 720, width: 1280, lang: 'en',
  ...EMPTY_OPTIONAL, title: { type: 'plain', value: 'Clip' },
};

describe('Media RSS (media:)', () => {
  const item = `${OPTIONAL}${CONTENT}<media:group>${CONTENT}<media:content url="https://cdn.example.com/v-low.mp4" duration="x"/>${OPTIONAL}</media:group>`;
  for (const v of variants(['media'], OPTIONAL, item, { options: { baseUrl: 'https://base.example/feed/' } })) {
    it(`reads contents, groups and every optional element: ${v.label}`, () => {
      expect(v.channel.media).toEqual({ contents: [], groups: [], ...OPTIONAL_MODEL });
      const low = { ...CONTENT_MODEL, ...EMPTY_OPTIONAL, url: 'https://cdn.example.com/v-low.mp4' };
      for (const key of ['fileSize', 'type', 'medium', 'isDefault', 'expression', 'bitrate', 'framerate', 'samplingrate', 'channels', 'duration', 'height', 'width', 'lang'] as const) {
        (low as Record<string, unknown>)[key] = null;
      }
      expect(v.item.media).toEqual({
        contents: [CONTENT_MODEL],
        groups: [{ contents: [CONTENT_MODEL, low], ...OPTIONAL_MODEL }],
        ...OPTIONAL_MODEL,
      });
    });
  }

  it('sanitizes HTML descriptions and keeps plain ones as text', () => {
    const [v] = variants(['media'], '', '<media:description type="html">&lt;img src=x onerror=alert(1)&gt;ok</media:description><media:title>&lt;b&gt;t&lt;/b&gt;</media:title>');
    expect(v!.item.media!.description).toEqual({ type: 'html', value: '<img src="x" />ok' });
    expect(v!.item.media!.title).toEqual({ type: 'plain', value: '<b>t</b>' });
  });

  it('reads media:embed and its params inside media:content (a prefixed embed is not an HTML void element)', () => {
    const rss = parseRss(`<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><media:content url="https://e.org/v.mp4">
      <media:embed url="https://e.org/e"><media:param name="autoplay">false</media:param></media:embed><media:title>T</media:title></media:content></item></channel></rss>`);
    const content = rss.items[0]!.media!.contents[0]!;
    expect(content.embed).toEqual({ url: 'https://e.org/e', width: null, height: null, params: [{ name: 'autoplay', value: 'false' }] });
    expect(content.title).toEqual({ type: 'plain', value: 'T' });
  });

  it('reads the historical URIs feeds bind the prefix to', () => {
    for (const uri of ['http://search.yahoo.com/mrss', 'http://video.search.yahoo.com/mrss', 'http://tools.search.yahoo.com/mrss/']) {
      const rss = parseRss(`<rss xmlns:m="${uri}"><channel><item><m:thumbnail url="https://e.com/t.jpg"/></item></channel></rss>`);
      expect(rss.items[0]!.media?.thumbnails[0]?.url, uri).toBe('https://e.com/t.jpg');
    }
  });

  it('drops javascript: URLs and does not read groups nested in groups', () => {
    let nested = '<media:content url="https://e.com/deep.mp4"/>';
    for (let i = 0; i < 200; i++) nested = `<media:group>${nested}</media:group>`;
    const rss = parseRss(`<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
      <media:content url="javascript:alert(1)" medium="video"/><media:thumbnail url=" jav&#9;ascript:alert(1)"/>
      <media:player url="data:text/html,x"/>${nested}</item></channel></rss>`);
    const media = rss.items[0]!.media!;
    expect(media.contents).toHaveLength(1);
    expect(media.contents[0]!.url).toBeNull();
    expect(media.thumbnails).toEqual([]);
    expect(media.player).toBeNull();
    expect(media.groups).toHaveLength(1);
    expect(media.groups[0]!.contents).toEqual([]);
  });
});
