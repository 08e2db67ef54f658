// One left-to-right pass that cuts a date string into numbers, words and punctuation.
// Tokens live in preallocated typed arrays that every call reuses: parseDate is synchronous
// and never re-entered, and this keeps the per-date cost free of allocation.
import { MAX_KEYED_LETTERS, meaningOfKey, meaningOfText } from './words.js';

export const TOKEN_NUMBER = 1;
export const TOKEN_WORD = 2;
export const TOKEN_PUNCT = 3;

/** More tokens than any date form has (the longest, a JS `Date#toString`, has 17). */
export const MAX_TOKENS = 32;
/** Longest digit run kept: a 9-digit fraction and an 8-digit basic ISO date fit, a timestamp does not matter. */
const MAX_DIGITS = 15;
/** Longest word kept: every month, weekday and zone name is shorter (`października` has 12 letters). */
const MAX_LETTERS = 14;

export const tokenKind = new Uint8Array(MAX_TOKENS);
/** Number: its value; word: its meaning (words.ts); punctuation: its character code. */
export const tokenValue = new Float64Array(MAX_TOKENS);
/** Number of digits or letters (1 for punctuation). */
export const tokenLength = new Uint8Array(MAX_TOKENS);
/** 1 when whitespace or a comment separates the token from the one before. */
export const tokenSpaced = new Uint8Array(MAX_TOKENS);
/** Where the token starts and ends in the text (for IANA zone names, read as written). */
export const tokenStart = new Int32Array(MAX_TOKENS);
export const tokenEnd = new Int32Array(MAX_TOKENS);

/** Whitespace between tokens and around the date (Unicode spaces and the BOM included). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b)
    || c === 0x202f || c === 0x205f;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Letters of the other scripts month names are written in: Latin-1 and Latin Extended-A (`févr`,
 * `März`, `październik`, `Şubat`; not × and ÷), Romanian ș ț, Greek, Cyrillic and Hangul (ideographs apart).
 */
function isOtherLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7) || (c >= 0x218 && c <= 0x21b)
    || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0xac00 && c <= 0xd7a3);
}

/** Combining diacritics (a decomposed `é`): part of the word they follow. */
function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** CJK ideographs: `年月日時分秒` and `午前`/`午後`, `上午`/`下午`. */
function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Whether the mark at `i` belongs to a weekday name instead (`月曜日`, `日曜日`, `星期日`, `周日`):
 * followed by 曜, or a 日 after 曜, 期, 周 or 週 in the same word.
 */
function inWeekdayName(text: string, first: number, i: number, end: number): boolean {
  if (i + 1 < end && text.charCodeAt(i + 1) === 0x66dc) return true; // 曜
  if (text.charCodeAt(i) !== 0x65e5 || i === first) return false; // 日
  const before = text.charCodeAt(i - 1);
  return before === 0x66dc || before === 0x671f || before === 0x5468 || before === 0x9031; // 曜 期 周 週
}

/** The ideographs that end a word on their own: `28日午後` is `28`, `日`, `午後`. */
function isIdeographMark(c: number): boolean {
  return c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 0x6642 || c === 0x65f6 || c === 0x70b9 || c === 0x5206
    || c === 0x79d2; // 年 月 日 時 时 点 分 秒
}

/** Punctuation a date may carry, with the Unicode minus and dashes read as `-`. */
function punctuationOf(c: number): number {
  switch (c) {
    case 0x3a: case 0x2e: case 0x2c: case 0x2f: case 0x2d: case 0x2b: case 0x5f: return c; // : . , / - + _
    case 0x2212: case 0x2010: case 0x2013: return 0x2d; // − ‐ –
    default: return 0;
  }
}

/**
 * Tokenizes text[start, end). Returns the token count, or -1 when the text holds a character no
 * date contains, an unbalanced comment, an over-long number or word, or too many tokens.
 * Comments in parentheses (`(PST)`, `(Coordinated Universal Time)`) count as whitespace, and so
 * does a bracketed zone id after an offset (Java's `2018-10-10T20:00+02:00[Europe/Paris]`).
 */
export function tokenize(text: string, start: number, end: number): number {
  let count = 0;
  let spaced = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = 1;
      i++;
      continue;
    }
    if (c === 0x28 || c === 0x5b) { // '(' … ')' (nesting allowed, as in RFC 822) or '[' … ']'
      const close = c === 0x28 ? 0x29 : 0x5d;
      let depth = 1;
      i++;
      while (i < end && depth > 0) {
        const d = text.charCodeAt(i++);
        if (d === 0x5c && c === 0x28) i++; // RFC 822 quoted-pair: `\)` does not close the comment
        else if (d === c) depth++;
        else if (d === close) depth--;
      }
      if (depth !== 0) return -1;
      spaced = 1;
      continue;
    }
    if (count === MAX_TOKENS) return -1;
    tokenStart[count] = i;
    if (c >= 48 && c <= 57) {
      const first = i;
      let value = 0;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        value = value * 10 + (d - 48);
        i++;
      }
      if (i - first > MAX_DIGITS) return -1;
      tokenKind[count] = TOKEN_NUMBER;
      tokenValue[count] = value;
      tokenLength[count] = i - first;
    } else if (isAsciiLetter(c) || isOtherLetter(c) || isIdeograph(c)) {
      const first = i;
      let key = 0;
      let ascii = true;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isAsciiLetter(d)) {
          key = key * 27 + ((d | 0x20) - 96);
        } else if (isIdeograph(d)) {
          if (isIdeographMark(d) && !inWeekdayName(text, first, i, end)) { // `28日午後` is `28`, `日`, `午後`
            if (i === first) {
              ascii = false;
              i++;
            }
            break;
          }
          ascii = false;
        } else if (isOtherLetter(d) || (isCombiningMark(d) && i > first)) {
          ascii = false;
        } else {
          break;
        }
        i++;
      }
      const letters = i - first;
      if (letters > MAX_LETTERS) return -1;
      tokenKind[count] = TOKEN_WORD;
      tokenLength[count] = letters;
      if (ascii && letters <= MAX_KEYED_LETTERS) tokenValue[count] = meaningOfKey(key);
      else tokenValue[count] = meaningOfText(text.slice(first, i).toLowerCase());
    } else {
      const punct = punctuationOf(c);
      if (punct === 0) return -1;
      tokenKind[count] = TOKEN_PUNCT;
      tokenValue[count] = punct;
      tokenLength[count] = 1;
      i++;
    }
    tokenSpaced[count] = spaced;
    tokenEnd[count] = i;
    spaced = 0;
    count++;
  }
  return count;
}
