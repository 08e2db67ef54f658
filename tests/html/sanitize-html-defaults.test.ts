// The fast path's copy of two sanitize-html defaults (it loads without sanitize-html) stays true
// to the installed sanitize-html.
import sanitize from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTRIBUTES } from '../../src/html/policy.js';
import { isNonBooleanAttribute, SCHEME_CHECKED_ATTRIBUTES } from '../../src/html/sanitize-html-defaults.js';

describe("the fast path's copy of sanitize-html's defaults", () => {
  it('lists the attributes whose schemes sanitize-html checks', () => {
    expect([...SCHEME_CHECKED_ATTRIBUTES].sort()).toEqual([...sanitize.defaults.allowedSchemesAppliedToAttributes].sort());
  });

  it('knows, for every attribute of the allowlist, whether sanitize-html drops it when empty', () => {
    const allowed = [...new Set(Object.values(ALLOWED_ATTRIBUTES).flat())];
    expect(allowed.length).toBeGreaterThan(30);
    for (const name of allowed) {
      expect(isNonBooleanAttribute(name), name).toBe(sanitize.defaults.nonBooleanAttributes.includes(name));
    }
  });
});
