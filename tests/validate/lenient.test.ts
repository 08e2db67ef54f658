// validateFeed reports, as an error at its place, every fault lenient parsing reads past.
import { describe, expect, it } from 'vitest';
import { parseFeed, validateFeed } from '../../src/index.js';

const ATOM = 'http://www.w3.org/2005/Atom';

const DOCUMENTS: Record<string, string> = {
  'items outside the channel': '<rss version="2.0"><channel><title>t</title><link>https://a.example/</link><description>d</description></channel>\n<item><title>x</title></item></rss>',
  'two channels': '<rss version="2.0"><channel><title>t</title><link>https://a.example/</link><description>d</description></channel>\n<channel><title>u</title></channel></rss>',
  'no channel': '<rss version="2.0"><title>t</title></rss>',
  'an unknown RSS version': '<rss version="3.0"><channel><title>t</title><link>https://a.example/</link><description>d</description></channel></rss>',
  'an Atom feed without id': `<feed xmlns="${ATOM}"><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author></feed>`,
  'Atom without its namespace': '<feed><id>urn:f</id><title>t</title><updated>2024-01-01T00:00:00Z</updated></feed>',
  'an Atom entry document': `<entry xmlns="${ATOM}"><id>urn:e</id><title>t</title><updated>2024-01-01T00:00:00Z</updated></entry>`,
  'RSS 1.0 without its namespace': '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel rdf:about="x"><title>t</title></channel>\n<item rdf:about="https://a.example/1"><title>i</title></item></rdf:RDF>',
  'bad base64 in Atom 0.3': '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><id>urn:f</id><title>t</title>\n<entry><id>urn:e</id><content type="text/html" mode="base64">%%%</content></entry></feed>',
};

describe('validateFeed and lenient mode', () => {
  for (const [name, document] of Object.entries(DOCUMENTS)) {
    it(`reports ${name} as an error where lenient parseFeed warns`, () => {
      const warnings = parseFeed(document).warnings;
      expect(warnings.length).toBeGreaterThan(0);
      const report = validateFeed(document);
      expect(report.valid).toBe(false);
      for (const warning of warnings) {
        const at = report.issues.filter((i) => i.severity === 'error' && i.line === warning.line && i.column === warning.column);
        expect(at, `${warning.code} at ${warning.line}:${warning.column}`).not.toEqual([]);
      }
    });
  }

  it('names the lenient code where no rule reported the place', () => {
    const report = validateFeed(DOCUMENTS['bad base64 in Atom 0.3']!);
    expect(report.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'ATOM_BAD_BASE64', line: 2, column: 22 }));
  });
});
