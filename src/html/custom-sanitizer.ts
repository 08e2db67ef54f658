// createSanitizer: the built-in allowlist extended by the caller (iframes from named hosts, more
// elements, more attributes), as a sanitize function. The URL policy stays as it is: every href,
// src, poster, cite and srcset is resolved against the field's base and held to the allowed
// schemes by the same transform the built-in sanitizer runs.
import type sanitize from 'sanitize-html';
import type { SanitizeContext, SanitizeFunction } from '../options.js';
import { flattened } from './built-in.js';
import { asText } from './escape.js';
import { usableBase } from './render.js';
import { rewriteAttributes, SANITIZE_OPTIONS, sanitizeAgainst, sanitizeFully } from './sanitize.js';
import { checkedSanitizerOptions } from './sanitizer-options.js';

/** How createSanitizer extends the built-in allowlist. */
export interface SanitizerOptions {
  /**
   * Hosts whose `<iframe>`s are kept, exactly as written (`'www.youtube.com'`,
   * `'player.vimeo.com'`): only `https:` frames of these hosts stay, sandboxed; every other
   * iframe is dropped with its content, as by default.
   */
  iframeHosts?: readonly string[];
  /** Elements kept besides the built-in ones (lower-case names), with the global attributes. */
  extraTags?: readonly string[];
  /** Attributes kept besides the built-in ones, by element name; `'*'` for every kept element. */
  extraAttributes?: Readonly<Record<string, readonly string[]>>;
}

/** What a kept iframe may carry; `sandbox` is always set by the sanitizer. */
const IFRAME_ATTRIBUTES = ['src', 'width', 'height', 'title', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy', 'sandbox'];

/** Scripts run inside an embedded player, but it cannot navigate the reader's page or open forms. */
const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/**
 * A sanitize function with the built-in allowlist extended by `options`. Invalid or unsafe names
 * throw FeedDocumentError('INVALID_OPTION') here, not while parsing.
 */
export function createSanitizer(options: SanitizerOptions = {}): SanitizeFunction {
  const { iframeHosts, extraTags, extraAttributes } = checkedSanitizerOptions(options);
  const configured = sanitizeOptionsWith(iframeHosts, extraTags, extraAttributes);
  if (configured === null) return (html, context) => builtIn(html, context);
  const touched = namesPattern(iframeHosts.size > 0 ? ['iframe'] : [], extraTags, extraAttributes);
  return (html: string, context: SanitizeContext): string => {
    const text = asText(html);
    // Markup that names none of the added elements and attributes is written the same by either
    // allowlist (names cannot hide behind character references), so the fast path may answer.
    if (!touched.test(text)) return builtIn(text, context);
    return flattened(sanitizeFully(text, usableBase(baseOf(context)), configured));
  };
}

/** Matches, in any case, any of the names the extension adds. */
function namesPattern(frames: string[], extraTags: string[], extraAttributes: Map<string, string[]>): RegExp {
  const names = new Set([...frames, ...extraTags, ...[...extraAttributes.values()].flat()]);
  return new RegExp([...names].map((name) => name.replace(/[.]/g, '\\.')).join('|'), 'i');
}

function builtIn(html: string, context: SanitizeContext): string {
  return flattened(sanitizeAgainst(asText(html), usableBase(baseOf(context))));
}

/** The context's base, also when JavaScript callers pass no context or a hostile one. */
function baseOf(context: unknown): unknown {
  if (typeof context !== 'object' || context === null) return undefined;
  try {
    return (context as { baseUrl?: unknown }).baseUrl;
  } catch {
    return undefined;
  }
}

/** sanitize-html options for the extended allowlist; null when nothing is added. */
function sanitizeOptionsWith(iframeHosts: ReadonlySet<string>, extraTags: string[], extraAttributes: Map<string, string[]>): sanitize.IOptions | null {
  if (iframeHosts.size === 0 && extraTags.length === 0 && extraAttributes.size === 0) return null;
  const allowedAttributes: Record<string, string[]> = {};
  for (const [tag, names] of Object.entries(SANITIZE_OPTIONS.allowedAttributes as Record<string, string[]>)) allowedAttributes[tag] = [...names];
  for (const [tag, names] of extraAttributes) allowedAttributes[tag] = [...new Set([...(allowedAttributes[tag] ?? []), ...names])];
  const allowedTags = [...new Set([...(SANITIZE_OPTIONS.allowedTags as string[]), ...extraTags])];
  const allowedSchemesByTag: Record<string, string[]> = { ...(SANITIZE_OPTIONS.allowedSchemesByTag as Record<string, string[]>) };
  if (iframeHosts.size > 0) {
    allowedTags.push('iframe');
    allowedAttributes.iframe = [...IFRAME_ATTRIBUTES];
    allowedSchemesByTag.iframe = ['https'];
  }
  return {
    ...SANITIZE_OPTIONS,
    allowedTags,
    allowedAttributes,
    allowedSchemesByTag,
    // sanitize-html's own host check backs up the one in the transform.
    ...(iframeHosts.size > 0 ? { allowedIframeHostnames: [...iframeHosts], allowIframeRelativeUrls: false } : {}),
    // An iframe left without a source goes whole, content and all, as it does by default.
    exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
    transformTags: {
      '*': (name: string, attribs: sanitize.Attributes): sanitize.Tag => {
        const tag = rewriteAttributes(name, attribs);
        return tag.tagName === 'iframe' ? framed(tag.attribs, iframeHosts) : tag;
      },
    },
  };
}

/** A kept iframe with the sandbox set, or, when its source is not allowed, one without a source (dropped whole). */
function framed(attribs: sanitize.Attributes, iframeHosts: ReadonlySet<string>): sanitize.Tag {
  const src = attribs.src;
  let allowed = false;
  if (src !== undefined) {
    try {
      const url = new URL(src);
      allowed = url.protocol === 'https:' && url.username === '' && url.password === '' && iframeHosts.has(url.hostname);
    } catch {
      allowed = false; // relative, or unreadable: no frame
    }
  }
  if (!allowed) return { tagName: 'iframe', attribs: {} };
  return { tagName: 'iframe', attribs: { ...attribs, sandbox: IFRAME_SANDBOX } };
}

