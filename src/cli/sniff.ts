// Recognises inputs that are not text at all, so the command says what they are instead of
// quoting their bytes to the terminal.

const SIGNATURES: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x1f, 0x8b], kind: 'gzip-compressed data (decompress it first: gunzip)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a zip archive' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'bzip2-compressed data (decompress it first: bunzip2)' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'xz-compressed data (decompress it first: unxz)' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd-compressed data (decompress it first: unzstd)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7z archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an ELF executable' },
];

const SAMPLE = 4096;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 and UTF-32 text has zero bytes by nature: a BOM, or '<' / '{' beside a zero byte. */
function looksLikeWideText(bytes: Uint8Array): boolean {
  const [b0, b1] = [bytes[0], bytes[1]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return true;
  return (b0 === 0x00 && (b1 === 0x3c || b1 === 0x7b || b1 === 0x00)) || ((b0 === 0x3c || b0 === 0x7b) && b1 === 0x00);
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  }
  return undefined;
}

/** Bytes that text documents do not carry: NUL and the C0 controls other than tab, newlines and form feed. */
function controlBytes(sample: Uint8Array): number {
  let count = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) count++;
  }
  return count;
}

/**
 * What the bytes look like when they are clearly not a text document ('gzip-compressed data', …),
 * else null. Markup or JSON (a first '<', '{' or '[') is always left to the parser, whose messages
 * escape whatever control characters it quotes.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { bytes: signature, kind } of SIGNATURES) {
    if (startsWith(bytes, signature)) return kind;
  }
  if (looksLikeWideText(bytes)) return null;
  const first = firstNonSpace(bytes);
  if (first === 0x3c || first === 0x7b || first === 0x5b || first === 0xef) return null; // '<', '{', '[', a UTF-8 BOM
  const sample = bytes.subarray(0, SAMPLE);
  return sample.includes(0) || controlBytes(sample) * 10 > sample.length ? 'binary data' : null;
}
