// RSS 1.0 and 0.90 rules: each breaks the valid RSS 1.0 baseline in one place.
import { baseline, edit, type RuleCase } from './case.js';

const R = baseline('valid-rdf.xml');
const rdf = (from: string, to: string) => edit(R, from, to);
const RSS_090 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Harbour Notes</title><link>https://harbour.example.com/</link><description>Tides</description></channel>
  <item><title>Spring tides</title><link>https://harbour.example.com/2024/03/spring-tides</link></item>
</rdf:RDF>`;

export const rdfCases: RuleCase[] = [
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an RSS 1.0 channel without <description>',
    bad: rdf('<description>Tides, boats and the weather in a small harbour town.</description>', ''),
    at: '<channel', path: 'channel', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an RSS 1.0 channel without <items>',
    bad: rdf(/<items>[\s\S]*<\/items>/.exec(R)![0], ''), at: '<channel', path: 'channel', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: '<items> without <rdf:Seq>',
    bad: rdf(/<rdf:Seq>[\s\S]*<\/rdf:Seq>/.exec(R)![0], ''), at: '<items>', path: 'channel/items', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an RSS 1.0 item without <link>',
    bad: rdf('<link>https://harbour.example.com/2024/03/spring-tides</link>', ''), at: '<item ', path: 'item', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an RSS 1.0 image without <url>',
    bad: rdf('<url>https://harbour.example.com/logo.png</url>', ''), at: '<image rdf:about', path: 'image', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an RSS 1.0 textinput without <name>',
    bad: rdf('<name>q</name>', ''), at: '<textinput rdf:about', path: 'textinput', good: R,
  },
  {
    code: 'RSS_MISSING_ELEMENT', severity: 'error', name: 'an RSS 0.90 document without <item>',
    bad: RSS_090.replace(/ *<item>.*<\/item>\n/, ''), at: '<rdf:RDF', path: 'rdf:RDF', good: RSS_090,
  },
  {
    code: 'RSS_MISSING_ATTRIBUTE', severity: 'error', name: 'an RSS 1.0 item without rdf:about',
    bad: rdf('<item rdf:about="https://harbour.example.com/2024/03/spring-tides">', '<item>'), at: '<item>', path: 'item', good: R,
  },
  {
    code: 'RSS_UNKNOWN_ELEMENT', severity: 'error', name: 'an element RSS 1.0 does not define in an item',
    bad: rdf('<description>The highest', '<pubDate>Mon, 04 Mar 2024</pubDate><description>The highest'), at: '<pubDate>', path: 'item/pubDate', good: R,
  },
  {
    code: 'RSS_DUPLICATE_ELEMENT', severity: 'error', name: 'two <channel> elements',
    bad: rdf('<image rdf:about', '<channel rdf:about="https://harbour.example.com/2"><title>t</title><link>https://harbour.example.com/</link><description>d</description><items><rdf:Seq/></items></channel>\n  <image rdf:about'),
    at: '<channel rdf:about="https://harbour.example.com/2"', path: 'channel[2]', good: R,
  },
  {
    code: 'URL_NOT_HTTP', severity: 'error', name: 'an RSS 1.0 item link that is not http(s)',
    bad: rdf('<link>https://harbour.example.com/2024/03/spring-tides</link>', '<link>ftp://harbour.example.com/tides</link>'), at: '<link>ftp', path: 'item/link', good: R,
  },
  {
    code: 'DATE_NOT_W3CDTF', severity: 'error', name: 'an RSS 1.0 dc:date that is not W3C-DTF',
    bad: rdf('<dc:date>2024-03-04T07:30:00Z</dc:date>', '<dc:date>Mon, 04 Mar 2024 07:30:00 GMT</dc:date>'), at: '<dc:date>Mon', path: 'item/dc:date', good: R,
  },
];
