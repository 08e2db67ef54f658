import { describe, expect, it } from 'vitest';
import { utf8LengthExceeds } from '../../src/xml/limits.js';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('utf8LengthExceeds', () => {
  it('agrees with the encoded length around the limit, for every width of character', () => {
    for (const unit of ['a', 'é', '€', '😀']) {
      const text = unit.repeat(40_000); // long enough to need more than one chunk
      const length = utf8Length(text);
      expect(utf8LengthExceeds(text, length)).toBe(false);
      expect(utf8LengthExceeds(text, length - 1)).toBe(true);
    }
  });

  it('keeps surrogate pairs that straddle a chunk boundary together', () => {
    const text = 'a'.repeat(65_535) + '😀' + 'b'.repeat(10);
    const length = utf8Length(text); // 65,535 + 4 + 10
    expect(length).toBe(65_549);
    expect(utf8LengthExceeds(text, length)).toBe(false);
    expect(utf8LengthExceeds(text, length - 1)).toBe(true);
  });

  it('decides from the length alone when it can', () => {
    expect(utf8LengthExceeds('x'.repeat(11), 10)).toBe(true);
    expect(utf8LengthExceeds('€'.repeat(3), 9)).toBe(false);
  });
});
