// The small modules: atom: in RSS, slash, wfw, sy, GeoRSS, thr, FeedBurner, Creative Commons.
import { describe, expect, it } from 'vitest';
import { parseRss } from '../../src/index.js';
import { variants } from './documents.js';

describe('atom: inside RSS', () => {
  const fragment = `<atom:link rel="self" href="feed.xml" type="application/rss+xml"/><atom:link rel="hub" href="https://hub.example/"/>
<atom:link rel="next" href="?page=2" hreflang="en" title="Older" length="12"/><atom:link rel="previous" href="javascript:alert(1)"/>
<atom:updated>2024-03-09T10:00:00Z</atom:updated><atom:published>2024-03-01T10:00:00Z</atom:published><atom:id>urn:x</atom:id>
<atom:author><atom:name>Ana</atom:name><atom:uri>/ana</atom:uri><atom:email>ana@e.org</atom:email></atom:author><atom:author><atom:uri>/nobody</atom:uri></atom:author>`;
  for (const v of variants(['atom'], fragment, fragment, { formats: ['rss', 'rss1'], options: { baseUrl: 'https://e.org/blog/' } })) {
    it(`reads links, dates, authors and id: ${v.label}`, () => {
      const expected = {
        links: [
          { href: 'https://e.org/blog/feed.xml', rel: 'self', type: 'application/rss+xml', hreflang: null, title: null, length: null },
          { href: 'https://hub.example/', rel: 'hub', type: null, hreflang: null, title: null, length: null },
          { href: 'https://e.org/blog/?page=2', rel: 'next', type: null, hreflang: 'en', title: 'Older', length: 12 },
        ],
        updated: new Date('2024-03-09T10:00:00Z'), published: new Date('2024-03-01T10:00:00Z'),
        authors: [{ name: 'Ana', uri: 'https://e.org/ana', email: 'ana@e.org' }], id: 'urn:x',
      };
      expect(v.channel.atom).toEqual(expected);
      expect(v.item.atom).toEqual(expected);
    });
  }
});

describe('slash:, wfw:, sy:, thr:, feedburner:, creativeCommons:', () => {
  const channel = `<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency><sy:updateBase>2000-01-01T12:00+00:00</sy:updateBase>
<feedburner:info uri="quay"/><feedburner:browserFriendly>Subscribe</feedburner:browserFriendly><feedburner:emailServiceId>quay</feedburner:emailServiceId>
<feedburner:feedburnerHostname>https://feedburner.google.com</feedburner:feedburnerHostname>
<creativeCommons:license>http://creativecommons.org/licenses/by-nc/4.0/</creativeCommons:license>`;
  const item = `<slash:comments>14</slash:comments><slash:section>notices</slash:section><slash:department>mud</slash:department>
<slash:hit_parade>14,12,x,3</slash:hit_parade><wfw:commentRSS>comments/feed/</wfw:commentRSS><wfw:comment>https://e.org/post</wfw:comment>
<thr:in-reply-to ref="tag:e.org,2024:1" href="https://e.org/1" type="text/html" source="https://e.org/feed"/><thr:in-reply-to href="https://e.org/no-ref"/>
<thr:total>7</thr:total><feedburner:origLink>https://e.org/post/</feedburner:origLink><feedburner:origEnclosureLink>https://e.org/a.mp3</feedburner:origEnclosureLink>
<creativeCommons:license>http://creativecommons.org/licenses/by/4.0/</creativeCommons:license><creativeCommons:license>javascript:alert(1)</creativeCommons:license>`;
  const prefixes = ['slash', 'wfw', 'sy', 'thr', 'feedburner', 'creativeCommons'] as const;
  for (const v of variants(prefixes, channel, item, { options: { baseUrl: 'https://e.org/blog/' } })) {
    it(`reads every element: ${v.label}`, () => {
      expect(v.channel.sy).toEqual({ updatePeriod: 'hourly', updateFrequency: 2, updateBase: new Date('2000-01-01T12:00:00Z') });
      expect(v.channel.feedburner).toEqual({
        origLink: null, origEnclosureLink: null, info: 'quay', browserFriendly: 'Subscribe', emailServiceId: 'quay',
        feedburnerHostname: 'https://feedburner.google.com',
      });
      expect(v.channel.creativeCommons).toEqual({ licenses: ['http://creativecommons.org/licenses/by-nc/4.0/'] });
      expect(v.item.slash).toEqual({ section: 'notices', department: 'mud', comments: 14, hitParade: [14, 12, 3] });
      expect(v.item.wfw).toEqual({ commentRss: 'https://e.org/blog/comments/feed/', comment: 'https://e.org/post' });
      expect(v.item.thr).toEqual({
        inReplyTo: [{ ref: 'tag:e.org,2024:1', href: 'https://e.org/1', type: 'text/html', source: 'https://e.org/feed' }], total: 7,
      });
      expect(v.item.feedburner).toMatchObject({ origLink: 'https://e.org/post/', origEnclosureLink: 'https://e.org/a.mp3', info: null });
      expect(v.item.creativeCommons).toEqual({ licenses: ['http://creativecommons.org/licenses/by/4.0/'] });
    });
  }
});

describe('GeoRSS (georss:, GML)', () => {
  const simple = `<georss:point>57.1437 -2.0785</georss:point><georss:line>57.14 -2.08 57.15 -2.07</georss:line>
<georss:polygon>57.14 -2.08 57.15 -2.08 57.15 -2.07 57.14 -2.08</georss:polygon><georss:box>57.13 -2.10 57.16 -2.05</georss:box>
<georss:featuretypetag>harbour</georss:featuretypetag><georss:relationshiptag>is-centred-at</georss:relationshiptag>
<georss:featurename>North basin</georss:featurename><georss:elev>-6.5</georss:elev><georss:floor>2</georss:floor><georss:radius>500</georss:radius>`;
  const p = (latitude: number, longitude: number) => ({ latitude, longitude });
  for (const v of variants(['georss'], simple, simple)) {
    it(`reads GeoRSS Simple: ${v.label}`, () => {
      const expected = {
        point: p(57.1437, -2.0785), line: [p(57.14, -2.08), p(57.15, -2.07)],
        polygon: [p(57.14, -2.08), p(57.15, -2.08), p(57.15, -2.07), p(57.14, -2.08)], box: [p(57.13, -2.1), p(57.16, -2.05)],
        featureTypeTag: 'harbour', relationshipTag: 'is-centred-at', featureName: 'North basin', elevation: -6.5, floor: 2, radius: 500,
      };
      expect(v.channel.georss).toEqual(expected);
      expect(v.item.georss).toEqual(expected);
    });
  }

  it('reads the GML forms of georss:where', () => {
    const where = (geometry: string) => variants(['georss', 'gml'], '', `<georss:where>${geometry}</georss:where>`)[1]!.item.georss;
    expect(where('<gml:Point><gml:pos>45.256 -71.92</gml:pos></gml:Point>')?.point).toEqual(p(45.256, -71.92));
    expect(where('<gml:LineString><gml:posList>45 -71 46 -72</gml:posList></gml:LineString>')?.line).toEqual([p(45, -71), p(46, -72)]);
    expect(where('<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>1 1 2 1 2 2 1 1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>')?.polygon)
      .toEqual([p(1, 1), p(2, 1), p(2, 2), p(1, 1)]);
    expect(where('<gml:Envelope><gml:lowerCorner>42.9 -71</gml:lowerCorner><gml:upperCorner>43.2 -69</gml:upperCorner></gml:Envelope>')?.box)
      .toEqual([p(42.9, -71), p(43.2, -69)]);
  });

  it('refuses coordinates out of range, odd counts, open rings and non-numbers', () => {
    const [v] = variants(['georss'], '', `<georss:point>91 0</georss:point><georss:line>1 2 3</georss:line>
<georss:polygon>1 1 2 1 2 2 3 3</georss:polygon><georss:box>1 1 2 NaN</georss:box><georss:elev>1e400</georss:elev>`);
    expect(v!.item.georss).toMatchObject({ point: null, line: null, polygon: null, box: null, elevation: null });
  });
});

describe('content:encoded', () => {
  it('stays the contentEncoded field, read under any prefix, sanitized', () => {
    const rss = parseRss(`<rss xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel><c:encoded>&lt;b&gt;c&lt;/b&gt;</c:encoded>
<item><c:encoded>&lt;p onclick="x"&gt;body&lt;/p&gt;</c:encoded><c:other>x</c:other></item></channel></rss>`);
    expect(rss.contentEncoded).toBe('<b>c</b>');
    expect(rss.items[0]!.contentEncoded).toBe('<p>body</p>');
    expect(rss.items[0]!.extensions.map((e) => e.local)).toEqual(['other']);
  });
});
