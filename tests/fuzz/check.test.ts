// The fuzzer's check must catch what it looks for, and only that: a check that cannot fail, or
// that fails on safe output, would make a million clean inputs mean nothing.
import { describe, expect, it } from 'vitest';
import * as atoma from '../../src/index.js';
import { makeCheck } from './harness.mjs';

const check = makeCheck(atoma, { maxCpuMs: 2000 });
const returning = (html: string) => () => html;

describe("the fuzzer's check of sanitized HTML", () => {
  it.each([
    ['a script URL in src, behind spaces', '<img src=" javascript:alert(1)">'],
    ['a data: candidate in srcset', '<img srcset="a.png 1x, data:text/html,x 2x">'],
    ['a scheme written with character references', '<a href="java&#x73;cript&colon;x">x</a>'],
    ['an event handler', '<p onclick="x()">x</p>'],
    ['a script element', '<script>x()</script>'],
  ])('fails on %s', (_, html) => {
    expect(() => check('sanitizeHtml', returning(html), '')).toThrow(/sanitized HTML/);
  });

  it.each([
    ['a relative src with a comma and a colon (one URL, not a srcset)', '<img src="2x, data:&lt;img src=" />'],
    ['ordinary links and images', '<p><a href="https://a.example/x?y=1&amp;z=2">a</a><img src="/i.png" srcset="/i.png 1x, /j.png 2x" /></p>'],
  ])('passes %s', (_, html) => {
    expect(() => check('sanitizeHtml', returning(html), '')).not.toThrow();
  });

  it("passes the sanitizer's own output for the input that found the srcset confusion", () => {
    const input = '<img src=" 2x, data:<img src="<div>';
    expect(() => check('sanitizeHtml', (text) => atoma.sanitizeHtml(text as string), input)).not.toThrow();
  });
});
