// atoma parse: read one input, detect its format, print the parsed model as JSON.
import { isAtomaError } from '../errors.js';
import { detectFormat, parseAtom, parseFeed, parseJsonFeed, parseOpml, parseRss } from '../index.js';
import type { ParseOptions } from '../options.js';
import { InputError, loadInput } from './input.js';
import type { Command } from './options.js';
import { shown, terminalJson } from './terminal-text.js';
import type { Terminal } from './validate-command.js';

type ParseCommand = Extract<Command, { name: 'parse' }>;

function parseDocument(bytes: Uint8Array, command: ParseCommand, options: ParseOptions): unknown {
  if (command.simple) return parseFeed(bytes, options);
  switch (detectFormat(bytes)) {
    case 'rss': return parseRss(bytes, options);
    case 'atom': return parseAtom(bytes, options);
    case 'json': return parseJsonFeed(bytes, options);
    case 'opml': return parseOpml(bytes, options);
    default: return parseFeed(bytes, options); // not a known format: parseFeed says why (NOT_A_FEED)
  }
}

export async function runParse(command: ParseCommand, terminal: Terminal): Promise<number> {
  const spec = command.input ?? '-';
  const name = shown(spec === '-' ? '<stdin>' : spec);
  let loaded;
  try {
    loaded = await loadInput(spec, command.fetch, terminal);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    terminal.stderr.write(`atoma: ${name}: ${shown(error.message)} (${error.code})\n`);
    return 2;
  }
  // --simple is lenient as parseFeed is; --lenient makes the format's own parser lenient too.
  const options: ParseOptions = { sanitize: command.sanitize, maxBytes: command.fetch.maxBytes };
  if (command.lenient) options.strict = false;
  const baseUrl = loaded.baseUrl ?? command.baseUrl; // a URL's own, else --base-url
  if (baseUrl !== null) options.baseUrl = baseUrl;
  try {
    terminal.stdout.write(`${terminalJson(parseDocument(loaded.bytes, command, options))}\n`);
    return 0;
  } catch (error) {
    if (!isAtomaError(error)) throw error;
    terminal.stderr.write(`atoma: ${name}: ${shown(error.message)} (${error.code})\n`);
    return 1;
  }
}
