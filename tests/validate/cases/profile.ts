// The podcast profile: each case breaks the valid podcast baseline in one place, validated with
// { profile: 'podcast' }; without the profile the same documents raise none of these codes.
import { baseline, edit, type RuleCase } from './case.js';

const P = baseline('valid-podcast.xml');
const pod = (from: string, to: string) => edit(P, from, to);
const podcast = { profile: 'podcast' as const };
const FIRST_ENCLOSURE = '<enclosure url="https://cdn.tidetalk.example.net/audio/012-spring-tides.mp3" length="31457280" type="audio/mpeg"/>';
const OWNER = /\n    <itunes:owner>[\s\S]*?<\/itunes:owner>/;

function profileCase(code: string, severity: 'error' | 'warning', name: string, bad: string, at: string, path?: string): RuleCase {
  return { code, severity, name, bad, at, ...(path === undefined ? {} : { path }), good: P, options: podcast };
}

export const profileCases: RuleCase[] = [
  profileCase('SHOW_MISSING_TITLE', 'error', 'a show with an empty title', pod('<title>Tide Talk</title>', '<title></title>'), '<channel>', 'channel'),
  profileCase('SHOW_MISSING_DESCRIPTION', 'error', 'a show without a description',
    pod('<description>Two harbour pilots talk about tides, weather and the boats that come in.</description>', ''), '<channel>', 'channel'),
  profileCase('SHOW_MISSING_ARTWORK', 'error', 'a show without itunes:image',
    pod('<itunes:image href="https://tidetalk.example.net/artwork-3000.jpg"/>', ''), '<channel>', 'channel'),
  profileCase('SHOW_MISSING_LANGUAGE', 'error', 'a show without a language', pod('<language>en</language>', ''), '<channel>', 'channel'),
  profileCase('SHOW_MISSING_CATEGORY', 'error', 'a show without an itunes:category',
    P.replace(/\n    <itunes:category text="Science">[\s\S]*?<\/itunes:category>\n    <itunes:category text="Leisure"\/>/, ''), '<channel>', 'channel'),
  profileCase('SHOW_MISSING_EXPLICIT', 'error', 'a show without itunes:explicit',
    pod('<itunes:explicit>false</itunes:explicit>\n    <itunes:type>', '<itunes:type>'), '<channel>', 'channel'),
  profileCase('SHOW_MISSING_OWNER', 'warning', 'a show without an owner', P.replace(OWNER, ''), '<channel>', 'channel'),
  profileCase('SHOW_NO_EPISODES', 'error', 'a show without episodes', P.replace(/\n    <item>[\s\S]*<\/item>/, ''), '<channel>', 'channel'),
  profileCase('EPISODE_MISSING_TITLE', 'error', 'an episode without a title',
    pod('<title>Trailer: welcome aboard</title>', ''), '<item>\n      \n      <description>What', 'channel/item[2]'),
  profileCase('EPISODE_MISSING_ENCLOSURE', 'error', 'an episode without an enclosure', pod(FIRST_ENCLOSURE, ''), '<item>', 'channel/item[1]'),
  profileCase('EPISODE_ENCLOSURE_TYPE', 'error', 'an episode whose enclosure is a PDF',
    pod('type="audio/mpeg"', 'type="application/pdf"'), '<enclosure', 'channel/item[1]/enclosure/@type'),
  profileCase('EPISODE_UNKNOWN_LENGTH', 'warning', 'an enclosure of length 0', pod('length="31457280"', 'length="0"'), '<enclosure', 'channel/item[1]/enclosure/@length'),
  profileCase('RSS_DUPLICATE_GUID', 'error', 'two episodes with one guid',
    pod('<guid isPermaLink="false">tidetalk-000</guid>', '<guid isPermaLink="false">tidetalk-012</guid>'), '<guid isPermaLink="false">tidetalk-012</guid>\n      <pubDate>Thu', 'channel/item[2]/guid'),
  profileCase('RSS_MISSING_ATTRIBUTE', 'error', 'an enclosure without length', pod(' length="31457280"', ''), '<enclosure', 'channel/item[1]/enclosure'),
  profileCase('ITUNES_INVALID_CATEGORY', 'error', 'a category not on Apple\'s list', pod('text="Leisure"', 'text="Sailing"'), '<itunes:category text="Sailing"', 'channel/itunes:category[2]/@text'),
  {
    code: 'PODCAST_NOT_RSS', severity: 'error', name: 'an Atom feed checked as a podcast',
    bad: baseline('valid-atom.xml'), good: P, options: podcast,
  },
  {
    code: 'PODCAST_NOT_RSS', severity: 'error', name: 'a JSON Feed checked as a podcast',
    bad: baseline('valid-feed.json'), good: P, options: podcast,
  },
];
