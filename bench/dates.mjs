// Dates parsed per second: atoma's parseDate next to `new Date(string)` on the same fixed mix of
// RFC 822 (RSS pubDate) and RFC 3339 (Atom updated) strings. Run alone (`node bench/dates.mjs`,
// after a build) or call benchDates() from the main benchmark.
import { pathToFileURL } from 'node:url';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822_ZONES = [
  ['GMT', 0], ['+0000', 0], ['-0700', -420], ['+0200', 120], ['EST', -300], ['PDT', -420], ['UT', 0], ['+0530', 330],
];
const RFC3339_ZONES = [['Z', 0], ['+00:00', 0], ['-05:00', -300], ['+09:00', 540], ['+05:30', 330]];
const pad = (n, width = 2) => String(n).padStart(width, '0');

/**
 * The strings: half RFC 822, half RFC 3339, deterministic (one date every 7 hours 13 minutes from
 * 2019), with the zones, fractions and single-digit days real feeds carry.
 */
export function dateMix(n = 2000) {
  const strings = [];
  for (let i = 0; i < n; i++) {
    const instant = Date.UTC(2019, 0, 1) + i * 26_003_000;
    if (i % 2 === 0) {
      const [zone, offset] = RFC822_ZONES[(i >> 1) % RFC822_ZONES.length];
      const d = new Date(instant + offset * 60_000);
      const day = i % 10 === 0 ? String(d.getUTCDate()) : pad(d.getUTCDate());
      strings.push(`${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} `
        + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${zone}`);
    } else {
      const [zone, offset] = RFC3339_ZONES[(i >> 1) % RFC3339_ZONES.length];
      const d = new Date(instant + offset * 60_000);
      const fraction = i % 3 === 0 ? `.${pad(i % 1000, 3)}` : '';
      strings.push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T`
        + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fraction}${zone}`);
    }
  }
  return strings;
}

/** Calls `parse` on every string, round after round, for about `durationMs`; returns strings per second. */
function measure(parse, strings, durationMs) {
  let sink = 0;
  for (let round = 0; round < 20; round++) { // warm-up: let the JIT settle first
    for (const s of strings) sink += parse(s) === null ? 0 : 1;
  }
  let parsed = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(durationMs * 1e6));
  let elapsed = 0n;
  while (elapsed < budget) {
    for (const s of strings) sink += parse(s) === null ? 0 : 1;
    parsed += strings.length;
    elapsed = process.hrtime.bigint() - start;
  }
  if (sink < 0) console.log(sink); // keeps the results observable
  return parsed / (Number(elapsed) / 1e9);
}

/**
 * Rows `{ name, opsPerSec, ratio }`; `ratio` is opsPerSec over that of `new Date(string)`.
 * `parseDate` defaults to the built package (dist/); the two readers must agree on every instant,
 * so the numbers compare the same work.
 */
export async function benchDates({ parseDate, durationMs = 1000, strings = dateMix() } = {}) {
  const parse = parseDate ?? (await import('../dist/index.js')).parseDate;
  for (const s of strings) {
    const ours = parse(s);
    const native = new Date(s);
    if (ours === null || ours.getTime() !== native.getTime()) {
      throw new Error(`benchDates: parseDate(${JSON.stringify(s)}) = ${ours?.toISOString() ?? null}, Date says ${native.toISOString()}`);
    }
  }
  const nativeOps = measure((s) => new Date(s), strings, durationMs);
  const atomaOps = measure(parse, strings, durationMs);
  return [
    { name: 'atoma parseDate', opsPerSec: Math.round(atomaOps), ratio: Number((atomaOps / nativeOps).toFixed(2)) },
    { name: 'new Date(string)', opsPerSec: Math.round(nativeOps), ratio: 1 },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchDates();
  console.log(`Dates per second (mix of ${dateMix().length} RFC 822 and RFC 3339 strings, Node ${process.version})`);
  console.table(rows);
}
