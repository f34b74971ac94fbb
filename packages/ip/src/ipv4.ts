// Hand-written for the one-pass block and address scans (no split, no allocation); ipaddr.js reads octal, hex and short forms that ThreatConnect's patterns refuse.
const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** The four octets of an IPv4 address. */
export type IPv4Octets = [number, number, number, number];

/**
 * Scans `text[start, end)` as a strict dotted-decimal IPv4 address (four
 * octets 0..255, no leading zeros, nothing else) into `out[offset..offset+3]`
 * when `out` is given. Returns false, leaving `out` partly written, when the
 * text is anything else.
 */
export function scanIPv4(text: string, start: number, end: number, out?: Uint16Array | number[], offset = 0): boolean {
  let octet = 0;
  let digits = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      if (digits === 1 && octet === 0) return false; // a leading zero reads as octal in some parsers
      octet = octet * 10 + (c - ZERO);
      if (octet > 255) return false;
      digits++;
    } else if (c === DOT) {
      if (digits === 0 || count === 3) return false;
      if (out) out[offset + count] = octet;
      count++;
      octet = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  if (digits === 0 || count !== 3) return false;
  if (out) out[offset + 3] = octet;
  return true;
}

/**
 * The four octets of a strict dotted-decimal IPv4 address (`10.0.0.1`), or
 * undefined for anything else: leading zeros (`010.0.0.1`), hex (`0x0a...`),
 * short forms (`10.1`), whitespace, ports, prefixes. Never throws.
 */
export function parseIPv4(text: string): IPv4Octets | undefined {
  if (typeof text !== 'string') return undefined;
  const octets: IPv4Octets = [0, 0, 0, 0];
  return scanIPv4(text, 0, text.length, octets) ? octets : undefined;
}

/** True for a strict dotted-decimal IPv4 address, as `parseIPv4` reads it. */
export function isIPv4(text: string): boolean {
  return typeof text === 'string' && scanIPv4(text, 0, text.length);
}
