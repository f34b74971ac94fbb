const DOT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * Scans `text[start, end)` as a strict dotted-decimal IPv4 address (four
 * octets 0..255, no leading zeros, nothing else) into `out[offset..offset+3]`.
 * Returns false, leaving `out` partly written, when the text is anything else.
 */
export function scanIPv4Strict(text: string, start: number, end: number, out: Uint16Array | number[], offset = 0): boolean {
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
      out[offset + count++] = octet;
      octet = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  if (digits === 0 || count !== 3) return false;
  out[offset + 3] = octet;
  return true;
}

/**
 * The four octets of a strict dotted-decimal IPv4 address (`10.0.0.1`), or
 * undefined for anything else: leading zeros (`010.0.0.1`), hex (`0x0a...`),
 * short forms (`10.1`), whitespace, ports, prefixes.
 */
export function parseIPv4Strict(text: string): [number, number, number, number] | undefined {
  if (typeof text !== 'string') return undefined;
  const octets: [number, number, number, number] = [0, 0, 0, 0];
  return scanIPv4Strict(text, 0, text.length, octets) ? octets : undefined;
}

/** What is wrong with an IPv4-looking address that is not strict dotted decimal. */
export interface IPv4Issues {
  /** Number of dot-separated parts when it is not four. */
  count?: number;
  /** First octet written in hex (`0x0a`). */
  hexOctet?: string;
  /** First octet with a leading zero (`010`, `00`). */
  leadingZeros?: string;
  /** First decimal octet above 255. */
  octetRange?: string;
}

/** Longest address text worth reading; longer text is not an IP address in any notation. */
export const MAX_ADDRESS_LENGTH = 64;

/**
 * Reads an IPv4-looking address leniently, to say what is wrong with it.
 * Returns undefined when the text does not look like an IPv4 address at all
 * (empty parts, letters, too long); `{ octets }` when it is strict; otherwise
 * the issues found (no octets: such forms are ambiguous and never fixed).
 */
export function inspectIPv4(text: string): { octets?: number[]; issues?: IPv4Issues } | undefined {
  if (text.length === 0 || text.length > MAX_ADDRESS_LENGTH) return undefined;
  const parts = text.split('.');
  const issues: IPv4Issues = {};
  let found = false;
  for (const part of parts) {
    if (isHexOctet(part)) {
      issues.hexOctet ??= part;
      found = true;
    } else if (isDecimal(part)) {
      if (part.length > 1 && part.charCodeAt(0) === ZERO) {
        issues.leadingZeros ??= part;
        found = true;
      } else if (Number(part) > 255) {
        issues.octetRange ??= part;
        found = true;
      }
    } else {
      return undefined;
    }
  }
  if (parts.length !== 4) {
    issues.count = parts.length;
    found = true;
  }
  if (found) return { issues };
  return { octets: parts.map(Number) };
}

function isDecimal(part: string): boolean {
  if (part.length === 0) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

function isHexOctet(part: string): boolean {
  if (part.length < 3 || part[0] !== '0' || (part[1] !== 'x' && part[1] !== 'X')) return false;
  for (let i = 2; i < part.length; i++) {
    const c = part.charCodeAt(i) | 0x20; // ASCII lowercase
    if (!((c >= ZERO && c <= NINE) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
