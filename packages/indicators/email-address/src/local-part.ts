import { findControlCharacter, preview } from '@tclint/core';
import { problem, type EmailProblem } from './problems.js';

const MAX_LOCAL_OCTETS = 64;
const ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

/**
 * The checks on the local part (RFC 5321/5322, with RFC 6531's non-ASCII
 * characters): at most 64 octets; no control characters; unquoted, only
 * letters, digits, `!#$%&'*+-/=?^_\`{|}~` and non-ASCII characters, in
 * dot-separated words. Its case and spelling are never changed.
 */
export function localPartProblems(local: string, quoted: boolean, shown: () => string): EmailProblem[] {
  const problems: EmailProblem[] = [];
  // message data is built only for a problem found (the previews are the costly part), each written out in full
  let shownLocal: string | undefined;
  const previewLocal = () => (shownLocal ??= preview(local));
  const octets = utf8Length(local);
  if (octets > MAX_LOCAL_OCTETS) problems.push(problem('local-part', 'tooLong', { value: shown(), length: String(octets) }));
  const control = findControlCharacter(local);
  if (control) problems.push(problem('local-part', 'controlCharacter', { value: shown(), local: previewLocal(), char: control.name }));
  if (quoted) {
    const close = closingQuote(local);
    if (close < local.length - 1) {
      problems.push(problem('local-part', 'invalidCharacter', { value: shown(), local: previewLocal(), char: preview(charAt(local, close + 1)), hint: '; a quoted local part must end with its closing quote' }));
    }
    return problems;
  }
  const bad = firstInvalid(local);
  if (bad >= 0 && !(control && control.index === bad)) problems.push(problem('local-part', 'invalidCharacter', { value: shown(), local: previewLocal(), char: preview(charAt(local, bad)), hint: hintFor(local) }));
  const where = dotProblem(local);
  if (where) problems.push(problem('local-part', 'dots', { value: shown(), local: previewLocal(), where }));
  return problems;
}

const NOTHING_SHOWN = () => '';

/** True when the local part has no problem no rule fixes (all local-part problems are unfixable). */
export function isPlausibleLocalPart(local: string, quoted: boolean): boolean {
  return local !== '' && localPartProblems(local, quoted, NOTHING_SHOWN).length === 0;
}

function firstInvalid(local: string): number {
  for (let i = 0; i < local.length; i++) {
    const code = local.charCodeAt(i);
    if (code >= 0x80) {
      if (!isAcceptableNonAscii(local, i)) return i;
      if (code >= 0xd800 && code <= 0xdbff) i++;
      continue;
    }
    const letterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (!letterOrDigit && code !== 0x2e && !ATEXT_SYMBOLS.includes(local[i]!)) return i;
  }
  return -1;
}

/** Non-ASCII letters and symbols are allowed (RFC 6531); whitespace, C1 controls and lone surrogates are not. */
function isAcceptableNonAscii(text: string, i: number): boolean {
  const code = text.codePointAt(i)!;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code <= 0x9f) return false;
  return !isUnicodeSpace(code);
}

/** The non-ASCII characters `\s` matches. */
function isUnicodeSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
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

function closingQuote(local: string): number {
  let i = 1;
  while (i < local.length && local.charCodeAt(i) !== 0x22) i += local.charCodeAt(i) === 0x5c ? 2 : 1;
  return i;
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
