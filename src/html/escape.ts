// Plain text → HTML text that displays as written, in element content and in quoted attributes.

const SPECIAL = /[&<>"']/g;
const REPLACEMENT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  return text.replace(SPECIAL, (c) => REPLACEMENT[c]!);
}
