// The fast path's table of elements: for every name, what the sanitizer's allowlist does with it
// (keep, unwrap, drop with its content) and what htmlparser2's tree rules do with it (void,
// implied closes, foreign content), looked up once per tag.
import { PARSER_FOREIGN_ROOTS, PARSER_INTEGRATION_POINTS, PARSER_OPEN_CLOSES, PARSER_RAW_TEXT, PARSER_VOID } from './parser-rules.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, DROPPED_WITH_CONTENT } from './policy.js';

// What the pass does with an element, by name.
/** On the allowlist: written with its allowed attributes. */
export const KEEP = 1;
/** Off the allowlist: the tags go, the content stays. */
export const UNWRAP = 2;
/** Dropped with its raw-text content (`<script>`, `<style>`). */
export const DROP_RAW = 3;
/** Dropped with whatever it holds, markup included, up to where it closes (`<iframe>`, `<svg>`). */
export const DROP_TREE = 4;
/** Dropped, and has no content (`<embed>`). */
export const DROP_VOID = 5;

// How opening an element moves the parser's foreign-content state.
export const STAYS = 0;
export const ENTERS_FOREIGN = 1;
export const LEAVES_FOREIGN = 2;

/** Everything the pass needs to know about an element name. */
export interface TagRule {
  kind: number;
  /** A void element in htmlparser2: never on the stack. */
  isVoid: boolean;
  /** The open elements that opening this one closes first. */
  closes: ReadonlySet<string> | undefined;
  /** The attributes kept on it (KEEP only). */
  attributes: ReadonlySet<string> | null;
  /** Its start tag without attributes and its end tag, as sanitize-html writes them (KEEP only). */
  bare: string;
  end: string;
  /** What opening it does to foreign content; any end tag of such a name undoes the last change. */
  foreign: number;
}

/** Any element name the tables below do not list: unwrapped, with no parser rule. */
const UNKNOWN_TAG: TagRule = { kind: UNWRAP, isVoid: false, closes: undefined, attributes: null, bare: '', end: '', foreign: STAYS };

const TAG_RULES: ReadonlyMap<string, TagRule> = (() => {
  const kinds = new Map<string, number>();
  for (const name of [...PARSER_VOID, ...PARSER_OPEN_CLOSES.keys(), ...PARSER_INTEGRATION_POINTS]) kinds.set(name, UNWRAP);
  for (const name of ALLOWED_TAGS) kinds.set(name, KEEP);
  for (const name of DROPPED_WITH_CONTENT) {
    kinds.set(name, PARSER_RAW_TEXT.has(name) ? DROP_RAW : PARSER_VOID.has(name) ? DROP_VOID : DROP_TREE);
  }
  const global = ALLOWED_ATTRIBUTES['*'] ?? [];
  return new Map([...kinds].map(([name, kind]): [string, TagRule] => [name, {
    kind,
    isVoid: PARSER_VOID.has(name),
    closes: PARSER_OPEN_CLOSES.get(name),
    attributes: kind === KEEP ? new Set([...global, ...(ALLOWED_ATTRIBUTES[name] ?? [])]) : null,
    bare: kind === KEEP ? (PARSER_VOID.has(name) ? `<${name} />` : `<${name}>`) : '',
    end: kind === KEEP ? `</${name}>` : '',
    foreign: PARSER_FOREIGN_ROOTS.has(name) ? ENTERS_FOREIGN : PARSER_INTEGRATION_POINTS.has(name) ? LEAVES_FOREIGN : STAYS,
  }]));
})();

/** What the fast path does with the element `name` (lower case). */
export function ruleOf(name: string): TagRule {
  return TAG_RULES.get(name) ?? UNKNOWN_TAG;
}
