/**
 * Whether a value is an IP address, and which version: the IPv4 forms a URL
 * parser accepts (WHATWG: one to four parts, each decimal, octal `0..` or hex
 * `0x..`; one trailing dot), or an IPv6 address with or without brackets and
 * zone id. Such a value is an Address indicator, not a Host; whether it is in
 * ThreatConnect's form is the Address package's business.
 */
export function ipAddressKind(value: string): 4 | 6 | undefined {
  if (value.startsWith('[') && value.endsWith(']')) return isIpv6(value.slice(1, -1)) ? 6 : undefined;
  if (value.includes(':')) return isIpv6(value) ? 6 : undefined;
  return isIpv4(value) ? 4 : undefined;
}

const MAX_IPV4 = 2 ** 32;

export function isIpv4(value: string): boolean {
  // every part is a number, so the first starts with a digit: most names stop here
  const first = value.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return false;
  const parts = value.split('.', 6);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return false;
  const numbers: number[] = [];
  for (const part of parts) {
    const n = ipv4Number(part);
    if (n === undefined) return false;
    numbers.push(n);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255)) return false;
  return last < 256 ** (5 - parts.length);
}

/** One IPv4 part in decimal, octal (leading 0) or hex (0x); undefined when it is not a number or too big for any address. */
function ipv4Number(part: string): number | undefined {
  if (part === '') return undefined;
  let radix = 10;
  let digits = part;
  if (part.length >= 2 && part[0] === '0' && (part[1] === 'x' || part[1] === 'X')) {
    radix = 16;
    digits = part.slice(2);
  } else if (part.length >= 2 && part[0] === '0') {
    radix = 8;
    digits = part.slice(1);
  }
  let n = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digitValue(digits.charCodeAt(i));
    if (d === undefined || d >= radix) return undefined;
    n = n * radix + d;
    // too big for any IPv4 part: no address, whatever follows
    if (n >= MAX_IPV4) return undefined;
  }
  return n;
}

function digitValue(code: number): number | undefined {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return undefined;
}

/** The longest IPv6 text without zone: eight groups of four hex digits and seven colons is 39; with an IPv4 tail, 45. */
const MAX_IPV6 = 45;
const MAX_ZONE = 64;

/** An IPv6 address in any RFC 4291 text form, optionally with a `%zone` suffix. */
export function isIpv6(value: string): boolean {
  let address = value;
  const percent = value.indexOf('%');
  if (percent >= 0) {
    const zone = value.slice(percent + 1);
    if (zone === '' || zone.length > MAX_ZONE || /[\s/%\]]/.test(zone)) return false;
    address = value.slice(0, percent);
  }
  if (address.length < 2 || address.length > MAX_IPV6) return false;
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const compressed = halves.length === 2;
  const head = groupsOf(halves[0]!);
  const tail = compressed ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  // an IPv4 part may only end the text: not before "::", not before another group
  const lastOfText = compressed && tail.length === 0 ? -1 : all.length - 1;
  if (all.some((g, i) => g.includes('.') && i !== lastOfText)) return false;
  let count = 0;
  for (const group of all) {
    if (group.includes('.')) {
      if (!isStrictIpv4(group)) return false;
      count += 2;
    } else if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return false;
    else count += 1;
  }
  return compressed ? count <= 7 : count === 8;
}

function groupsOf(text: string): string[] | undefined {
  if (text === '') return [];
  const groups = text.split(':');
  return groups.includes('') ? undefined : groups;
}

/** Dotted decimal with four parts 0..255 and no leading zeros (the only IPv4 form inside IPv6). */
function isStrictIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}
