// Help text and version of the `atoma` command.
import { readFileSync } from 'node:fs';

export const USAGE = `Usage:
  atoma parse [FILE|URL|-] [--simple] [--lenient] [--no-sanitize] [--base-url URL]
  atoma validate FILE|DIR|GLOB|URL|-... [--format text|json|github] [--strict] [--quiet]
                 [--profile podcast]
  atoma --help | --version

parse      Print the parsed document as JSON: the format's own model (RSS, Atom,
           JSON Feed or OPML, detected), or with --simple the unified Feed.
           Reads standard input when the input is "-" or left out.
validate   Check feeds against their specifications; prints problems like a linter.
           A directory stands for its .xml, .rss, .atom, .rdf, .feed, .json and
           .opml files; a quoted glob ('feeds/**/*.xml') for the files it matches.

Options:
  --simple             parse: print the unified Feed shape
  --lenient            parse: read past recoverable faults, listing them in "warnings"
                       (--simple always does)
  --no-sanitize        parse: keep HTML as written (default: sanitized)
  --format FORMAT      validate: text (default), json, or github (workflow annotations)
  --strict             validate: warnings fail the run too
  --quiet              validate: no progress line; list errors only (and warnings with --strict)
  --profile podcast    validate: also check what podcast directories require of a show
  --base-url URL       the URL a file or standard input is published at (relative
                       links resolve against it; a fetched URL's own is used for URLs)
  --timeout SECONDS    time allowed to fetch one URL (default 15)
  --max-bytes BYTES    largest input read (default 33554432, 32 MiB)
  --concurrency N      validate: inputs checked at once (default 8)
  -h, --help           show this help
  -v, --version        show the version

Exit status:
  0  every input is valid (parse: the document was read)
  1  an input has errors, or warnings with --strict (parse: not a readable feed)
  2  bad usage, or an input that cannot be read (missing file, HTTP error, timeout, too
     large, compressed or binary data)
`;

/** The package version, read at run time from the package.json two levels above this script. */
export function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
