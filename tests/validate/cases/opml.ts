// OPML rules: each breaks the valid baseline in one place.
import { baseline, edit, type RuleCase } from './case.js';

const O = baseline('valid-opml.xml');
const opml = (from: string, to: string) => edit(O, from, to);
const HARBOUR = '<outline text="Harbour Notes" type="rss" xmlUrl="https://harbour.example.com/feed.xml"';

export const opmlCases: RuleCase[] = [
  {
    code: 'OPML_VERSION', severity: 'error', name: 'an OPML version that does not exist',
    bad: opml('<opml version="2.0">', '<opml version="3.0">'), at: '<opml', path: 'opml', good: O,
  },
  {
    code: 'OPML_MISSING_ELEMENT', severity: 'error', name: 'no <head>',
    bad: O.replace(/  <head>[\s\S]*<\/head>\n/, ''), at: '<opml', good: O,
  },
  {
    code: 'OPML_EMPTY_BODY', severity: 'error', name: 'a body without outlines',
    bad: O.replace(/<body>[\s\S]*<\/body>/, '<body>\n  </body>'), at: '<body>', path: 'body', good: O,
  },
  {
    code: 'OPML_UNKNOWN_ELEMENT', severity: 'error', name: 'an element OPML does not define',
    bad: opml('<ownerName>', '<owner>Ailsa</owner>\n    <ownerName>'), at: '<owner>', path: 'head/owner', good: O,
  },
  {
    code: 'OPML_DUPLICATE_ELEMENT', severity: 'error', name: 'two titles',
    bad: opml('<title>Reading list</title>', '<title>Reading list</title>\n    <title>Again</title>'), at: '<title>Again', path: 'head/title[2]', good: O,
  },
  {
    code: 'OPML_UNEXPECTED_TEXT', severity: 'error', name: 'text loose in <body>',
    bad: opml('<body>', '<body>\n    Feeds:'), at: '<body>', path: 'body', good: O,
  },
  {
    code: 'OPML_MISSING_ATTRIBUTE', severity: 'error', name: 'an outline without text',
    bad: opml('<outline text="A note to self" isComment="true"/>', '<outline isComment="true"/>'), at: '<outline isComment', path: 'body/outline[2]', good: O,
  },
  {
    code: 'OPML_MISSING_XMLURL', severity: 'error', name: 'an rss outline without xmlUrl',
    bad: opml(' xmlUrl="https://lighthouse.example.org/feed.atom"', ''), at: '<outline text="Lighthouse', path: 'body/outline[1]/outline[2]', good: O,
  },
  {
    code: 'OPML_INVALID_VALUE', severity: 'error', name: 'isComment that is not true or false',
    bad: opml('isComment="true"', 'isComment="yes"'), at: '<outline text="A note', path: 'body/outline[2]/@isComment', good: O,
  },
  {
    code: 'URL_NOT_ABSOLUTE', severity: 'error', name: 'a relative xmlUrl',
    bad: opml(HARBOUR, '<outline text="Harbour Notes" type="rss" xmlUrl="/feed.xml"'), at: '<outline text="Harbour', path: 'body/outline[1]/outline[1]/@xmlUrl', good: O,
  },
  {
    code: 'DATE_INVALID', severity: 'error', name: 'a dateCreated no reader understands',
    bad: opml('<dateCreated>Mon, 04 Mar 2024 07:30:00 GMT</dateCreated>', '<dateCreated>last spring</dateCreated>'), at: '<dateCreated>', path: 'head/dateCreated', good: O,
  },
  {
    code: 'DATE_NOT_RFC822', severity: 'error', name: 'an ISO 8601 dateModified',
    bad: opml('<dateModified>Tue, 05 Mar 2024 10:00:00 GMT</dateModified>', '<dateModified>2024-03-05T10:00:00Z</dateModified>'), at: '<dateModified>', good: O,
  },
  {
    code: 'EMAIL_INVALID', severity: 'error', name: 'an ownerEmail that is not an address',
    bad: opml('<ownerEmail>ailsa@harbour.example.com</ownerEmail>', '<ownerEmail>Ailsa Quay</ownerEmail>'), at: '<ownerEmail>', path: 'head/ownerEmail', good: O,
  },
  {
    code: 'INTEGER_INVALID', severity: 'error', name: 'an expansionState that is not line numbers',
    bad: opml('<expansionState>1,3</expansionState>', '<expansionState>1;3</expansionState>'), at: '<expansionState>', path: 'head/expansionState', good: O,
  },
  {
    code: 'LANGUAGE_INVALID', severity: 'error', name: 'an outline language that is a name',
    bad: opml('language="en-gb"', 'language="English"'), at: '<outline text="Harbour', path: 'body/outline[1]/outline[1]/@language', good: O,
  },
];
