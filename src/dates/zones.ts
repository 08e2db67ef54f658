// Time zone names a date may end with, each with a fixed meaning. The table is explicit on purpose:
// an abbreviation that is not listed makes the date unreadable (null) instead of a guessed instant.
import { defineWord, ZONE_BASE } from './words.js';

export interface ZoneName {
  /** The abbreviation as written (matched without regard to case). */
  readonly name: string;
  /** Minutes east of UTC for a fixed offset; null when the name follows a region's DST rules. */
  readonly offsetMinutes: number | null;
  /** The IANA zone whose rules apply, for names that do not fix standard or daylight time. */
  readonly ianaZone: string | null;
  /** What the abbreviation stands for, for the documentation. */
  readonly meaning: string;
}

function fixed(name: string, hours: number, minutes: number, meaning: string): ZoneName {
  return { name, offsetMinutes: hours * 60 + (hours < 0 ? -minutes : minutes), ianaZone: null, meaning };
}

function regional(name: string, ianaZone: string, meaning: string): ZoneName {
  return { name, offsetMinutes: null, ianaZone, meaning };
}

/**
 * RFC 822 names first (§5.1), then the names feeds use in practice. Where an abbreviation is used
 * for several zones, the reading chosen is the one written in `meaning` (CST is US Central as in
 * RFC 822, not China; IST is India, not Ireland or Israel; BST is British Summer Time; AST is
 * Atlantic, not Arabia; GST is the Gulf). Abbreviations that are split evenly between regions
 * (SST, BDT, ECT) are left out, so dates using them are null rather than possibly hours off.
 */
export const ZONE_NAMES: readonly ZoneName[] = [
  fixed('UT', 0, 0, 'Universal Time (RFC 822)'),
  fixed('GMT', 0, 0, 'Greenwich Mean Time (RFC 822)'),
  fixed('EST', -5, 0, 'US Eastern Standard Time (RFC 822)'),
  fixed('EDT', -4, 0, 'US Eastern Daylight Time (RFC 822)'),
  fixed('CST', -6, 0, 'US Central Standard Time (RFC 822)'),
  fixed('CDT', -5, 0, 'US Central Daylight Time (RFC 822)'),
  fixed('MST', -7, 0, 'US Mountain Standard Time (RFC 822)'),
  fixed('MDT', -6, 0, 'US Mountain Daylight Time (RFC 822)'),
  fixed('PST', -8, 0, 'US Pacific Standard Time (RFC 822)'),
  fixed('PDT', -7, 0, 'US Pacific Daylight Time (RFC 822)'),
  fixed('UTC', 0, 0, 'Coordinated Universal Time'),
  fixed('WET', 0, 0, 'Western European Time'),
  fixed('WEST', 1, 0, 'Western European Summer Time'),
  fixed('BST', 1, 0, 'British Summer Time'),
  fixed('IST', 5, 30, 'India Standard Time'),
  fixed('CET', 1, 0, 'Central European Time'),
  fixed('CEST', 2, 0, 'Central European Summer Time'),
  fixed('MET', 1, 0, 'Middle European Time'),
  fixed('MEST', 2, 0, 'Middle European Summer Time'),
  fixed('MEZ', 1, 0, 'Mitteleuropäische Zeit'),
  fixed('MESZ', 2, 0, 'Mitteleuropäische Sommerzeit'),
  fixed('EET', 2, 0, 'Eastern European Time'),
  fixed('EEST', 3, 0, 'Eastern European Summer Time'),
  fixed('MSK', 3, 0, 'Moscow Time'),
  fixed('MSD', 4, 0, 'Moscow Summer Time (until 2011)'),
  fixed('TRT', 3, 0, 'Turkey Time'),
  fixed('IDT', 3, 0, 'Israel Daylight Time'),
  fixed('IRST', 3, 30, 'Iran Standard Time'),
  fixed('GST', 4, 0, 'Gulf Standard Time'),
  fixed('CAT', 2, 0, 'Central Africa Time'),
  fixed('SAST', 2, 0, 'South African Standard Time'),
  fixed('EAT', 3, 0, 'East Africa Time'),
  fixed('WAT', 1, 0, 'West Africa Time'),
  fixed('PKT', 5, 0, 'Pakistan Standard Time'),
  fixed('NPT', 5, 45, 'Nepal Time'),
  fixed('ICT', 7, 0, 'Indochina Time'),
  fixed('WIB', 7, 0, 'Western Indonesian Time'),
  fixed('HKT', 8, 0, 'Hong Kong Time'),
  fixed('SGT', 8, 0, 'Singapore Time'),
  fixed('MYT', 8, 0, 'Malaysia Time'),
  fixed('PHT', 8, 0, 'Philippine Time'),
  fixed('WITA', 8, 0, 'Central Indonesian Time'),
  fixed('WIT', 9, 0, 'Eastern Indonesian Time'),
  fixed('AWST', 8, 0, 'Australian Western Standard Time'),
  fixed('JST', 9, 0, 'Japan Standard Time'),
  fixed('KST', 9, 0, 'Korea Standard Time'),
  fixed('ACST', 9, 30, 'Australian Central Standard Time'),
  fixed('ACDT', 10, 30, 'Australian Central Daylight Time'),
  fixed('AEST', 10, 0, 'Australian Eastern Standard Time'),
  fixed('AEDT', 11, 0, 'Australian Eastern Daylight Time'),
  fixed('NZST', 12, 0, 'New Zealand Standard Time'),
  fixed('NZDT', 13, 0, 'New Zealand Daylight Time'),
  fixed('AST', -4, 0, 'Atlantic Standard Time'),
  regional('AT', 'America/Halifax', 'Atlantic Time, standard or daylight by the date'),
  fixed('ADT', -3, 0, 'Atlantic Daylight Time'),
  fixed('NST', -3, 30, 'Newfoundland Standard Time'),
  fixed('NDT', -2, 30, 'Newfoundland Daylight Time'),
  fixed('AKST', -9, 0, 'Alaska Standard Time'),
  fixed('AKDT', -8, 0, 'Alaska Daylight Time'),
  fixed('HST', -10, 0, 'Hawaii Standard Time'),
  fixed('BRT', -3, 0, 'Brasília Time'),
  fixed('ART', -3, 0, 'Argentina Time'),
  fixed('UYT', -3, 0, 'Uruguay Time'),
  fixed('CLT', -4, 0, 'Chile Standard Time'),
  fixed('CLST', -3, 0, 'Chile Summer Time'),
  fixed('COT', -5, 0, 'Colombia Time'),
  fixed('PET', -5, 0, 'Peru Time'),
  fixed('HDT', -9, 0, 'Hawaii-Aleutian Daylight Time'),
  regional('ET', 'America/New_York', 'US Eastern Time, standard or daylight by the date'),
  regional('CT', 'America/Chicago', 'US Central Time, standard or daylight by the date'),
  regional('MT', 'America/Denver', 'US Mountain Time, standard or daylight by the date'),
  regional('PT', 'America/Los_Angeles', 'US Pacific Time, standard or daylight by the date'),
];

/** The word code of a listed zone name. */
export function zoneCode(name: string): number {
  return ZONE_BASE + ZONE_NAMES.findIndex((zone) => zone.name === name);
}

/** The zone a word code stands for (the code is ZONE_BASE + index). */
export function zoneOfCode(code: number): ZoneName | undefined {
  return ZONE_NAMES[code - ZONE_BASE];
}

ZONE_NAMES.forEach((zone, index) => defineWord(zone.name.toLowerCase(), ZONE_BASE + index));

/**
 * RFC 822's single-letter military zones. RFC 822 gave A–M (no J) as −1…−12 and N–Y as +1…+12;
 * RFC 1123 §5.2.14 notes the signs were defined backwards, and RFC 2822 §4.3 says to read every
 * letter but Z as "-0000" (UTC, local zone unknown). Atoma does the same: each letter is UTC.
 * J is not a zone, so it is not read.
 */
export function isMilitaryZoneLetter(letterIndex: number): boolean {
  return letterIndex >= 0 && letterIndex < 26 && letterIndex !== 9;
}
