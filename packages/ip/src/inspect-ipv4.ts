const ZERO = 48;
const NINE = 57;

/** What is wrong with an IPv4-looking address that is not strict dotted decimal; each names the first such part. */
export interface IPv4Issues {
  /** Number of dot-separated parts when it is not four. */
  count?: number;
  /** A part written in hex (`0x0a`). */
  hexOctet?: string;
  /** A decimal part with a leading zero (`010`, `00`), which some parsers read as octal. */
  leadingZeros?: string;
  /** A decimal part above 255. */
  octetRange?: string;
  /** A decimal part of more than three digits (`0010`, `1000`). */
  longOctet?: string;
}

/** What `inspectIPv4` found: the octets of a strict address, or the issues of one that is not. */
export type IPv4Inspection = { octets: number[]; issues?: undefined } | { octets?: undefined; issues: IPv4Issues };

/** Longest address text worth reading; longer text is not an IP address in any notation. */
export const MAX_ADDRESS_LENGTH = 64;

/**
 * Reads an IPv4-looking address leniently, to say what is wrong with it.
 * Returns undefined when the text does not look like an IPv4 address at all
 * (empty parts, letters, too long); `{ octets }` when it is strict; otherwise
 * the issues found (no octets: octal, hex and short forms are ambiguous).
 */
export function inspectIPv4(text: string): IPv4Inspection | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_ADDRESS_LENGTH) return undefined;
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
      if (part.length > 3) {
        issues.longOctet ??= part;
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
    const c = part.charCodeAt(i);
    if (!((c >= ZERO && c <= NINE) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))) return false;
  }
  return true;
}
