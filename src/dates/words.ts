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
/** `년` / `年`, `월` / `月`, `일` / `日` after the year, month and day of a Korean, Chinese or Japanese date. */
export const WORD_YEAR_MARK = 306;
export const WORD_MONTH_MARK = 307;
export const WORD_DAY_MARK = 308;
/** `시` / `時` / `时` / `点`, `분` / `分`, `초` / `秒` after the hour, minute and second. */
export const WORD_HOUR_MARK = 309;
export const WORD_MINUTE_MARK = 310;
export const WORD_SECOND_MARK = 311;
/** `г.`, `года`, `р.`, `roku` after a Russian, Ukrainian or Polish year (`10 октября 2018 г.`). */
export const WORD_YEAR_SUFFIX = 312;
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

/**
 * The key of a non-ASCII word: lower case without diacritics, so `Ιούλ`, `ΙΟΥΛ` and `Ιουλ` (Greek
 * capitals drop their accents), `Şub` and `Sub`, `márc` and `marc` are one word.
 */
export function textKey(lowerCaseWord: string): string {
  return lowerCaseWord.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Registers a word (lower case). ASCII words of up to MAX_KEYED_LETTERS letters go into the
 * numeric table. Throws when a word is given two meanings: month names of different languages
 * must never collide (a collision would be a wrong date, not a missing one).
 */
export function defineWord(word: string, meaning: number): void {
  let ascii = word.length <= MAX_KEYED_LETTERS;
  for (let k = 0; ascii && k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) ascii = false;
  }
  const previous = ascii ? meaningOfKey(asciiWordKey(word)) : meaningOfText(word);
  if (previous !== WORD_UNKNOWN && previous !== meaning) {
    throw new Error(`date word "${word}" defined twice (${previous} and ${meaning})`);
  }
  if (!ascii) byText.set(textKey(word), meaning);
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
  return byText.get(textKey(lowerCaseWord)) ?? WORD_UNKNOWN;
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
 * Month names, full, abbreviated and (where the language has one) in the genitive a date uses:
 * English (every form RSS and Atom feeds use, `Sept` included); German, French, Spanish, Catalan,
 * Italian, Portuguese, Dutch; Swedish, Danish and Norwegian; Finnish, Estonian; Polish, Czech,
 * Slovak, Slovenian, Serbian, Bulgarian; Hungarian; Romanian; Turkish; Indonesian; Greek; Russian
 * and Ukrainian. Diacritics are optional (see
 * textKey). No form means a different month in another language: defineWord checks it, so a
 * language whose names collide (Croatian `listopad` is October, Czech and Polish November) is left
 * out rather than read wrongly.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  [],
  ['jan', 'january', 'januar', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'januari', 'janeiro', 'jän',
    'jänner', 'gener', 'tammi', 'tammikuu', 'tammikuuta', 'sty', 'styczeń', 'stycznia', 'led', 'leden', 'ledna',
    'január', 'ian', 'ianuarie', 'oca', 'ocak', 'ιαν', 'ιανουάριος', 'ιανουαρίου', 'янв', 'январь', 'января', 'січ',
    'січень', 'січня', 'januára', 'jaanuar', 'јануар', 'януари'],
  ['feb', 'february', 'februar', 'fév', 'févr', 'février', 'fev', 'fevr', 'fevrier', 'febrero', 'febbraio', 'februari',
    'fevereiro', 'febrer', 'helmi', 'helmikuu', 'helmikuuta', 'lut', 'luty', 'lutego', 'úno', 'únor', 'února', 'febr',
    'február', 'februarie', 'şub', 'şubat', 'φεβ', 'φεβρουάριος', 'φεβρουαρίου', 'фев', 'февр', 'февраль', 'февраля',
    'лют', 'лютий', 'лютого', 'februára', 'veebruar', 'фебруар', 'февруари'],
  ['mar', 'march', 'märz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco', 'març', 'marts', 'maalis',
    'maaliskuu', 'maaliskuuta', 'marzec', 'marca', 'bře', 'březen', 'března', 'márc', 'március', 'martie', 'mart',
    'maret', 'μάρ', 'μάρτιος', 'μαρτίου', 'мар', 'март', 'марта', 'бер', 'березень', 'березня', 'marec', 'märts'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile', 'huhti', 'huhtikuu', 'huhtikuuta', 'kwi', 'kwiecień',
    'kwietnia', 'dub', 'duben', 'dubna', 'ápr', 'április', 'aprilie', 'nis', 'nisan', 'απρ', 'απρίλιος', 'απριλίου',
    'апр', 'апрель', 'апреля', 'кві', 'квіт', 'квітень', 'квітня', 'apríl', 'apríla', 'aprill', 'април'],
  ['may', 'mai', 'mayo', 'mag', 'maggio', 'mei', 'maio', 'maig', 'maj', 'touko', 'toukokuu', 'toukokuuta', 'maja',
    'kvě', 'květen', 'května', 'máj', 'május', 'mayıs', 'mayis', 'μάι', 'μάιος', 'μαΐου', 'май', 'мая', 'тра', 'трав',
    'травень', 'травня', 'mája', 'maijs', 'мај'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho', 'juny', 'kesä', 'kesäkuu', 'kesäkuuta', 'cze',
    'czerwiec', 'czerwca', 'čvn', 'červen', 'června', 'jún', 'június', 'iun', 'iunie', 'haz', 'haziran', 'ιούν',
    'ιούνιος', 'ιουνίου', 'июн', 'июнь', 'июня', 'чер', 'черв', 'червень', 'червня', 'júna', 'junij', 'juuni', 'јун',
    'юни'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho', 'juliol', 'heinä', 'heinäkuu',
    'heinäkuuta', 'lip', 'lipiec', 'lipca', 'čvc', 'červenec', 'července', 'júl', 'július', 'iul', 'iulie', 'tem',
    'temmuz', 'ιούλ', 'ιούλιος', 'ιουλίου', 'июл', 'июль', 'июля', 'лип', 'липень', 'липня', 'júla', 'julij', 'juuli',
    'јул', 'юли'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus', 'agost', 'augusti', 'elo', 'elokuu', 'elokuuta', 'sie',
    'sierpień', 'sierpnia', 'srp', 'srpen', 'srpna', 'augusztus', 'ağu', 'ağustos', 'agu', 'agt', 'agustus', 'αύγ',
    'αύγουστος', 'αυγούστου', 'авг', 'август', 'августа', 'сер', 'серп', 'серпень', 'серпня', 'augusta', 'avgust',
    'avg', 'август'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'setembro', 'setembre',
    'syys', 'syyskuu', 'syyskuuta', 'wrz', 'wrzesień', 'września', 'zář', 'září', 'szept', 'szeptember', 'septembrie',
    'eyl', 'eylül', 'σεπ', 'σεπτ', 'σεπτέμβριος', 'σεπτεμβρίου', 'сен', 'сент', 'сентябрь', 'сентября', 'вер',
    'вересень', 'вересня', 'septembra', 'septembar', 'септембар', 'септември'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro', 'loka', 'lokakuu',
    'lokakuuta', 'paź', 'październik', 'października', 'říj', 'říjen', 'října', 'október', 'octombrie', 'eki', 'ekim',
    'οκτ', 'οκτώβριος', 'οκτωβρίου', 'окт', 'октябрь', 'октября', 'жов', 'жовт', 'жовтень', 'жовтня', 'októbra',
    'oktobar', 'oktoober', 'октобар', 'октомври'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'marras', 'marraskuu', 'marraskuuta', 'lis', 'listopad',
    'listopada', 'listopadu', 'noiembrie', 'kas', 'kasım', 'kasim', 'νοέ', 'νοέμβριος', 'νοεμβρίου', 'ноя', 'нояб',
    'ноябрь', 'ноября', 'лис', 'лист', 'листопад', 'листопада', 'novembra', 'novembar', 'новембар', 'ноември'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'decembre', 'dic', 'diciembre', 'dicembre', 'dezembro',
    'des', 'desembre', 'desember', 'joulu', 'joulukuu', 'joulukuuta', 'gru', 'grudzień', 'grudnia', 'pro', 'prosinec',
    'prosince', 'decembrie', 'ara', 'aralık', 'aralik', 'δεκ', 'δεκέμβριος', 'δεκεμβρίου', 'дек', 'декабрь', 'декабря',
    'гру', 'груд', 'грудень', 'грудня', 'decembra', 'decembar', 'detsember', 'децембар', 'декември'],
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

/** Korean, Japanese and Chinese weekdays, written after the date (`2004년 5월 28일 금요일`, `星期五`). */
const CJK_WEEKDAYS: readonly (readonly string[])[] = [
  ['일요일', '日曜日', '星期日', '星期天', '周日', '周天', '週日'],
  ['월요일', '月曜日', '星期一', '周一', '週一'],
  ['화요일', '火曜日', '星期二', '周二', '週二'],
  ['수요일', '水曜日', '星期三', '周三', '週三'],
  ['목요일', '木曜日', '星期四', '周四', '週四'],
  ['금요일', '金曜日', '星期五', '周五', '週五'],
  ['토요일', '土曜日', '星期六', '周六', '週六'],
];

for (let month = 1; month <= 12; month++) {
  for (const name of MONTH_NAMES[month] ?? []) defineWord(name, MONTH_BASE + month);
}
for (let day = 0; day < 7; day++) {
  for (const name of WEEKDAY_NAMES[day] ?? []) defineWord(name, WEEKDAY_BASE + day);
  for (const name of CJK_WEEKDAYS[day] ?? []) defineWord(name, WEEKDAY_BASE + day);
}
for (const word of ['am', '오전', '午前', '上午']) defineWord(word, WORD_AM);
for (const word of ['pm', '오후', '午後', '午后', '下午']) defineWord(word, WORD_PM);
for (const word of ['년', '年']) defineWord(word, WORD_YEAR_MARK);
for (const word of ['월', '月']) defineWord(word, WORD_MONTH_MARK);
for (const word of ['일', '日']) defineWord(word, WORD_DAY_MARK);
for (const word of ['시', '時', '时', '点']) defineWord(word, WORD_HOUR_MARK);
for (const word of ['분', '分']) defineWord(word, WORD_MINUTE_MARK);
for (const word of ['초', '秒']) defineWord(word, WORD_SECOND_MARK);
for (const word of ['г', 'года', 'р', 'року', 'roku']) defineWord(word, WORD_YEAR_SUFFIX);
for (const suffix of ['st', 'nd', 'rd', 'th', 'er']) defineWord(suffix, WORD_ORDINAL);
defineWord('de', WORD_OF);
defineWord('del', WORD_OF);
for (const word of ['à', 'um', 'às', 'alle', 'om', 'kl', 'klo', 'в', 'во', 'о', 'στις', 'saat']) defineWord(word, WORD_TIME_FOLLOWS);
defineWord('uhr', WORD_CLOCK);
for (let letter = 0; letter < 26; letter++) defineWord(String.fromCharCode(97 + letter), LETTER_BASE + letter);
