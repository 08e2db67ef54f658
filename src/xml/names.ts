// XML names (XML 1.0 §2.3) and qualified names (Namespaces in XML §3): what makes one ill-formed.

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*$`, 'u');
// The common case, checked first: ASCII, at most one colon, inside the name.
const SIMPLE_QNAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/** Why `name` is not a well-formed qualified name: a fault code and message, or null when it is one. */
export function nameProblem(name: string): { code: string; message: string } | null {
  if (SIMPLE_QNAME.test(name)) return null;
  if (!NAME.test(name)) return { code: 'XML_INVALID_NAME', message: 'is not an XML name (it is empty or has characters names cannot have)' };
  const colon = name.indexOf(':');
  if (colon !== -1 && (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1)) {
    return { code: 'XML_INVALID_QNAME', message: 'has a colon where a namespace prefix cannot end' };
  }
  return null;
}
