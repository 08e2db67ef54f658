// Names and values from a document, shortened for error messages: a message that repeats a
// megabyte-long element name would flood logs with attacker-chosen text.

const MAX_SHOWN = 80;

/** `text` as it may appear in a message: at most 80 characters, an ellipsis marking a cut. */
export function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`;
}
