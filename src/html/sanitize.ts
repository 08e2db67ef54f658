// The sanitizer: sanitize-html with the allowlist of policy.ts, configured once at module load.
import sanitize from 'sanitize-html';
import { asText, escapeHtml } from './escape.js';
import { prepareForParser } from './parser-input.js';
import { sanitizeSimpleHtml, textOfSimpleHtml } from './fast-path.js';
import { textFully } from './text.js';
import {
  ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS, DROPPED_WITH_CONTENT, MEDIA_SCHEMES, MEDIA_TAGS, NEW_WINDOW_REL, SELF_CLOSING, URL_ATTRIBUTES,
} from './policy.js';
import { schemeFate, URL_DROPPED } from './schemes.js';
import { resolveSrcsetCandidates, resolveUrl } from './urls.js';
import { usableBase } from './render.js';

/**
 * The base URL of the call in progress. sanitize-html runs synchronously and the options object
 * is shared by every call, so the tag transform reads the base from here.
 */
let currentBase: string | null = null;

/** Runs on every start tag before the allowlist: resolves URLs, drops unsafe ones, fixes target/rel. */
export function rewriteAttributes(tagName: string, attribs: sanitize.Attributes): sanitize.Tag {
  for (const name of URL_ATTRIBUTES) {
    const value = attribs[name];
    if (value === undefined) continue;
    const resolved = resolveUrl(value, currentBase);
    if (resolved === null) delete attribs[name];
    else attribs[name] = resolved;
  }
  const srcset = attribs.srcset;
  if (srcset !== undefined) {
    // Candidates with descriptors sanitize-html's srcset parser rejects are left out here, as it
    // would leave them out, but without the console message it prints (feed text) for each one.
    // Every candidate is a media URL: http(s) or relative, like an image's src.
    const kept = resolveSrcsetCandidates(srcset, currentBase)
      .filter((candidate) => isValidDescriptor(candidate.descriptor) && schemeFate(candidate.url, MEDIA_SCHEMES) !== URL_DROPPED);
    if (kept.length === 0) delete attribs.srcset;
    else attribs.srcset = kept.map(({ url, descriptor }) => (descriptor === '' ? url : `${url} ${descriptor}`)).join(', ');
  }
  if (tagName === 'a') {
    // Only a new window is kept as a target (a named one could steer the reader's own frames);
    // the page it opens must not get a handle on the reader's window.
    const opensNewWindow = attribs.target?.trim().toLowerCase() === '_blank';
    delete attribs.target;
    delete attribs.rel;
    if (opensNewWindow) {
      attribs.target = '_blank';
      attribs.rel = NEW_WINDOW_REL;
    }
  }
  return { tagName, attribs };
}

/**
 * A srcset descriptor the parser under sanitize-html accepts: none, a positive width (`640w`), a
 * non-negative density (`2x`, `1.5x`) or a positive height (`480h`). Combinations are not kept.
 */
function isValidDescriptor(descriptor: string): boolean {
  if (descriptor === '') return true;
  const value = descriptor.slice(0, -1);
  switch (descriptor[descriptor.length - 1]) {
    case 'w':
    case 'h':
      return /^[0-9]+$/.test(value) && parseInt(value, 10) > 0;
    case 'x':
      return /^(?:[0-9]+|[0-9]*\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(value);
    default:
      return false;
  }
}

// sanitize-html looks srcset candidates up by the attribute's name, not the element's, so the
// media schemes are listed under `srcset` too (the filter above already applies them; a URL it
// cannot judge, one with a `<`, is judged here).
const mediaSchemes = Object.fromEntries([...MEDIA_TAGS, 'srcset'].map((key) => [key, [...MEDIA_SCHEMES]]));

export const SANITIZE_OPTIONS: sanitize.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...ALLOWED_SCHEMES],
  allowedSchemesByTag: mediaSchemes,
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  nonTextTags: [...DROPPED_WITH_CONTENT],
  selfClosing: [...SELF_CLOSING],
  // No style attribute is allowed, so postcss never runs.
  parseStyleAttributes: false,
  transformTags: { '*': rewriteAttributes },
};

/** Sanitized HTML: the allowlist applied, relative URLs resolved against `baseUrl`. Never throws. */
export function sanitizeHtml(html: string, options: { baseUrl?: string | null | undefined } = {}): string {
  return sanitizeAgainst(asText(html), usableBase(baseUrlOf(options)));
}

/** `options.baseUrl`, when options are an object that yields it. */
function baseUrlOf(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    return (options as { baseUrl?: unknown }).baseUrl;
  } catch {
    return undefined; // a proxy that throws
  }
}

/** sanitizeHtml for a string `html` and a base already checked (null or a non-blank string). */
export function sanitizeAgainst(html: string, base: string | null): string {
  // Text with no markup and no character references has nothing for a sanitizer to do.
  if (!html.includes('<') && !html.includes('&')) return html.includes('>') ? html.replace(/>/g, '&gt;') : html;
  return sanitizeSimpleHtml(html, base) ?? sanitizeFully(html, base);
}

/**
 * The full pass: the input prepared for the parser (nesting bounded), then sanitize-html with the
 * allowlist (or with `options`, an allowlist built on SANITIZE_OPTIONS whose transform is
 * rewriteAttributes). Never throws.
 */
export function sanitizeFully(html: string, baseUrl: string | null | undefined, options: sanitize.IOptions = SANITIZE_OPTIONS): string {
  currentBase = usableBase(baseUrl);
  try {
    return sanitize(prepareForParser(html), options);
  } catch {
    // sanitize-html is not known to throw; if it ever does, the markup is shown as text.
    return escapeHtml(html);
  } finally {
    currentBase = null;
  }
}

/** Plain text of an HTML fragment: tags removed, character references decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  html = asText(html);
  if (!html.includes('<') && !html.includes('&')) return collapseWhitespace(html);
  return collapseWhitespace(textOfSimpleHtml(html) ?? textOrMarkup(html));
}

/** The full text pass; if the parser ever failed, the markup itself would be the text. */
function textOrMarkup(html: string): string {
  try {
    return textFully(html);
  } catch {
    return html;
  }
}

/** Runs of whitespace (including no-break spaces) become one space; ends trimmed. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
