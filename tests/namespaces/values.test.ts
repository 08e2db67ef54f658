import { describe, expect, it } from 'vitest';
import { amountOf, decimalOf, durationOf, flagOf, listOf } from '../../src/namespaces/values.js';

describe('namespace value readers', () => {
  it('reads every form of duration podcasts write', () => {
    expect(durationOf('3725')).toBe(3725);
    expect(durationOf(' 3725.5 ')).toBe(3725.5);
    expect(durationOf('62:05')).toBe(3725);
    expect(durationOf('75:30')).toBe(4530);
    expect(durationOf('1:02:05')).toBe(3725);
    expect(durationOf('01:02:05.250')).toBe(3725.25);
    expect(durationOf('0:00')).toBe(0);
  });

  it('refuses what is not a duration', () => {
    for (const text of ['', '1:60', '1:60:00', '1:2:3:4', '-5', '1h02m', 'NaN', 'Infinity', '1e3', '::', '1:', null]) {
      expect(durationOf(text), String(text)).toBeNull();
    }
  });

  it('reads numbers, amounts and flags strictly', () => {
    expect(decimalOf('-6.5')).toBe(-6.5);
    expect(decimalOf('.5')).toBe(0.5);
    expect(decimalOf('1e400')).toBeNull();
    expect(decimalOf('0x10')).toBeNull();
    expect(amountOf('-1')).toBeNull();
    expect(amountOf('2.5')).toBe(2.5);
    expect([flagOf('Yes'), flagOf('TRUE'), flagOf('no'), flagOf('False'), flagOf('maybe'), flagOf(null)]).toEqual([true, true, false, false, null, null]);
    expect(listOf(' a, b,,c ,')).toEqual(['a', 'b', 'c']);
  });
});
