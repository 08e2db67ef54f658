// Character tests shared by the fast path's readers, on UTF-16 code units, as htmlparser2 reads them.

/** HTML whitespace: space, tab, line feed, form feed, carriage return. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

export function isAsciiAlpha(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** `text` at `at` spells `name` (lower-case ASCII) in any case. */
export function matchesAsciiCaseless(text: string, at: number, name: string): boolean {
  if (at + name.length > text.length) return false;
  for (let k = 0; k < name.length; k++) {
    const c = text.charCodeAt(at + k);
    const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
    if (lower !== name.charCodeAt(k)) return false;
  }
  return true;
}

/** A character that may follow the first letter of a URL scheme: letter, digit, `+`, `-` or `.`. */
export function isSchemeCharacter(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}
