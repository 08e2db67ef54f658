// What the fast path must know of sanitize-html's defaults to write attributes as it does, held
// here so that the fast path loads without sanitize-html: `atoma/core` reads plain text through
// the fast path and must not bundle the sanitizer. tests/html/sanitize-html-defaults.test.ts holds
// these to sanitize-html's own lists, so an upgrade that changes them fails there.

/** The attributes sanitize-html holds to the allowed schemes (its `allowedSchemesAppliedToAttributes`). */
export const SCHEME_CHECKED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'cite', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'ping',
  'longdesc', 'usemap', 'codebase', 'classid', 'archive', 'profile', 'manifest', 'itemid', 'dynsrc', 'lowsrc',
]);

/**
 * The attributes of the built-in allowlist that sanitize-html writes bare when empty (`controls`,
 * not `controls=""`): those missing from its `nonBooleanAttributes`. Every other allowed
 * attribute is dropped when empty.
 */
const BARE_WHEN_EMPTY: ReadonlySet<string> = new Set([
  'controls', 'loop', 'muted', 'playsinline', 'default', 'reversed', 'open', 'align', 'valign',
]);

/** Whether sanitize-html drops an allowed attribute (of the built-in allowlist) when its value is empty. */
export function isNonBooleanAttribute(name: string): boolean {
  return !BARE_WHEN_EMPTY.has(name);
}
