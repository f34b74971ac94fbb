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
    return ipaddr.IPv6.isValid(value.slice(1, -1)) ? 6 : undefined;
  }
  if (value.indexOf(':') >= 0) return ipaddr.IPv6.isValid(value) ? 6 : undefined;
  // every IPv4 form starts with a digit: most names stop here
  const first = value.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return undefined;
  const text = value.charCodeAt(value.length - 1) === 0x2e ? value.slice(0, -1) : value;
  return ipaddr.IPv4.isValid(text) ? 4 : undefined;
}
