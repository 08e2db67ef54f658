// `npm run bench`: atoma against the parsers a user would pick instead, on the same strings in
// the same process. Progress goes to stderr; the Markdown report goes to stdout, to
// bench/results.md, and (full runs) to docs/performance.md with the chart docs/bench.svg.
//   node bench/run.mjs           full run (under five minutes on two cores)
//   node bench/run.mjs --quick   small inputs and budgets, prints only (a check that all parts work)
//   node bench/run.mjs --namespaces   only the namespace-rich RSS feeds next to plain RSS, prints only
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChart } from './chart.mjs';
import { loadContenders } from './contenders.mjs';
import { count, seconds } from './format.mjs';
import { fixtureInputs, generatedInput, NAMESPACE_KINDS, namespaceInput } from './inputs.mjs';
import { IsolatedRunner } from './isolated.mjs';
import { CLOCK } from './measure.mjs';
import { memoryOf } from './memory.mjs';
import { scalingOf } from './scaling.mjs';
import {
  Notes, datesTable, fixturesTable, goalsTable, memoryTable, repollTable, sanitizeCostTable, scalingTable, throughputTable,
  timeTable, validationTable,
} from './report.mjs';
import { benchDatesRows, timeFixtures, timeRepoll, timeValidation } from './sections.mjs';
import { timeFormat } from './timing.mjs';

const QUICK = process.argv.includes('--quick');
const NAMESPACES_ONLY = process.argv.includes('--namespaces');
const SIZES = QUICK ? [10, 100, 1000] : [10, 100, 1000, 10_000];
const FORMATS = ['rss', 'atom'];
// Every parser on RSS; on Atom, atoma against the baseline and the floor.
// Growth with N, each in a fresh process: atoma, and the floor for scale.
const SCALING_CONTENDERS = ['atoma-raw', 'atoma', 'fxp'];
const MEMORY_CONTENDERS = {
  rss: ['atoma-raw', 'atoma', 'feedsmith', 'rss-parser', 'rowanmanning', 'extractus', 'fxp', 'json-parse'],
  atom: ['atoma', 'fxp'],
};
// On the namespace-rich feeds: the goals' parsers, their baselines and the floor, up to 1,000 items.
const NAMESPACE_CONTENDERS = ['atoma-raw', 'atoma', 'atoma-feed-raw', 'atoma-feed', 'feedsmith', 'feedsmith+sanitize-html', 'fxp'];
const NAMESPACE_MAX_N = 1000;
const FIXTURE_CONTENDERS = ['atoma', 'atoma-feed', 'feedsmith', 'rss-parser', 'rowanmanning', 'extractus', 'fxp', 'json-parse'];
const SANITIZER_MAX_N = 100; // the sanitizer-alone rows show the cost of sanitizing; their growth is not in question
const scale = QUICK ? 0.25 : 1;
const CHART_N = 1000;
const CHART_LABELS = {
  'atoma-raw': 'atoma, sanitize: false',
  atoma: 'atoma, sanitizing (default)',
  'atoma-feed-raw': 'atoma parseFeed, sanitize: false',
  'atoma-feed': 'atoma parseFeed, sanitizing (default)',
  feedsmith: 'feedsmith (does not sanitize)',
  'feedsmith+sanitize-html': 'feedsmith + sanitize-html',
  'rss-parser': 'rss-parser',
  rowanmanning: '@rowanmanning/feed-parser',
  extractus: '@extractus/feed-extractor',
  fxp: 'fast-xml-parser alone (floor)',
};

/**
 * Sampling budget per input size (per contender per input), and the wall time sampling may take
 * per input, which keeps the whole run under five minutes on two busy cores: when it is up,
 * sampling stops for every parser at the same round (the tables say how many samples each figure
 * is the median of). The smallest inputs come first and warm the code up for the larger ones.
 */
function plan(n) {
  const guard = { inProcessLimitMs: 10_000, isolatedTimeoutMs: 20_000 };
  const min = (samples) => (QUICK ? 3 : samples);
  const sampling = (seconds) => seconds * 1000 * scale;
  if (n <= 10) return { ...guard, warmupCalls: 30, warmupMs: 50 * scale, sampleMs: 5, budgetMs: 150 * scale, minSamples: min(10), maxSamples: 40, samplingMs: sampling(4) };
  if (n <= 100) return { ...guard, warmupCalls: 5, warmupMs: 30 * scale, sampleMs: 8, budgetMs: 200 * scale, minSamples: min(8), maxSamples: 30, samplingMs: sampling(5) };
  if (n <= 1000) return { ...guard, warmupCalls: 1, warmupMs: 0, sampleMs: 0, budgetMs: 400 * scale, minSamples: min(5), maxSamples: 20, samplingMs: sampling(10) };
  // The largest feeds: one call each, the checked first call (it runs thousands of items, and the
  // code is hot from the smaller feeds); bench/scaling.mjs measures atoma's growth apart. parseFeed
  // adds a constant mapping per item to the parse (see the smaller feeds) and the floor's tuned
  // options add nothing the defaults do not show; both are left out there to keep the run within
  // five minutes.
  return {
    ...guard, warmupCalls: 0, warmupMs: 0, sampleMs: 0, budgetMs: 0, minSamples: 1, maxSamples: 1, samplingMs: 0,
    firstIsSample: true, skip: ['fxp-tuned', 'atoma-feed', 'atoma-feed-raw'],
  };
}

const started = performance.now();
const elapsed = () => seconds(performance.now() - started);
const log = (message) => process.stderr.write(`${elapsed().padStart(7)}  ${message}\n`);

/** Which atoma was measured: the commit dist/ was built from (and whether src/ had changes), or ATOMA_DIST. */
function atomaSource() {
  if (process.env.ATOMA_DIST && !process.env.ATOMA_DIST.includes(`atoma-${process.pid}`)) return 'the build given in ATOMA_DIST';
  try {
    const git = (...args) => execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return `dist/ built from commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'dist/';
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus.length} cores`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

async function runMemory(input, contenders, dir) {
  const { format, n } = input;
  const files = { xml: path.join(dir, `${format}-${n}.xml`), json: path.join(dir, `${format}-${n}.json`) };
  writeFileSync(files.xml, input.xml);
  writeFileSync(files.json, input.json);
  const ids = MEMORY_CONTENDERS[format].filter((id) => contenders.some((c) => c.id === id));
  const results = new Map();
  // Two children at a time: peak memory does not depend on how busy the CPU is.
  const queue = [...ids];
  const next = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      results.set(id, await memoryOf(id, format, files, 60_000));
    }
  };
  await Promise.all([next(), next()]);
  return new Map(ids.map((id) => [id, results.get(id)]));
}

async function runScaling(inputs, contenders, dir) {
  const sizes = inputs.filter((i) => i.n >= 100);
  const files = new Map();
  for (const input of sizes) {
    const pair = { xml: path.join(dir, `${input.format}-${input.n}.xml`), json: path.join(dir, `${input.format}-${input.n}.json`) };
    writeFileSync(pair.xml, input.xml);
    writeFileSync(pair.json, input.json);
    files.set(input.n, pair);
  }
  const results = new Map();
  // One child at a time: these are CPU times.
  for (const id of SCALING_CONTENDERS.filter((id) => contenders.some((c) => c.id === id))) {
    results.set(id, await scalingOf(id, sizes[0].format, files, 180_000));
  }
  return results;
}

/**
 * Copies the atoma build being measured into .bench-tmp/ for the run (dist/ is shared and may be
 * rebuilt by someone else meanwhile) and points this process, its workers and its children at the
 * copy. Inside the repository, so the copy still resolves its dependencies from node_modules/.
 */
async function snapshotBuild() {
  const source = process.env.ATOMA_DIST ? path.resolve(process.env.ATOMA_DIST) : fileURLToPath(new URL('../dist/', import.meta.url));
  for (let attempt = 0; !existsSync(path.join(source, 'index.js')); attempt++) {
    if (attempt === 20) throw new Error(`No atoma build at ${source}: run npm run build first`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const target = fileURLToPath(new URL(`../.bench-tmp/atoma-${process.pid}/`, import.meta.url));
  cpSync(source, target, { recursive: true, filter: (file) => !file.startsWith(path.join(source, 'cjs')) });
  process.env.ATOMA_DIST = target;
  process.on('exit', () => rmSync(target, { recursive: true, force: true }));
}

/**
 * Times the namespace-rich RSS feeds (NAMESPACE_KINDS), and with `plain` the plain RSS feed too, on
 * the sizes up to NAMESPACE_MAX_N. Returns Map kind → { inputs, byInput }.
 */
async function timeNamespaceFeeds({ contenders, runner, plain }) {
  const sizes = SIZES.filter((n) => n <= NAMESPACE_MAX_N);
  const chosen = contenders.filter((c) => NAMESPACE_CONTENDERS.includes(c.id));
  const kinds = [...(plain ? ['rss'] : []), ...Object.keys(NAMESPACE_KINDS)];
  const timed = new Map();
  for (const kind of kinds) {
    log(`timing ${kind === 'rss' ? 'plain RSS' : NAMESPACE_KINDS[kind].label}`);
    const inputs = sizes.map((n) => (kind === 'rss' ? { ...generatedInput('rss', n), html: undefined } : namespaceInput(kind, n)));
    timed.set(kind, { inputs, byInput: await timeFormat({ contenders: chosen, inputs, plan, runner, log }) });
  }
  return timed;
}

function namespaceTables({ timed, contenders, notes }) {
  const out = [];
  for (const [kind, { inputs, byInput }] of timed) {
    const label = kind === 'rss' ? 'Plain RSS 2.0 (the same items, no namespaces)' : NAMESPACE_KINDS[kind].label;
    const sizes = inputs.map((i) => i.n);
    const sizesLine = inputs.map((i) => `${count(i.n)} items = ${(i.bytes.xml / 1e6).toFixed(2)} MB`).join(', ');
    out.push('', `### ${label}: µs per item (× feedsmith)`, '', `Inputs: ${sizesLine}.`, '');
    out.push(timeTable({ contenders: contenders.filter((c) => NAMESPACE_CONTENDERS.includes(c.id)), byInput, sizes, notes, format: kind }));
  }
  return out;
}

/** `--namespaces`: the namespace-rich feeds next to plain RSS, goals and tables printed, nothing written. */
async function mainNamespaces() {
  await snapshotBuild();
  const host = machine();
  log(`atoma bench, namespace-rich feeds: ${host.cpu}, Node ${host.node}, load ${host.load}`);
  const { contenders } = await loadContenders();
  const notes = new Notes();
  const runner = new IsolatedRunner();
  const timed = await timeNamespaceFeeds({ contenders, runner, plain: true });
  await runner.close();
  const results = new Map([...timed].map(([kind, { byInput }]) => [kind, byInput]));
  const out = [`Measured on ${host.cpu}; Node ${host.node}; ${host.date}; load ${host.load} at the start, ${machine().load} at the end.`];
  out.push('', '### Goals', '', goalsTable({ results, sizes: SIZES.filter((n) => n <= NAMESPACE_MAX_N), memory: new Map(), contenders, scaling: new Map() }));
  out.push(...namespaceTables({ timed, contenders, notes }));
  if (notes.list.length > 0) out.push('', '#### Notes', '', notes.render());
  process.stdout.write(withoutMachinePaths(out.join('\n') + '\n'));
}

async function main() {
  process.on('SIGINT', () => process.exit(130)); // still removes the build copy
  if (NAMESPACES_ONLY) return mainNamespaces();
  const source = atomaSource();
  await snapshotBuild();
  const host = machine();
  log(`atoma bench${QUICK ? ' (quick)' : ''}: ${host.cpu}, Node ${host.node}, load ${host.load}`);
  const { atoma, contenders, missing } = await loadContenders();
  const notes = new Notes();
  const runner = new IsolatedRunner();
  const results = new Map();
  const inputsByFormat = new Map();

  for (const format of FORMATS) {
    log(`generating ${format} feeds of ${SIZES.map(count).join(', ')} items`);
    const inputs = SIZES.map((n) => generatedInput(format, n));
    inputsByFormat.set(format, inputs);
    log(`timing ${format}`);
    const applicable = (input) => contenders.filter((c) => c.role !== 'sanitizer' || input.n <= SANITIZER_MAX_N);
    const byInput = new Map();
    // Sanitizer-alone rows only run up to SANITIZER_MAX_N; everything else on every size.
    const timed = await timeFormat({
      contenders, inputs: inputs.map((input) => ({ ...input, html: applicable(input).some((c) => c.role === 'sanitizer') ? input.html : undefined })),
      plan, runner, log,
    });
    for (const [n, outcomes] of timed) byInput.set(n, outcomes);
    results.set(format, byInput);
  }

  const namespaceFeeds = await timeNamespaceFeeds({ contenders, runner, plain: false });
  for (const [kind, { byInput }] of namespaceFeeds) results.set(kind, byInput);

  const largest = SIZES[SIZES.length - 1];
  log(`memory, ${count(largest)} items, one child process per parser`);
  const memory = new Map();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atoma-bench-'));
  try {
    for (const format of FORMATS) {
      memory.set(format, await runMemory(inputsByFormat.get(format).find((i) => i.n === largest), contenders, dir));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  log(`growth with the number of items, one child process per parser and format`);
  const scaling = new Map();
  const scalingDir = mkdtempSync(path.join(os.tmpdir(), 'atoma-bench-'));
  try {
    for (const format of FORMATS) scaling.set(format, await runScaling(inputsByFormat.get(format), contenders, scalingDir));
  } finally {
    rmSync(scalingDir, { recursive: true, force: true });
  }

  log(`re-poll`);
  const repoll = await timeRepoll({ atoma, n: 100, budget: plan(100) });
  log(`validation`);
  const validation = await timeValidation({ atoma, bytes: 1_000_000, budget: { ...plan(1000), samplingMs: 5000 * scale } });
  log(`dates`);
  const dates = await benchDatesRows({ parseDate: atoma.parseDate, durationMs: 600 * scale });
  log(`fixtures`);
  const fixtureContenders = contenders.filter((c) => FIXTURE_CONTENDERS.includes(c.id));
  const fixtures = await timeFixtures({
    contenders: fixtureContenders,
    fixtures: fixtureInputs(), runner, budgetMs: 40 * scale, timeoutMs: 10_000,
  });
  await runner.close();
  const finished = machine();
  log(`done`);

  const report = renderReport({
    source, host, finished, contenders, missing, results, inputsByFormat, memory, scaling, repoll, validation, dates, fixtures, notes, largest,
    namespaceFeeds,
  });
  process.stdout.write(report.body);
  if (QUICK) return;
  const root = new URL('../', import.meta.url);
  writeFileSync(new URL('bench/results.md', root), report.body);
  mkdirSync(new URL('docs/', root), { recursive: true });
  writeFileSync(new URL('docs/bench.svg', root), report.chart);
  writeFileSync(new URL('docs/performance.md', root), report.page);
  log('wrote bench/results.md, docs/bench.svg and docs/performance.md');
}

/** The report without this machine's paths (error messages can carry them). */
function withoutMachinePaths(text) {
  const root = path.resolve(new URL('..', import.meta.url).pathname);
  return text.split(root + path.sep).join('').split(root).join('.').split(os.tmpdir()).join('<tmp>');
}

function renderReport({
  source, host, finished, contenders, missing, results, inputsByFormat, memory, scaling, repoll, validation, dates, fixtures, notes, largest,
  namespaceFeeds,
}) {
  const parsers = contenders.filter((c) => c.role !== 'sanitizer');
  const out = [];
  out.push(`Measured on ${host.cpu}, ${host.memory} RAM, ${host.os}; Node ${host.node}; ${host.date}. `
    + `Load average ${host.load} at the start, ${finished.load} at the end; the whole run took ${elapsed()}. `
    + `atoma: ${source}.`);
  out.push('');
  out.push(`Times are ${CLOCK === 'cpu' ? 'CPU time of the process (user + system, garbage collector threads included: on a shared machine wall time mostly measures the neighbours)' : 'wall time'}, `
    + 'medians of samples taken round-robin across the parsers of one input after warm-up, '
    + 'each sample a batch of calls lasting a few milliseconds. Before timing, each parser is checked to return every item, '
    + 'and atoma\'s and the sanitizing pipeline\'s results item by item (links, dates, HTML sanitized exactly when asked). '
    + 'A ratio below 1 means faster than the baseline. fast-xml-parser and JSON.parse are the floor '
    + '(a bare XML or JSON parse, no feed model); atoma does not use fast-xml-parser, it has its own scanner.');
  out.push('', '### Goals', '', goalsTable({ results, sizes: SIZES, memory, contenders, validation, scaling }));
  for (const format of FORMATS) {
    const byInput = results.get(format);
    const inputs = inputsByFormat.get(format);
    const sizesLine = inputs.map((i) => `${count(i.n)} items = ${(i.bytes.xml / 1e6).toFixed(2)} MB`).join(', ');
    out.push('', `### ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'}: µs per item (× feedsmith)`, '', `Inputs: ${sizesLine}.`, '');
    out.push(timeTable({ contenders: contenders.filter((c) => c.formats.includes(format)), byInput, sizes: SIZES, notes, format }));
    out.push('', `### ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'}: MB/s`, '');
    out.push(throughputTable({ contenders: parsers, byInput, inputs, sizes: SIZES }));
  }
  out.push(...namespaceTables({ timed: namespaceFeeds, contenders, notes }));
  out.push('', '### The cost of sanitizing next to the cost of parsing (RSS, µs per item)', '');
  out.push('Each item has two HTML fields (the escaped summary and the CDATA content).', '');
  out.push(sanitizeCostTable({ byInput: results.get('rss'), sizes: SIZES.filter((n) => n <= SANITIZER_MAX_N) }));
  out.push('', `### Peak memory, ${count(largest)} items`, '');
  out.push('One fresh process per parser: growth of the resident set over one parse of the string already in memory, '
    + 'and the heap the result still holds after a full collection.', '');
  out.push(memoryTable({ memory, contenders, notes, n: largest }));
  out.push('', '### Growth with the number of items (µs per item)', '');
  out.push('The round-robin above shares one heap among all parsers, so the collector charges the large feeds\' garbage to '
    + 'whoever allocates next, and every parser, JSON.parse included, seems to cost more per item at 10,000 items there. '
    + 'Here each parser runs in a fresh process of its own, warms up on every size, then samples the sizes in turn, five rounds, '
    + 'so that a busy spell of the machine slows all sizes alike: its own garbage counts, nobody else\'s '
    + '(medians of 15 samples of about 20 ms, of 5 single calls on the largest feeds). The goals use this growth.', '');
  out.push(scalingTable({ scaling, contenders, notes }));
  out.push('', `### Re-poll: the same ${repoll.n}-item RSS feed fetched again with one new item`, '');
  out.push(repollTable(repoll));
  if (repoll.checks.length > 0) out.push('', `Check failed: ${repoll.checks.join('; ')}.`);
  out.push('', '### Validation against parsing (about 1 MB of RSS)', '');
  out.push(validation.skipped ? `Skipped: ${validation.skipped}.` : validationTable(validation));
  if (!validation.skipped && validation.valid !== true) out.push('', `Note: validateFeed reported valid=${validation.valid} with ${validation.issues} issues on this feed.`);
  out.push('', '### Dates', '');
  out.push(dates.skipped ? `Skipped: ${dates.skipped}.` : datesTable(dates.rows));
  out.push('', '### The project\'s fixtures (µs per parse; each parser in a stoppable worker)', '');
  out.push('Small hand-written documents, many of them hostile or broken on purpose: who reads what, and what one small document costs.', '');
  out.push(fixturesTable({ rows: fixtures, contenders, notes }));
  if (missing.length > 0) out.push('', `Not measured: ${missing.join(', ')}.`);
  if (notes.list.length > 0) out.push('', '#### Notes', '', notes.render());
  const body = withoutMachinePaths(out.join('\n') + '\n');

  const chartRows = parsers.filter((c) => CHART_LABELS[c.id] !== undefined).map((c) => ({
    label: CHART_LABELS[c.id],
    highlight: c.role === 'atoma',
    values: FORMATS.map((f) => {
      const o = results.get(f).get(CHART_N)?.get(c.id);
      return o?.status === 'ok' ? o.medianMs : NaN;
    }),
    notes: FORMATS.map((f) => results.get(f).get(CHART_N)?.get(c.id)?.status ?? 'not run'),
  }));
  const chart = barChart({
    title: `Time to parse a ${count(CHART_N)}-item feed (shorter is faster)`,
    subtitle: `npm run bench · ${CLOCK === 'cpu' ? 'CPU' : 'wall'} time · Node ${host.node} · ${host.cpu} · ${host.date.slice(0, 10)}`,
    unit: 'ms per feed',
    series: ['RSS 2.0', 'Atom 1.0'],
    rows: chartRows,
  });
  const page = [
    '# Performance',
    '',
    'atoma is measured against the parsers a feed reader would otherwise pick (feedsmith, rss-parser, '
      + '@rowanmanning/feed-parser and @extractus/feed-extractor) and against the floor of a bare '
      + 'fast-xml-parser or JSON.parse call, on generated RSS and Atom feeds of 10 to 10,000 items whose items '
      + 'carry escaped and CDATA HTML, dates with zone names, categories, links and an enclosure (and the same RSS '
      + 'items with iTunes and Podcasting 2.0 tags, or with Media RSS groups, up to 1,000 items), and on the '
      + 'project\'s own fixtures. None of the peers sanitizes HTML, so atoma\'s default (sanitizing) is compared '
      + 'with what a user would do instead: feedsmith followed by sanitize-html (default options) over the same HTML fields.',
    '',
    '`npm run bench` reproduces everything below in under five minutes on two cores, writes this page and the '
      + 'chart, and prints the tables. `BENCH_CLOCK=wall` times wall clock instead of CPU time; '
      + '`ATOMA_DIST=<folder>` measures another build of atoma (to compare a change against the committed code); '
      + '`npm run bench -- --namespaces` times only the namespace-rich feeds next to plain RSS and writes nothing.',
    '',
    '![Time to parse a 1,000-item feed](bench.svg)',
    '',
    body,
  ].join('\n');
  return { body, chart, page };
}

await main();
