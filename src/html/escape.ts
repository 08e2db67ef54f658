// Plain text → HTML text that displays as written, in element content and in quoted attributes.

const SPECIAL = /[&<>"']/g;
const REPLACEMENT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return asText(text).replace(SPECIAL, (c) => REPLACEMENT[c]!);
}

/**
 * What JavaScript callers pass by mistake, as text: null and undefined are empty, other values
 * their string form, and a value that cannot be turned into a string (a throwing `toString`, a
 * hostile proxy) is empty too, so no foreign error escapes.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}
