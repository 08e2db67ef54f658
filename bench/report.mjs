// Turns the measurements into the Markdown report (and the chart's data).
import { count, mebibytes, micros, ratio, seconds, table, throughput } from './format.mjs';
import { CLOCK } from './measure.mjs';

const BASELINE = 'feedsmith';
const PIPELINE = 'feedsmith+sanitize-html';
export const GOALS = Object.freeze({ rawVsFeedsmith: 0.5, sanitizingVsPipeline: 0.5, growth: 1.5, memoryVsFxp: 2, validationVsParse: 2 });

/** Collects failures as numbered notes so table cells stay short. */
class Notes {
  list = [];
  ref(text) {
    let k = this.list.indexOf(text);
    if (k < 0) k = this.list.push(text) - 1;
    return `[${k + 1}]`;
  }
  render() {
    return this.list.map((text, k) => `${k + 1}. ${text}`).join('\n');
  }
}

function failure(outcome, notes, label) {
  const kind = { error: 'throws', wrong: 'wrong output', timeout: 'timeout', crash: 'crashed' }[outcome.status] ?? outcome.status;
  return `${kind} ${notes.ref(`${label}: ${kind}: ${outcome.error}`)}`;
}

const perItem = (outcome, n) => (outcome?.status === 'ok' ? outcome.medianMs / n : NaN);

function ratioAt(byInput, n, id, baselineId, field = 'medianMs') {
  const outcomes = byInput.get(n);
  const a = outcomes?.get(id)?.[field];
  const b = outcomes?.get(baselineId)?.[field];
  return a > 0 && b > 0 ? a / b : NaN;
}

function growthOf(byInput, id, small, large) {
  return perItem(byInput.get(large)?.get(id), large) / perItem(byInput.get(small)?.get(id), small);
}

/**
 * A row per contender run on any size: a cell per size from `cellOf(outcome, n, contender)` ('—'
 * where it was not run), then the growth of its per-item time. Returns { header, rows }.
 */
function perSizeRows({ contenders, byInput, sizes, cellOf }) {
  const small = sizes.includes(100) ? 100 : sizes[0];
  const large = sizes[sizes.length - 1];
  const header = ['parser', ...sizes.map((n) => `${count(n)} items`), `growth ${count(large)}/${count(small)}`];
  const rows = [];
  for (const contender of contenders) {
    if (!sizes.some((n) => byInput.get(n)?.has(contender.id))) continue;
    const cells = sizes.map((n) => {
      const outcome = byInput.get(n)?.get(contender.id);
      return outcome === undefined ? '—' : cellOf(outcome, n, contender);
    });
    rows.push([contender.label, ...cells, ratio(growthOf(byInput, contender.id, small, large))]);
  }
  return { header, rows };
}

/** Time per item with the ratio to feedsmith, per size, and the growth of the per-item time. */
export function timeTable({ contenders, byInput, sizes, notes, format }) {
  const { header, rows } = perSizeRows({
    contenders, byInput, sizes,
    cellOf: (outcome, n, contender) => {
      if (outcome.status !== 'ok') return failure(outcome, notes, `${contender.label}, ${format} ${count(n)} items`);
      const mark = outcome.isolated ? ` ${notes.ref('single call in a worker: too slow to sample within the run')}` : '';
      const r = contender.id === BASELINE ? '' : ` (${ratio(ratioAt(byInput, n, contender.id, BASELINE))})`;
      return `${micros(outcome.medianMs / n)}${r}${mark}`;
    },
  });
  const sampleCounts = sizes.map((n) => {
    const counts = [...(byInput.get(n)?.values() ?? [])].filter((o) => o.status === 'ok').map((o) => o.samples);
    return counts.length === 0 ? null : `${count(n)} items ${Math.min(...counts)}–${Math.max(...counts)}`;
  }).filter(Boolean);
  const skipped = rows.some((row) => row.slice(1, -1).includes('—')) ? ' —: not run on that size, to keep the run short.' : '';
  return `${table(header, rows)}\n\nSamples per figure: ${sampleCounts.join(', ')}.${skipped}`;
}

/**
 * The broken feeds: µs per item and MB/s per size for whoever reads them, "fails" (with one note per
 * parser and failure, the positions left out) for whoever does not.
 */
export function brokenTable({ contenders, byInput, inputs, sizes, notes, label }) {
  const { header, rows } = perSizeRows({
    contenders, byInput, sizes,
    cellOf: (outcome, n, contender) => {
      if (outcome.status !== 'ok') {
        const kind = { error: 'throws', wrong: 'wrong output', timeout: 'timeout', crash: 'crashed' }[outcome.status] ?? outcome.status;
        const why = String(outcome.error).replace(/\s*(Line:|at position|\(line ).*$/, '');
        return `fails ${notes.ref(`${contender.label} on ${label}: ${kind}: ${why}`)}`;
      }
      return `${micros(outcome.medianMs / n)} µs, ${throughput(inputs.find((i) => i.n === n).bytes.xml, outcome.medianMs)} MB/s`;
    },
  });
  return table(header, rows);
}

export function throughputTable({ contenders, byInput, inputs, sizes }) {
  const header = ['parser', ...sizes.map((n) => `${count(n)} items`)];
  const rows = [];
  for (const contender of contenders) {
    if (!sizes.some((n) => byInput.get(n)?.get(contender.id)?.status === 'ok')) continue;
    rows.push([contender.label, ...sizes.map((n) => {
      const outcome = byInput.get(n)?.get(contender.id);
      const input = inputs.find((i) => i.n === n);
      return outcome?.status === 'ok' ? throughput(input.bytes[contender.source], outcome.medianMs) : '—';
    })]);
  }
  return table(header, rows);
}

/** The goals of the issue, each measured value next to its target. */
export function goalsTable({ results, sizes, memory, contenders, validation, scaling, broken = new Map() }) {
  const has = (id) => contenders.some((c) => c.id === id);
  const rows = [];
  const verdict = (value, target) => (Number.isFinite(value) ? (value <= target ? 'yes' : '**no**') : 'not measured');
  const pairs = [
    ['atoma-raw', BASELINE, 'parseRss/parseAtom, sanitize: false ÷ feedsmith', GOALS.rawVsFeedsmith],
    ['atoma-feed-raw', BASELINE, 'parseFeed, sanitize: false ÷ feedsmith', GOALS.rawVsFeedsmith],
    ['atoma', PIPELINE, 'parseRss/parseAtom (default) ÷ feedsmith + sanitize-html', GOALS.sanitizingVsPipeline],
    ['atoma-feed', PIPELINE, 'parseFeed (default) ÷ feedsmith + sanitize-html', GOALS.sanitizingVsPipeline],
  ];
  for (const [id, baseline, label, target] of pairs) {
    if (!has(id)) continue;
    for (const [format, byInput] of results) {
      const values = sizes.map((n) => ratioAt(byInput, n, id, baseline));
      const wall = sizes.map((n) => ratioAt(byInput, n, id, baseline, 'wallMedianMs'));
      // Judged on the sizes measured ('—' marks a size the contender was not run on).
      const worst = Math.max(...values.filter(Number.isFinite));
      rows.push([`${label} (${format})`, values.map(ratio).join(' · '), wall.map(ratio).join(' · '), `≤ ${target}`, verdict(worst, target)]);
    }
  }
  for (const id of ['atoma-raw', 'atoma']) {
    const label = contenders.find((c) => c.id === id).label;
    for (const [format, byId] of scaling) {
      const growth = scalingGrowth(byId.get(id));
      const floor = scalingGrowth(byId.get('fxp'));
      rows.push([`time per item ${count(sizes[sizes.length - 1])} ÷ 100 items, own process, ${label} (${format}; fast-xml-parser: ${ratio(floor)})`, ratio(growth), '',
        `≤ ${GOALS.growth} (linear ≈ 1)`, verdict(growth, GOALS.growth)]);
    }
  }
  for (const [kind, { growth }] of broken) {
    const value = lenientGrowth(growth);
    rows.push([`time per item ${count(sizes[sizes.length - 1])} ÷ 100 items, own process, atoma parseFeed (default: lenient, sanitizing) on ${kind}`, ratio(value), '',
      `≤ ${GOALS.growth} (linear ≈ 1)`, verdict(value, GOALS.growth)]);
  }
  const large = sizes[sizes.length - 1];
  for (const [format, byId] of memory) {
    const atoma = byId.get('atoma');
    const fxp = byId.get('fxp');
    const value = atoma?.status === 'ok' && fxp?.status === 'ok' ? atoma.peakRssBytes / fxp.peakRssBytes : NaN;
    rows.push([`peak memory, atoma (default) ÷ fast-xml-parser (${format}, ${count(large)} items)`, ratio(value), '', `≤ ${GOALS.memoryVsFxp}`, verdict(value, GOALS.memoryVsFxp)]);
  }
  if (validation !== undefined && !validation.skipped) {
    const { validate, raw, sanitizing } = validationMedians(validation);
    const size = `${(validation.bytes / 1e6).toFixed(1)} MB of RSS`;
    for (const [label, parse] of [['parseRss (default)', sanitizing], ['parseRss, sanitize: false', raw]]) {
      rows.push([`validateFeed ÷ ${label}, ${size}`, ratio(validate / parse), '', `≤ ${GOALS.validationVsParse}`, verdict(validate / parse, GOALS.validationVsParse)]);
    }
  }
  const sizesLabel = `${sizes.map(count).join(' · ')} items`;
  return table(['goal', `measured, ${CLOCK === 'cpu' ? 'CPU' : 'wall'} time (${sizesLabel})`, 'same, wall time', 'target', 'met'], rows, 'llllr');
}

export function sanitizeCostTable({ byInput, sizes }) {
  const rows = [];
  for (const n of sizes) {
    const o = byInput.get(n);
    const raw = perItem(o?.get('atoma-raw'), n);
    const full = perItem(o?.get('atoma'), n);
    const own = perItem(o?.get('atoma-sanitize-only'), n);
    const peer = perItem(o?.get('sanitize-html-only'), n);
    const fs = perItem(o?.get(BASELINE), n);
    rows.push([count(n), micros(raw), micros(full - raw), micros(own), micros(fs), micros(peer), ratio(peer / fs)]);
  }
  return table(
    ['items', 'atoma parse, sanitize: false', 'atoma: added by sanitizing', 'atoma sanitizeHtml alone', 'feedsmith parse', 'sanitize-html alone', 'sanitize-html ÷ feedsmith parse'],
    rows,
  );
}

export function memoryTable({ memory, contenders, notes, n }) {
  const formats = [...memory.keys()];
  const header = ['parser', ...formats.flatMap((f) => [`${f}: peak RSS growth`, `${f}: result heap`, `${f}: peak ÷ fast-xml-parser`])];
  const rows = [];
  for (const contender of contenders) {
    if (!formats.some((f) => memory.get(f).has(contender.id))) continue;
    rows.push([contender.label, ...formats.flatMap((format) => {
      const outcome = memory.get(format).get(contender.id);
      const fxp = memory.get(format).get('fxp');
      if (outcome === undefined) return ['—', '—', '—'];
      if (outcome.status !== 'ok') return [failure(outcome, notes, `${contender.label}, memory, ${format} ${count(n)} items`), '—', '—'];
      if (outcome.items !== n) return [failure({ status: 'wrong', error: `${outcome.items} of ${n} items` }, notes, `${contender.label}, memory`), '—', '—'];
      const r = fxp?.status === 'ok' ? outcome.peakRssBytes / fxp.peakRssBytes : NaN;
      // A parse that never rose above the child's start-up peak is only known to be below it.
      const peak = outcome.peakBelowStartup ? `≤ ${mebibytes(outcome.peakRssBytes)}` : mebibytes(outcome.peakRssBytes);
      return [peak, mebibytes(outcome.retainedHeapBytes), outcome.peakBelowStartup ? '—' : ratio(r)];
    })]);
  }
  return table(header, rows);
}

export function repollTable(repoll) {
  const base = repoll.tasks.find((t) => t.key.startsWith('feedsmith parseRssFeed, then new'))?.medianMs;
  return table(
    ['re-poll: parse the feed again, find the 1 new item', 'µs per poll', '× feedsmith parse', 'runs'],
    repoll.tasks.map((t) => [t.key, micros(t.medianMs), ratio(t.medianMs / base), t.samples]),
  );
}

function validationMedians(validation) {
  const median = (key) => validation.tasks.find((t) => t.key === key)?.medianMs;
  return { validate: median('validateFeed'), raw: median('parseRss, sanitize: false'), sanitizing: median('parseRss (default: sanitizing)') };
}

export function validationTable(validation) {
  const { raw, sanitizing } = validationMedians(validation);
  return table(
    [`${count(validation.n)} items, ${(validation.bytes / 1e6).toFixed(2)} MB`, 'ms per call', 'MB/s', '÷ parseRss, sanitize: false', '÷ parseRss (default)'],
    validation.tasks.map((t) => [t.key, (t.medianMs).toFixed(2), throughput(validation.bytes, t.medianMs), ratio(t.medianMs / raw), ratio(t.medianMs / sanitizing)]),
  );
}

/** Time per item on the largest feed ÷ on the 100-item feed. */
export function lenientGrowth(outcome) {
  return scalingGrowth(outcome);
}

function scalingGrowth(outcome) {
  if (outcome?.status !== 'ok') return NaN;
  const largest = Math.max(...Object.keys(outcome.perItemMs).map(Number));
  return outcome.perItemMs[largest] / outcome.perItemMs[100];
}

/** Time per item by size, each parser in its own process from a collected heap (bench/scaling.mjs). */
export function scalingTable({ scaling, contenders, notes }) {
  const rows = [];
  for (const [format, byId] of scaling) {
    for (const [id, outcome] of byId) {
      const label = `${contenders.find((c) => c.id === id).label} (${format})`;
      if (outcome.status !== 'ok') {
        rows.push([label, failure(outcome, notes, `${id} scaling on ${format}`), '', '', '']);
        continue;
      }
      const perItem = outcome.perItemMs;
      rows.push([label, ...[100, 1000, 10000].map((n) => (perItem[n] === undefined ? '—' : micros(perItem[n]))), ratio(scalingGrowth(outcome))]);
    }
  }
  return table(['parser', '100 items', '1,000 items', '10,000 items', 'growth, largest ÷ 100'], rows, 'lrrrr');
}

export function datesTable(rows) {
  return table(['dates', 'per second', 'ratio'], rows.map((r) => [
    r.name, Number.isFinite(r.opsPerSec) ? Math.round(r.opsPerSec).toLocaleString('en-US') : String(r.opsPerSec),
    typeof r.ratio === 'number' ? ratio(r.ratio) : String(r.ratio ?? ''),
  ]));
}

export function fixturesTable({ rows, contenders, notes }) {
  const used = contenders.filter((c) => rows.some((row) => row.outcomes.has(c.id)));
  const header = ['fixture', 'bytes', ...used.map((c) => c.short ?? c.id)];
  const body = rows.map(({ input, outcomes }) => [
    input.id, count(input.bytes.xml),
    ...used.map((c) => {
      const outcome = outcomes.get(c.id);
      if (outcome === undefined) return '';
      if (outcome.status !== 'ok') return failure(outcome, notes, `${c.id} on ${input.id}`);
      return micros(outcome.medianMs);
    }),
  ]);
  // The documents every RSS/Atom reader read without an error: their total, and the ratio to feedsmith.
  const readers = used.filter((c) => c.formats.includes('rss') && c.source === 'xml');
  const common = rows.filter(({ input, outcomes }) => input.xml !== undefined
    && readers.every((c) => !c.formats.includes(input.format) || outcomes.get(c.id)?.status === 'ok')
    && readers.filter((c) => c.formats.includes(input.format)).length === readers.length);
  if (common.length > 0) {
    const total = (id) => common.reduce((sum, { outcomes }) => sum + outcomes.get(id).medianMs, 0);
    const bytes = common.reduce((sum, { input }) => sum + input.bytes.xml, 0);
    body.push([`**all ${common.length} read by every feed parser** (× feedsmith)`, count(bytes), ...used.map((c) => (
      readers.includes(c) ? `${micros(total(c.id))} (${ratio(total(c.id) / total('feedsmith'))})` : ''))]);
  }
  return table(header, body);
}

export { Notes, seconds };
