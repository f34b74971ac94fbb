// Hand-written for the clean path: says in one pass, without allocating, that a block or address needs no change.
const COLON = 58;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_A = 97;
const LOWER_F = 102;

/**
 * True when `text[start, end)` is an IPv6 address in ThreatConnect's form
 * (eight groups of lowercase hex without leading zeros, a zero group as `0`)
 * whose bits after the first `prefix` are all zero: the network address of
 * its `/prefix` block (any address for 128). One pass, no allocation.
 */
export function isThreatConnectIPv6Network(text: string, start: number, end: number, prefix: number): boolean {
  if (end - start > 39 || end - start < 15) return false;
  let group = 0;
  let value = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i === end ? COLON : text.charCodeAt(i);
    if (c === COLON) {
      if (digits === 0 || group === 8) return false;
      // the bits of this group that lie after the prefix must be zero
      const kept = prefix - group * 16;
      if (kept < 16 && (kept <= 0 ? value !== 0 : (value & ((1 << (16 - kept)) - 1)) !== 0)) return false;
      group++;
      value = 0;
      digits = 0;
    } else {
      let digit: number;
      if (c >= ZERO && c <= NINE) digit = c - ZERO;
      else if (c >= LOWER_A && c <= LOWER_F) digit = c - LOWER_A + 10;
      else return false;
      if (digits === 4 || (digits === 1 && value === 0)) return false; // a fifth digit, or a leading zero
      value = value * 16 + digit;
      digits++;
    }
  }
  return group === 8;
}

/**
 * True when `text[start, end)` is a strict dotted-decimal IPv4 address (no
 * leading zeros) whose bits after the first `prefix` are all zero: the
 * network address of its `/prefix` block (any address for 32). One pass, no
 * allocation.
 */
export function isIPv4Network(text: string, start: number, end: number, prefix: number): boolean {
  if (end - start > 15 || end - start < 7) return false;
  let octet = 0;
  let value = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i === end ? DOT : text.charCodeAt(i);
    if (c === DOT) {
      if (digits === 0 || octet === 4) return false;
      const kept = prefix - octet * 8;
      if (kept < 8 && (kept <= 0 ? value !== 0 : (value & ((1 << (8 - kept)) - 1)) !== 0)) return false;
      octet++;
      value = 0;
      digits = 0;
    } else {
      if (c < ZERO || c > NINE || (digits === 1 && value === 0)) return false;
      value = value * 10 + (c - ZERO);
      if (value > 255) return false;
      digits++;
    }
  }
  return octet === 4;
}
