// The shared suites' comparison rules: subset match, whitespace-collapsed strings, {} placeholders.

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Differences between `expected` (a subset) and `actual` (JSON-serialized), as readable paths. */
export function differences(expected: unknown, actual: unknown, path = '$'): string[] {
  if (typeof expected === 'string') {
    return typeof actual === 'string' && collapse(actual) === collapse(expected)
      ? []
      : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (expected === null || typeof expected !== 'object') {
    return actual === expected ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) {
      return [`${path}: expected ${expected.length} elements, got ${actual.length}: ${JSON.stringify(actual).slice(0, 300)}`];
    }
    return expected.flatMap((e, i) => differences(e, actual[i], `${path}[${i}]`));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
  }
  const record = actual as Record<string, unknown>;
  return Object.entries(expected).flatMap(([key, value]) =>
    key in record ? differences(value, record[key], `${path}.${key}`) : [`${path}.${key}: missing`],
  );
}
