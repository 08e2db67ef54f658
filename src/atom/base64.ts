// Atom 0.3's mode="base64": the element's text is base64 of the content's bytes.

const decoder = new TextDecoder('utf-8');

/** The base64 text decoded as UTF-8 (ASCII white space ignored); null when it is not base64. */
export function base64Text(text: string): string | null {
  let binary: string;
  try {
    binary = atob(text); // forgiving-base64: white space skipped, padding optional, anything else refused
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return decoder.decode(bytes);
}
