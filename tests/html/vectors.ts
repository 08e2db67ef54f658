// The XSS vector collection in fixtures/xss/, flattened for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface VectorFile {
  source: string;
  families: { family: string; description: string; vectors: string[] }[];
}

export interface XssVector {
  /** `file/family/index`, stable while the files only grow at the end of a family. */
  id: string;
  html: string;
}

export const xssFolder = fileURLToPath(new URL('../../fixtures/xss/', import.meta.url));

export function loadXssVectors(): XssVector[] {
  const vectors: XssVector[] = [];
  for (const file of readdirSync(xssFolder).filter((name) => name.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(xssFolder + file, 'utf8')) as VectorFile;
    for (const { family, vectors: list } of data.families) {
      list.forEach((html, index) => vectors.push({ id: `${file.replace(/\.json$/, '')}/${family}/${index}`, html }));
    }
  }
  return vectors;
}

/** Escapes text for an XML element's content. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Removes what XML 1.0 cannot carry at all (NUL and most C0 controls). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
