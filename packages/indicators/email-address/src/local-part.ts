import { findControlCharacter } from '@tclint/core';

const MAX_LOCAL_OCTETS = 64;
const ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

/** What can be wrong with a local part. */
export type LocalFinding =
  /** More than 64 octets (RFC 5321): ThreatConnect's pattern has no such limit. */
  | { kind: 'too-long'; octets: number }
  | { kind: 'control'; name: string }
  /** A quoted local part (`"john doe"`): ThreatConnect's pattern refuses quotes. */
  | { kind: 'quoted' }
  /** A character outside ThreatConnect's set (ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~``); `hint` says what the value probably is. */
  | { kind: 'character'; char: string; hint: string; nonAscii: boolean }
  | { kind: 'dots'; where: string };

/**
 * The checks on the local part: ThreatConnect's EmailAddress pattern accepts
 * dot-separated words of ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~``;
 * quoted local parts and non-ASCII characters (RFC 6531) are refused. Longer
 * than 64 octets (RFC 5321) is noted. Its case and spelling are never changed.
 */
export function localPartFindings(local: string, quoted: boolean): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const octets = utf8Length(local);
  if (octets > MAX_LOCAL_OCTETS) findings.push({ kind: 'too-long', octets });
  const control = findControlCharacter(local);
  if (control) findings.push({ kind: 'control', name: control.name });
  if (quoted) {
    findings.push({ kind: 'quoted' });
    return findings;
  }
  const bad = firstInvalid(local);
  if (bad >= 0 && !(control && control.index === bad)) findings.push({ kind: 'character', char: charAt(local, bad), hint: hintFor(local), nonAscii: local.charCodeAt(bad) > 0x7f });
  const where = dotProblem(local);
  if (where) findings.push({ kind: 'dots', where });
  return findings;
}

/** A local part ThreatConnect accepts and that looks like a mailbox: for type inference, which needs positive evidence (`/xwunThedic` is a URL path). */
export function isPlausibleLocalPart(local: string, quoted: boolean): boolean {
  if (local === '' || local.charCodeAt(0) === 0x2f) return false;
  // a quoted or internationalized local part is a mailbox still, which ThreatConnect refuses: typed, so that the rules say so
  return localPartFindings(local, quoted).every((f) => f.kind === 'too-long' || f.kind === 'quoted' || (f.kind === 'character' && f.nonAscii && f.hint === '' && !/\s/u.test(f.char)));
}

function firstInvalid(local: string): number {
  for (let i = 0; i < local.length; i++) {
    const code = local.charCodeAt(i);
    if (code >= 0x80) return i;
    const letterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (!letterOrDigit && code !== 0x2e && !ATEXT_SYMBOLS.includes(local[i]!)) return i;
  }
  return -1;
}

function dotProblem(local: string): string | undefined {
  if (local.startsWith('.')) return 'starts with a dot';
  if (local.endsWith('.')) return 'ends with a dot';
  if (local.includes('..')) return 'has two dots in a row';
  return undefined;
}

const MAILTO = /^mailto:/i;

function hintFor(local: string): string {
  if (MAILTO.test(local)) return '; write the address without the "mailto:" prefix';
  if (local.includes('<')) return '; write the address alone, without a display name or angle brackets';
  if (/\[(?:at|@)\]|\((?:at|@)\)/i.test(local)) return '; it looks defanged: write "@" for "[at]"';
  return '';
}

function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0xfffd);
}

/** Octets in UTF-8 (a lone surrogate counts as the 3 octets of U+FFFD). */
function utf8Length(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) octets += 1;
    else if (code < 0x800) octets += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}
