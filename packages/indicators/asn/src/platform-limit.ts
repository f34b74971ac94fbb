/** The largest AS number ThreatConnect's ASN pattern, `[Aa][Ss][Nn][1-4]?\d{1,8}`, accepts: nine digits, the first 1-4. */
export const MAX_THREATCONNECT_ASN = 499_999_999;

/**
 * Whether ThreatConnect's ASN pattern accepts a number written with these
 * digits (leading zeros included): at most eight, or nine of which the first
 * is 1-4. `ASN00000012` passes, `ASN000000012` does not.
 */
export function patternAcceptsDigits(digits: number, first: number): boolean {
  return digits <= 8 || (digits === 9 && first >= 0x31 && first <= 0x34);
}

/** The digits of a plain AS number as written (leading zeros included), and the first one's code. */
export function writtenDigits(value: string): { count: number; first: number } {
  let count = 0;
  let first = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x30 || code > 0x39) continue;
    if (count === 0) first = code;
    count++;
  }
  return { count, first };
}
