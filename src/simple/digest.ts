// A stable, runtime-neutral digest for articles that carry no id (64-bit FNV-1a, hex).

export function digest(text: string): string {
  // Two 32-bit FNV-1a lanes with different offsets stand in for one 64-bit hash.
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 24), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
