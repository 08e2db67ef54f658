// Everything the command prints that came from outside it (document text, file names, URLs,
// system messages) goes through here, so no control or bidi character reaches the terminal raw.
import { escapeControls } from '../xml/index.js';

export { escapeControls as shown };

// JSON.stringify escapes U+0000–U+001F; DEL, the C1 controls and the bidi controls it leaves raw.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** JSON text with every control and bidi character written as a \u escape (still the same JSON value). */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
