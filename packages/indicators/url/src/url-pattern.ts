/*
 * What ThreatConnect's URL pattern (recorded reply, 2021) asks, outside the
 * host name: `(?:https?|s?ftp)://` in lower case; a host name or a dotted
 * decimal IPv4 address, never userinfo or an IPv6 literal; a port 1..65535
 * without leading zeros; then path, query and fragment of RFC 3986
 * characters: `(?:/[P]*)*(?:\?[Q]*#?)?(?:\#[Q]+)?` with P and Q below.
 */

/** The schemes the pattern accepts, in the lower case it requires. */
export const ACCEPTED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'sftp']);

const PATH_CHARS = "-a-zA-Z0-9_.~%!$&'()*+,;=:@";
/** Path, query and fragment as the pattern accepts them (ASCII classes: JavaScript and Java agree). */
export const ACCEPTED_TAIL = new RegExp(`^(?:/[${PATH_CHARS}]*)*(?:\\?[${PATH_CHARS}/?]*#?)?(?:#[${PATH_CHARS}/?]+)?$`);

/** A character that may stand in a path or query as it is (`?` and `#` aside). */
export function isTailChar(code: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return true;
  return code < 0x80 && "-_.~%!$&'()*+,;=:@/".includes(String.fromCharCode(code));
}

/** A port as the pattern accepts it: 1..65535, no leading zero. */
export function isAcceptedPort(port: string): boolean {
  return /^[1-9][0-9]{0,4}$/.test(port) && Number(port) <= 65535;
}

/** A dotted decimal IPv4 address as the pattern accepts it: four numbers 0..255 without leading zeros. */
export function isDottedDecimal(host: string): boolean {
  return /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/.test(host);
}

/** The last label of a host name as the pattern accepts it: 2..24 of a-z, 0-9 and hyphens, starting and ending with a letter. */
export function isAcceptedTld(tld: string): boolean {
  return /^[a-z][-a-z0-9]{0,22}[a-z]$/.test(tld);
}

/**
 * The path, query and fragment with every character the pattern refuses
 * percent-encoded as UTF-8 (a raw space is `%20`, `é` is `%C3%A9`, a second
 * `#` is `%23`), and an empty fragment dropped: the form a browser puts on the
 * request line, which the pattern accepts. Undefined when there is no such
 * form (a lone surrogate, a tail that does not start with `/`, `?` or `#`).
 */
export function encodedTail(tail: string): string | undefined {
  const first = tail.charCodeAt(0);
  if (tail !== '' && first !== 0x2f && first !== 0x3f && first !== 0x23) return undefined;
  const hash = tail.indexOf('#');
  const before = hash < 0 ? tail : tail.slice(0, hash);
  let out = encode(before);
  if (out === undefined) return undefined;
  if (hash >= 0) {
    const fragment = encode(tail.slice(hash + 1));
    if (fragment === undefined) return undefined;
    out += fragment === '' && !before.includes('?') ? '' : `#${fragment}`;
  }
  return ACCEPTED_TAIL.test(out) ? out : undefined;
}

/** `%XX` for each ASCII code the pattern refuses; undefined for those it accepts as they are (`?` included). */
const ASCII_ESCAPES: readonly (string | undefined)[] = Array.from({ length: 0x80 }, (_, code) =>
  isTailChar(code) || code === 0x3f ? undefined : `%${code.toString(16).toUpperCase().padStart(2, '0')}`,
);

function encode(text: string): string | undefined {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escaped: string | undefined;
    if (code < 0x80) {
      escaped = ASCII_ESCAPES[code];
      if (escaped === undefined) continue;
    } else {
      const point = text.codePointAt(i)!;
      if (point >= 0xd800 && point <= 0xdfff) return undefined;
      const char = String.fromCodePoint(point);
      escaped = encodeURIComponent(char);
      if (char.length === 2) {
        parts.push(text.slice(last, i), escaped);
        last = i + 2;
        i++;
        continue;
      }
    }
    parts.push(text.slice(last, i), escaped);
    last = i + 1;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
