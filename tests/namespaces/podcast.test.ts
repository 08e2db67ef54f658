import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRss } from '../../src/index.js';
import { variants } from './documents.js';

const fixture = readFileSync(new URL('../../fixtures/rss/podcast-namespaces.xml', import.meta.url), 'utf8');

const SHARED = `<podcast:person role="host" group="cast" img="https://e.org/ines.jpg" href="https://e.org/ines">Ines</podcast:person>
<podcast:location geo="geo:57.15,-2.09" osm="R1915434" rel="subject" country="GB">Aberdeen</podcast:location>
<podcast:license url="https://creativecommons.org/licenses/by/4.0/">cc-by-4.0</podcast:license>
<podcast:value type="lightning" method="keysend" suggested="0.00000005">
<podcast:valueRecipient name="Ines" customKey="7629169" customValue="abc" type="node" address="02d5" split="90"/>
<podcast:valueRecipient name="No address" type="node" split="5"/>
<podcast:valueRecipient name="Host" type="node" address="03ae" split="ten" fee="true"/></podcast:value>
<podcast:images srcset="https://e.org/1500.jpg 1500w, https://e.org/600.jpg 600w,javascript:alert(1) 2x"/>
<podcast:txt purpose="verify">S6lpp</podcast:txt><podcast:txt>plain</podcast:txt>`;

const SHARED_MODEL = {
  persons: [{ name: 'Ines', role: 'host', group: 'cast', img: 'https://e.org/ines.jpg', href: 'https://e.org/ines' }],
  location: { name: 'Aberdeen', geo: 'geo:57.15,-2.09', osm: 'R1915434', rel: 'subject', country: 'GB' },
  license: { name: 'cc-by-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  value: {
    type: 'lightning', method: 'keysend', suggested: 0.00000005,
    recipients: [
      { name: 'Ines', customKey: '7629169', customValue: 'abc', type: 'node', address: '02d5', split: 90, fee: null },
      { name: 'Host', customKey: null, customValue: null, type: 'node', address: '03ae', split: null, fee: true },
    ],
  },
  images: [{ url: 'https://e.org/1500.jpg', descriptor: '1500w' }, { url: 'https://e.org/600.jpg', descriptor: '600w' }],
  txts: [{ value: 'S6lpp', purpose: 'verify' }, { value: 'plain', purpose: null }],
};

const CHANNEL = `${SHARED}<podcast:guid>c4b9d1a2</podcast:guid><podcast:locked owner="a@e.org">yes</podcast:locked>
<podcast:funding url="https://e.org/support">Support us</podcast:funding><podcast:funding>no url</podcast:funding>
<podcast:trailer pubdate="Thu, 01 Feb 2024 06:00:00 GMT" url="https://e.org/t.mp3" length="498537" type="audio/mpeg" season="2">Soon</podcast:trailer>
<podcast:medium>music</podcast:medium>
<podcast:podroll><podcast:remoteItem feedGuid="917393e3" feedUrl="https://e.com/f.xml" itemGuid="i1" medium="podcast"/><podcast:remoteItem feedUrl="https://e.com/no-guid.xml"/></podcast:podroll>
<podcast:updateFrequency rrule="FREQ=WEEKLY" complete="true" dtstart="2024-01-04T06:00:00Z">Weekly</podcast:updateFrequency>`;

const ITEM = `${SHARED}<podcast:transcript url="https://e.org/12.vtt" type="text/vtt" language="en" rel="captions"/>
<podcast:chapters url="https://e.org/12.json" type="application/json+chapters"/>
<podcast:soundbite startTime="73.0" duration="60.5">Moon</podcast:soundbite><podcast:soundbite startTime="x" duration="1"/>
<podcast:season name="The Moon">2</podcast:season><podcast:episode display="Ep. 12">12.5</podcast:episode>
<podcast:alternateEnclosure type="audio/opus" length="32400000" bitrate="64000" height="0" lang="en" title="Opus" rel="main" codecs="opus" default="true">
<podcast:source uri="https://e.org/12.opus"/><podcast:source uri="ipfs://QmdwGq" contentType="audio/opus"/><podcast:source uri="javascript:alert(1)"/>
<podcast:integrity type="sri" value="sha384-Ex"/></podcast:alternateEnclosure>`;

describe('Podcasting 2.0 (podcast:)', () => {
  for (const v of variants(['podcast'], CHANNEL, ITEM)) {
    it(`reads every show and episode tag: ${v.label}`, () => {
      expect(v.channel.podcast).toEqual({
        guid: 'c4b9d1a2', locked: { locked: true, owner: 'a@e.org' }, funding: [{ url: 'https://e.org/support', text: 'Support us' }],
        trailers: [{ title: 'Soon', url: 'https://e.org/t.mp3', pubdate: new Date('2024-02-01T06:00:00Z'), length: 498537, type: 'audio/mpeg', season: 2 }],
        medium: 'music',
        podroll: [{ feedGuid: '917393e3', feedUrl: 'https://e.com/f.xml', itemGuid: 'i1', medium: 'podcast' }],
        updateFrequency: { text: 'Weekly', complete: true, dtstart: new Date('2024-01-04T06:00:00Z'), rrule: 'FREQ=WEEKLY' },
        ...SHARED_MODEL,
      });
      expect(v.item.podcast).toEqual({
        transcripts: [{ url: 'https://e.org/12.vtt', type: 'text/vtt', language: 'en', rel: 'captions' }],
        chapters: { url: 'https://e.org/12.json', type: 'application/json+chapters' },
        soundbites: [{ startTime: 73, duration: 60.5, title: 'Moon' }],
        season: { number: 2, name: 'The Moon' },
        episode: { number: 12.5, display: 'Ep. 12' },
        alternateEnclosures: [{
          type: 'audio/opus', length: 32400000, bitrate: 64000, height: 0, lang: 'en', title: 'Opus', rel: 'main', codecs: 'opus', default: true,
          sources: [{ uri: 'https://e.org/12.opus', contentType: null }, { uri: 'ipfs://QmdwGq', contentType: 'audio/opus' }],
          integrity: { type: 'sri', value: 'sha384-Ex' },
        }],
        ...SHARED_MODEL,
      });
    });
  }

  it('reads the fixture podcast under the namespace URI and its historical GitHub URI', () => {
    const channel = parseRss(fixture);
    expect(channel.podcast?.podroll).toHaveLength(2);
    expect(channel.items[0]!.podcast?.transcripts).toHaveLength(2);
    const old = fixture.replace('https://podcastindex.org/namespace/1.0', 'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md');
    expect(parseRss(old).podcast).toEqual(channel.podcast);
  });

  it('keeps a show tag on an episode (and the reverse), and tags the room does not read, as extensions', () => {
    const [v] = variants(['podcast'], '<podcast:transcript url="https://e.org/t.vtt"/><podcast:block>yes</podcast:block>',
      '<podcast:guid>g</podcast:guid><podcast:socialInteract uri="https://e.org/post/1" protocol="activitypub"/>');
    expect(v!.channel.podcast).toBeNull();
    expect(v!.item.podcast).toBeNull();
    expect(v!.channel.extensions.map((e) => e.local)).toEqual(['transcript', 'block']);
    expect(v!.item.extensions.map((e) => [e.local, e.attributes.map((a) => a.value)])).toEqual([
      ['guid', []], ['socialInteract', ['https://e.org/post/1', 'activitypub']],
    ]);
  });
});
