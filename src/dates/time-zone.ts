// Wall-clock time in an IANA zone → instant, the same on every host.
//
// date-fns-tz's fromZonedTime was the first choice, but its answer inside a DST overlap depends on
// the zone of the machine it runs on (2021-11-07 01:30 in America/New_York gives 05:30Z on a UTC
// host and 06:30Z on an Asia/Kolkata host), and it names the hour before a gap for a time inside
// the gap. Here the zone's offset at an instant comes from Intl (the same tz data), and the
// choice in gaps and overlaps is explicit:
//   - overlap (the wall time happens twice): the earlier instant, i.e. the offset before the change;
//   - gap (the wall time never happens): the offset before the change, which moves the time forward
//     by the length of the gap (02:30 on a spring-forward night in New York is 03:30 EDT).
// This is what RFC 5545 and JavaScript's own local-time `Date` constructor do.
import { daysFromCivil, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendar.js';

/** Formatters of zones that passed validation; `null` marks a name that did not. */
const zoneCache = new Map<string, Intl.DateTimeFormat | null>();
/** Distinct names remembered at most; the options of a process use a handful. */
const MAX_CACHED_ZONES = 128;

/**
 * A cheap syntactic check before anything reaches Intl: IANA names are ASCII letters, digits,
 * `/`, `_`, `+`, `-`, start with a letter, and are short. This keeps `__proto__`-style names and
 * long hostile strings out of every cache and formatter.
 */
function looksLikeIanaName(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  const first = name.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let k = 1; k < name.length; k++) {
    const c = name.charCodeAt(k);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
      || c === 0x2f || c === 0x5f || c === 0x2b || c === 0x2d;
    if (!ok) return false;
  }
  return true;
}

/** The formatter for an IANA zone name, or null when the name is not a zone this runtime knows. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = zoneCache.get(zone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null = null;
  if (looksLikeIanaName(zone)) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', era: 'short',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      formatter = null;
    }
  }
  if (zoneCache.size >= MAX_CACHED_ZONES) zoneCache.clear();
  zoneCache.set(zone, formatter);
  return formatter;
}

/** True when `zone` is an IANA zone name the runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** Offset (ms east of UTC) of the zone at an instant, whole seconds (as tz data has them). */
function offsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeCommonEra = false;
  for (const part of formatter.formatToParts(instant)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value) % 24; break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      case 'era': beforeCommonEra = part.value === 'BC' || part.value === 'B'; break;
      default: break;
    }
  }
  if (beforeCommonEra) year = 1 - year;
  const wall = daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000;
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wall - wholeSecond;
}

/**
 * The instant at which the wall clock of `zone` reads `wallTime` (that wall time written as if it
 * were UTC, in ms). Null when the zone is unknown. Gaps and overlaps as described at the top.
 */
export function instantOfWallTime(wallTime: number, zone: string): number | null {
  const formatter = formatterFor(zone);
  if (formatter === null) return null;
  // No zone changes offset twice within two days, so the offsets a day either side are the only
  // two candidates; when they agree (almost always) there is nothing to choose.
  const offsetBefore = offsetAt(formatter, wallTime - MS_PER_DAY);
  const offsetAfter = offsetAt(formatter, wallTime + MS_PER_DAY);
  const early = wallTime - offsetBefore;
  if (offsetBefore === offsetAfter) return early;
  if (offsetAt(formatter, early) === offsetBefore) return early; // before the change, or the first of an overlap
  const late = wallTime - offsetAfter;
  if (offsetAt(formatter, late) === offsetAfter) return late; // after the change
  return early; // in the gap: read with the offset in force before it
}
