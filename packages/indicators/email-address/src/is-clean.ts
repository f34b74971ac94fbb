import type { IndicatorSubject } from '@tclint/core';
import { isKnownTopLevelDomain, isPlainHostName, topLevelDomainOf } from '@tclint/hostname';
import { indicatorTypesOf, recordedIndicatorTypes } from '@tclint/tc-types';
import { ADDRESS } from './field.js';

const MAX_LOCAL = 64;

/**
 * True when an address is already in the form ThreatConnect accepts and
 * stores and no rule of the package reports anything: a dot-atom local part
 * of ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~`` (at most 64), one `@`,
 * and a lower-case LDH domain of two labels or more (no IDNA tables) ending
 * in a real top-level domain.
 */
export function isCleanEmailAddress(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[ADDRESS];
  if (value === undefined) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at > MAX_LOCAL || value.indexOf('@', at + 1) >= 0 || !isDotAtom(value, at)) return false;
  const domain = value.slice(at + 1);
  if (!isPlainHostName(domain) || domain.indexOf('.') < 0) return false;
  const tld = topLevelDomainOf(domain);
  return tld.length >= 2 && isKnownTopLevelDomain(tld) && usesRecordedPattern(settings);
}

function isDotAtom(value: string, end: number): boolean {
  if (value.charCodeAt(0) === 0x2e || value.charCodeAt(end - 1) === 0x2e) return false;
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x2e) {
      if (value.charCodeAt(i + 1) === 0x2e) return false;
      continue;
    }
    const letterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (!letterOrDigit && "!#$%&'*+-/=?^_`{|}~".indexOf(value[i]!) < 0) return false;
  }
  return true;
}

/** The user's instance (settings) checks addresses with the recorded pattern, or gives none. */
function usesRecordedPattern(settings: Readonly<Record<string, unknown>>): boolean {
  const types = indicatorTypesOf(settings);
  const recorded = recordedIndicatorTypes();
  if (types === recorded) return true;
  const mine = types.type('EmailAddress')?.regexes ?? [];
  const theirs = recorded.type('EmailAddress')?.regexes ?? [];
  return mine.length === theirs.length && mine.every((pattern, i) => pattern === theirs[i]);
}
