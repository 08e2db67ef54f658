// The words a date may contain, and what each one means to the reader.
// Lookup is by a numeric key computed from the character codes of the word, so the hot path
// (one month, one weekday and one zone name per RFC 822 date) allocates no strings.

/** What a word means. Codes are grouped by range so the grammar can test a range. */
export const WORD_UNKNOWN = 0;
/** MONTH_BASE + 1 … MONTH_BASE + 12 */
export const MONTH_BASE = 100;
/** WEEKDAY_BASE + 0 (Sunday) … WEEKDAY_BASE + 6 */
export const WEEKDAY_BASE = 200;
export const WORD_AM = 300;
export const WORD_PM = 301;
/** `st`, `nd`, `rd`, `th` (and French `er`) after a day number. */
export const WORD_ORDINAL = 302;
/** `de`, `del` between day, month and year (`10 de octubre de 2018`). */
export const WORD_OF = 303;
/** A word between a date and its time in other languages (`à`, `um`, `às`, `alle`, `om`). */
export const WORD_TIME_FOLLOWS = 304;
/** `Uhr` after a German time (`18:00 Uhr`). */
export const WORD_CLOCK = 305;
/** LETTER_BASE + 0 (`a`) … LETTER_BASE + 25 (`z`): single letters, read by position (T, Z, military zones, a.m.). */
export const LETTER_BASE = 400;
/** ZONE_BASE + index into the zone table (zones.ts). */
export const ZONE_BASE = 1000;

/** Words of up to this many ASCII letters get a numeric key; longer or non-ASCII words use a string key. */
export const MAX_KEYED_LETTERS = 10;

/** The numeric key of an ASCII word: base 27 over its lower-cased letters. */
export function asciiWordKey(word: string): number {
  let key = 0;
  for (let k = 0; k < word.length; k++) key = key * 27 + ((word.charCodeAt(k) | 0x20) - 96);
  return key;
}

/** Words of up to three letters (every month and weekday abbreviation, most zones): a direct table. */
const SHORT_KEYS = 27 * 27 * 27;
const byShortKey = new Int16Array(SHORT_KEYS);
const byKey = new Map<number, number>();
const byText = new Map<string, number>();

/** Registers a word (lower case). ASCII words of up to MAX_KEYED_LETTERS letters go into the numeric table. */
export function defineWord(word: string, meaning: number): void {
  let ascii = word.length <= MAX_KEYED_LETTERS;
  for (let k = 0; ascii && k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) ascii = false;
  }
  if (!ascii) byText.set(word, meaning);
  else if (asciiWordKey(word) < SHORT_KEYS) byShortKey[asciiWordKey(word)] = meaning;
  else byKey.set(asciiWordKey(word), meaning);
}

/** Meaning of an ASCII word from its numeric key. */
export function meaningOfKey(key: number): number {
  if (key >= 0 && key < SHORT_KEYS) return byShortKey[key] ?? WORD_UNKNOWN;
  return byKey.get(key) ?? WORD_UNKNOWN;
}

/** Meaning of any other word (lower-cased by the caller). */
export function meaningOfText(lowerCaseWord: string): number {
  return byText.get(lowerCaseWord) ?? WORD_UNKNOWN;
}

export function isMonth(meaning: number): boolean {
  return meaning > MONTH_BASE && meaning <= MONTH_BASE + 12;
}

export function isWeekday(meaning: number): boolean {
  return meaning >= WEEKDAY_BASE && meaning < WEEKDAY_BASE + 7;
}

export function isZone(meaning: number): boolean {
  return meaning >= ZONE_BASE;
}

/**
 * Month names: English (every form RSS and Atom feeds use, `Sept` included) and the common
 * forms of German, French, Spanish, Italian, Dutch and Portuguese feeds. None of the
 * non-English forms collides with an English month of a different number.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  [],
  ['jan', 'january', 'januar', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'januari', 'janeiro', 'jän', 'jänner'],
  ['feb', 'february', 'februar', 'fév', 'févr', 'février', 'fev', 'fevr', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['mar', 'march', 'märz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'mag', 'maggio', 'mei', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'setembro'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'decembre', 'dic', 'diciembre', 'dicembre', 'dezembro'],
];

/** English weekday names and the abbreviations feeds write (`Tues`, `Thurs`). */
export const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sun', 'sunday'],
  ['mon', 'monday'],
  ['tue', 'tues', 'tuesday'],
  ['wed', 'weds', 'wednesday'],
  ['thu', 'thur', 'thurs', 'thursday'],
  ['fri', 'friday'],
  ['sat', 'saturday'],
];

for (let month = 1; month <= 12; month++) {
  for (const name of MONTH_NAMES[month] ?? []) defineWord(name, MONTH_BASE + month);
}
for (let day = 0; day < 7; day++) {
  for (const name of WEEKDAY_NAMES[day] ?? []) defineWord(name, WEEKDAY_BASE + day);
}
defineWord('am', WORD_AM);
defineWord('pm', WORD_PM);
for (const suffix of ['st', 'nd', 'rd', 'th', 'er']) defineWord(suffix, WORD_ORDINAL);
defineWord('de', WORD_OF);
defineWord('del', WORD_OF);
for (const word of ['à', 'um', 'às', 'alle', 'om']) defineWord(word, WORD_TIME_FOLLOWS);
defineWord('uhr', WORD_CLOCK);
for (let letter = 0; letter < 26; letter++) defineWord(String.fromCharCode(97 + letter), LETTER_BASE + letter);
