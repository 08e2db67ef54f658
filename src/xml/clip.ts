// Names and values from a document, made safe to show in messages: a message that repeats a
// megabyte-long element name would flood logs with attacker-chosen text, and a control or
// bidi-override character would reach the reader's terminal (set its title, recolour it, reverse
// the text that follows).

const MAX_SHOWN = 80;

// C0 controls, DEL, C1 controls, the Arabic letter mark, LRM/RLM, the line and paragraph
// separators, and the bidi embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control and bidi-control character written as an escape (`\x1b`, `\u202e`). */
export function escapeControls(text: string): string {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

/** `text` as it may appear in a message: at most 80 characters, an ellipsis marking a cut, controls escaped. */
export function clip(text: string): string {
  return escapeControls(text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`);
}
