import ipaddr from 'ipaddr.js';

/** Longer text is no IP address we would call one (an IPv6 address with a zone id fits in far less). */
const MAX_IP_TEXT = 256;

/**
 * Whether a value is an IP address, and which version, as ipaddr.js reads it:
 * IPv4 in the forms inet_aton accepts (one to four parts, each decimal, octal
 * `0..` or hex `0x..`; one trailing dot allowed, as URL parsers allow it), or
 * an IPv6 address with or without brackets and zone id. Such a value is an
 * Address indicator, not a host name; whether it is in ThreatConnect's form
 * is the Address package's business.
 */
export function ipAddressKind(value: string): 4 | 6 | undefined {
  if (value.length === 0 || value.length > MAX_IP_TEXT) return undefined;
  if (value.charCodeAt(0) === 0x5b) {
    if (value.charCodeAt(value.length - 1) !== 0x5d) return undefined;
    const inner = value.slice(1, -1);
    return mayBeAddressText(inner) && ipaddr.IPv6.isValid(inner) ? 6 : undefined;
  }
  if (value.indexOf(':') >= 0) return mayBeAddressText(value) && ipaddr.IPv6.isValid(value) ? 6 : undefined;
  // every IPv4 form starts with a digit: most names stop here
  const first = value.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return undefined;
  const text = value.charCodeAt(value.length - 1) === 0x2e ? value.slice(0, -1) : value;
  return mayBeAddressText(text) && ipaddr.IPv4.isValid(text) ? 4 : undefined;
}

/**
 * False when ipaddr.js's patterns cannot match: outside a zone id (after
 * `%`) they hold only hex digits, the `x` of a hex part, dots and colons.
 * ipaddr.js finds out by throwing, which costs far more than this look
 * (a defanged `1.2.3[.]4` in a URL's host, a name starting with a digit).
 */
function mayBeAddressText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x25) return true; // % and a zone id: left to ipaddr.js
    const lower = code | 0x20;
    if (!((code >= 0x30 && code <= 0x3a) || code === 0x2e || (lower >= 0x61 && lower <= 0x66) || lower === 0x78)) return false;
  }
  return true;
}
