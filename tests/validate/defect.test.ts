// A defect in a rule must not crash a CI run over thousands of feeds: it becomes an error issue.
import { describe, expect, it, vi } from 'vitest';
import { validateFeed } from '../../src/validate/index.js';
import { baseline } from './cases/case.js';

vi.mock('../../src/validate/rss.js', () => ({
  checkRss: () => {
    throw new TypeError('a rule tripped over its own feet');
  },
}));

describe('a rule that throws', () => {
  it('is reported as VALIDATION_FAILED, not thrown', () => {
    const report = validateFeed(baseline('valid-rss.xml'));
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'VALIDATION_FAILED', message: expect.stringContaining('tripped') }),
    ]);
  });
  it('leaves the other formats alone', () => {
    expect(validateFeed(baseline('valid-atom.xml')).valid).toBe(true);
  });
});
