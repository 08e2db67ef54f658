// Value grammars shared by the format rules: URLs and IRIs, e-mail addresses, language tags,
// integers, MIME types. Each is a linear check on a bounded string.

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Characters no URI or IRI reference may contain unescaped (RFC 3986 §2, RFC 3987 §2.2).
const FORBIDDEN_URI_CHARACTER = /[\s<>"{}|\\^`\x00-\x1F\x7F]/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const RELATIVE_BASE = 'http://base.invalid/';

/** What is wrong with the characters or scheme of a URI/IRI reference, or null. */
function syntaxProblem(value: string): string | null {
  if (value === '') return 'is empty';
  if (FORBIDDEN_URI_CHARACTER.test(value)) return 'contains a space or a character that must be percent-encoded';
  if (BAD_PERCENT.test(value)) return 'has a "%" that does not start a percent-encoded byte';
  const colon = value.indexOf(':');
  if (colon === 0) return 'has an empty scheme';
  const firstDelimiter = value.search(/[/?#]/);
  // A colon before any "/?#" makes the first segment a scheme, which must then be well formed.
  if (colon > 0 && (firstDelimiter === -1 || colon < firstDelimiter) && !SCHEME.test(value)) return 'has an invalid scheme';
  return null;
}

// An http(s) URL with a plain host name and a small port: what almost every feed URL is, and
// what the URL parser always accepts once syntaxProblem has passed it. Saves a parse per URL.
const PLAIN_HTTP_URL = /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,4})?(?:[/?#]|$)/;

function unparsable(value: string, base?: string): boolean {
  if (PLAIN_HTTP_URL.test(value)) return false;
  try {
    new URL(value, base);
    return false;
  } catch {
    return true;
  }
}

/** Why `value` is not an IRI reference (relative allowed), or null when it is one. */
export function iriReferenceProblem(value: string): string | null {
  const problem = syntaxProblem(value);
  if (problem !== null) return problem;
  return unparsable(value, RELATIVE_BASE) ? 'cannot be read as a URL' : null;
}

// A plain absolute http(s) URL: an ASCII host name, a small port, then only characters URLs allow
// as they are. Most feed URLs are exactly this; they need no further checks.
const PLAIN_ABSOLUTE_HTTP_URL =
  /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,4})?(?:[/?#](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*)?$/;

/** True for a plain absolute http(s) URL, which needs no further check (the common case, tested cheaply). */
export function isPlainHttpUrl(value: string): boolean {
  return PLAIN_ABSOLUTE_HTTP_URL.test(value);
}

/** Why `value` is not an absolute IRI (scheme required), or null when it is one. */
export function absoluteIriProblem(value: string): string | null {
  if (PLAIN_ABSOLUTE_HTTP_URL.test(value)) return null;
  const problem = syntaxProblem(value);
  if (problem !== null) return problem;
  if (!SCHEME.test(value)) return 'is not absolute (it has no scheme such as "https:")';
  if (/^https?:/i.test(value) && !/^https?:\/\/[^/?#]/i.test(value)) return 'has no host';
  return unparsable(value) ? 'cannot be read as a URL' : null;
}

// RFC 4151: tag:authority,date:specific (the authority a domain name or an e-mail address).
const TAG_URI = /^tag:(?:[A-Za-z0-9][A-Za-z0-9.-]*|[^@\s,:]+@[A-Za-z0-9][A-Za-z0-9.-]*),\d{4}(?:-\d{2}(?:-\d{2})?)?:/i;
// RFC 8141: urn:NID:NSS.
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\S/i;
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why an absolute IRI of the tag: or urn: scheme breaks that scheme's syntax, or null. */
export function schemeSyntaxProblem(value: string): string | null {
  if (/^tag:/i.test(value) && !TAG_URI.test(value)) return 'is not a tag URI (RFC 4151) such as "tag:example.com,2024:post-1"';
  if (/^urn:/i.test(value)) {
    if (!URN.test(value)) return 'is not a URN (RFC 8141) such as "urn:isbn:0451450523"';
    if (/^urn:uuid:/i.test(value) && !UUID.test(value)) return 'is not a UUID URN such as "urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6"';
  }
  return null;
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9\u0080-\uFFFF](?:[A-Za-z0-9\u0080-\uFFFF-]{0,61}[A-Za-z0-9\u0080-\uFFFF])?$/;

/** True for an RFC 5322 addr-spec in its common dot-atom form: `local@example.com`. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 320) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  return domain.split('.').every((label) => DOMAIN_LABEL.test(label));
}

/** True for RSS 2.0's contact form: `address (Name)`. */
export function isRssContact(value: string): boolean {
  const open = value.indexOf('(');
  if (open <= 0 || !value.endsWith(')') || value.slice(open + 1, -1).trim() === '') return false;
  const address = value.slice(0, open);
  return /\s$/.test(address) && isEmailAddress(address.trim());
}

/** True when an e-mail address appears somewhere in `value` (in whatever form), or it is a mailto: URI. */
export function containsEmailAddress(value: string): boolean {
  if (/^mailto:/i.test(value)) return true;
  return value.split(/[\s<>()[\],;:"]+/).some((part) => isEmailAddress(part));
}

// ISO 639-1 two-letter codes (the primary subtag of most language tags).
const ISO_639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
    'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ' +
    'ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng ' +
    'nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv ' +
    'sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);
const LANGUAGE_TAG = /^([A-Za-z]{2,3}|[ixIX])(?:-[A-Za-z0-9]{1,8})*$/;

/** True for a language tag (RFC 5646 shape; a two-letter primary subtag must be an ISO 639-1 code). */
export function isLanguageTag(value: string): boolean {
  if (value.length > 64) return false;
  const m = LANGUAGE_TAG.exec(value);
  if (m === null) return false;
  const primary = m[1]!.toLowerCase();
  return primary.length !== 2 || ISO_639_1.has(primary);
}

/** True for a non-negative integer written in decimal digits. */
export function isNonNegativeInteger(value: string): boolean {
  return /^\d{1,15}$/.test(value);
}

// An innermost parenthesised comment of RFC 5322 §3.2.2 (an e-mail header's, an RFC 822 date's).
const COMMENT = /\([^()]*\)/g;

/** The text with its innermost comments replaced by spaces; a nested or unbalanced one leaves a parenthesis. */
export function withoutComments(text: string): string {
  return text.replace(COMMENT, ' ');
}

/**
 * True for base64 as RFC 4287 §4.1.3.3 asks (RFC 3548 §3: the alphabet, padded with "=" to a
 * multiple of four characters); line breaks and spaces between the characters are allowed.
 */
export function isBase64(text: string): boolean {
  const data = text.replace(/[\t\n\r ]+/g, '');
  return data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(data);
}

// type "/" subtype, then parameters (RFC 2045 §5.1 tokens).
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MIME_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:\\s*;\\s*${TOKEN}=(?:${TOKEN}|"[^"\\\\]*"))*$`);

export function isMimeType(value: string): boolean {
  return value.length <= 255 && MIME_TYPE.test(value);
}

// URI schemes registered with IANA (permanent and the provisional ones feeds meet), plus the
// podcast-app schemes feeds use. Anything else earns a warning, as with the W3C validator.
const REGISTERED_SCHEMES = new Set(
  ('aaa aaas about acap acct acr afp afs apt attachment aw beshare bitcoin blob bolo callto cap chrome chrome-extension ' +
    'cid coap coaps content crid cvs dab dat data dav dict did dis dlna-playcontainer dlna-playsingle dns dntp doi dtn dvb ed2k ' +
    'example facetime fax feed feedready file finger fish fm ftp ftps geo gg git gizmoproject go gopher gtalk h323 ham hcp http ' +
    'https hxxp iax icap icon im imap info iotdisco ipfs ipn ipns ipp ipps irc irc6 ircs iris itms itmss itpc jabber jar ' +
    'javascript jms keyparc lastfm ldap ldaps lvlt magnet mailserver mailto maps market message mid mms modem mongodb moz ' +
    'ms-help msnim mtqp mumble mupdate mvn news nfs ni nih nntp notes oid opaquelocktoken openpgp4fpr pack palm paparazzi pcast ' +
    'pkcs11 platform podcast pop pres prospero proxy psyc pwid qb query redis rediss reload res resource rmi rsync rtmfp rtmp ' +
    'rtsp rtsps rtspu s3 secondlife service session sftp sgn shttp sieve sip sips skype smb sms snews snmp soap.beep ' +
    'soap.beeps soldat spotify ssh steam stun stuns svn tag teamspeak tel telnet tftp thismessage tip tn3270 turn turns tv udp ' +
    'unreal urn ut2004 vemmi ventrilo view-source vnc wais webcal ws wss wtai wyciwyg xcon xcon-userid xfire xmlrpc.beep ' +
    'xmlrpc.beeps xmpp xri ymsgr z39.50 z39.50r z39.50s').split(' '),
);

/** The scheme of an absolute URI when IANA has not registered it, or null. */
export function unregisteredScheme(value: string): string | null {
  if (value.startsWith('https://') || value.startsWith('http://')) return null; // nearly every feed URL
  const m = SCHEME.exec(value);
  if (m === null) return null;
  const scheme = m[0].slice(0, -1).toLowerCase();
  return REGISTERED_SCHEMES.has(scheme) ? null : scheme;
}

/**
 * Why an http(s) identifier is not in the canonical form RFC 3986 §6.2.2–6.2.3 gives (upper-case
 * scheme or host, the default port, lower-case percent escapes, no path), or null. Ids compare as
 * strings, so two spellings of one URL are two ids.
 */
export function nonCanonicalProblem(value: string): string | null {
  const m = /^(https?):\/\/([^/?#]*)([^?#]*)/i.exec(value);
  if (m === null) return null;
  const [, scheme, authority, path] = m as unknown as [string, string, string, string];
  if (scheme !== scheme.toLowerCase()) return 'has an upper-case scheme';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host !== host.toLowerCase()) return 'has an upper-case host name';
  if ((scheme === 'http' && host.endsWith(':80')) || (scheme === 'https' && host.endsWith(':443'))) return 'names the default port';
  if (/%[0-9A-F]?[a-f]/.test(value)) return 'has lower-case percent escapes';
  if (path === '' && authority !== '') return 'has no path (write "/" after the host)';
  return null;
}
