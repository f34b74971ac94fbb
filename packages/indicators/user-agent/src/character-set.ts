import { defineAnalysis } from '@tclint/core';

/** The most characters ThreatConnect's User Agent pattern accepts (`{1,256}`). */
export const MAX_USER_AGENT_LENGTH = 256;

/** RIGHT SINGLE QUOTATION MARK, which ThreatConnect's User Agent character set has where the ASCII apostrophe would be. */
export const TYPOGRAPHIC_APOSTROPHE = '\u2019';

/**
 * Whether ThreatConnect's User Agent pattern, `[A-Za-z0-9 /().,!"#$%&’*+-\;:<>=?@\[\]{}^_`|~]{1,256}`,
 * accepts the character: printable ASCII but the apostrophe and the backslash (its `+-\;` is
 * the range `+` to `;`), and U+2019.
 */
export function isUserAgentCharacter(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e && code !== 0x27 && code !== 0x5c) || code === 0x2019;
}

/** What ThreatConnect's User Agent pattern finds wrong with a value's characters and length. */
export interface UserAgentScan {
  /** Code points, as Java counts the pattern's `{1,256}`. */
  length: number;
  /** The first character outside the set that is no control character (those are control-characters'), inside the value once trimmed. */
  inside?: number;
  /** Else the first such character in the whitespace around the value, which trimming removes. */
  surrounding?: number;
}

/** One pass over a User Agent String. */
export function scanUserAgent(value: string): UserAgentScan {
  // in a value that is only whitespace, every character is inside: trimming would leave nothing
  const trimmedEnd = value.trimEnd().length;
  const end = trimmedEnd === 0 ? value.length : trimmedEnd;
  const start = trimmedEnd === 0 ? 0 : value.length - value.trimStart().length;
  const scan: UserAgentScan = { length: 0 };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        scan.length++;
        if (scan.inside === undefined) record(scan, i, start, end);
        i++;
        continue;
      }
    }
    scan.length++;
    if (scan.inside === undefined && !isUserAgentCharacter(code) && !isControl(code)) record(scan, i, start, end);
  }
  return scan;
}

/** The engine's shared analysis of `scanUserAgent`. */
export const userAgentScan = defineAnalysis('user-agent/scan', scanUserAgent);

function record(scan: UserAgentScan, index: number, start: number, end: number): void {
  if (index >= start && index < end) scan.inside = index;
  else scan.surrounding ??= index;
}

/** Control characters are user-agent/control-characters' to report. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
