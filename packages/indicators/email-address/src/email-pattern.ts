/**
 * The domain part of ThreatConnect's EmailAddress pattern (recorded reply,
 * 2021), `(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])`,
 * written as one pass (the regular expression backtracks badly on long
 * inputs): two labels or more of ASCII letters, digits and inner hyphens, the
 * last of at least two characters. No length limits, no underscores.
 */
export function isAcceptedDomain(domain: string): boolean {
  let start = 0;
  let labels = 0;
  for (let i = 0; i <= domain.length; i++) {
    const code = i < domain.length ? domain.charCodeAt(i) : 0x2e;
    if (code === 0x2e) {
      if (i === start || domain.charCodeAt(start) === 0x2d || domain.charCodeAt(i - 1) === 0x2d) return false;
      labels++;
      if (i === domain.length) return labels >= 2 && i - start >= 2;
      start = i + 1;
      continue;
    }
    const lower = code | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d)) return false;
  }
  return false;
}
