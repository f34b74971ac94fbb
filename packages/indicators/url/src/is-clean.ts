import type { IndicatorSubject } from '@tclint/core';
import { isPlainHostName, topLevelDomainOf } from '@tclint/hostname';
import { indicatorTypesOf, recordedIndicatorTypes } from '@tclint/tc-types';
import { TEXT } from './field.js';
import { ACCEPTED_TAIL, isAcceptedPort, isAcceptedTld, isDottedDecimal } from './url-pattern.js';

const PREFIX = /^(?:https?|s?ftp):\/\//;

/**
 * True when a URL is already in the form ThreatConnect accepts and stores and
 * no rule of the package reports anything: a lower-case accepted scheme, a
 * lower-case LDH host name (no IDNA tables) ending in an accepted top-level
 * domain or a dotted decimal IPv4 address, an accepted port, and a path,
 * query and fragment of the characters the pattern allows.
 */
export function isCleanUrl(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[TEXT];
  if (value === undefined) return false;
  const prefix = PREFIX.exec(value);
  if (!prefix) return false;
  const start = prefix[0].length;
  let end = start;
  while (end < value.length) {
    const code = value.charCodeAt(end);
    if (code === 0x2f || code === 0x3f || code === 0x23) break;
    end++;
  }
  if (value.length - start < 4) return false;
  const authority = value.slice(start, end);
  const colon = authority.indexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  if (colon >= 0 && !isAcceptedPort(authority.slice(colon + 1))) return false;
  // the URL pattern accepts underscores in labels (not in the top-level domain), and the host normalization only notes them
  const ldh = host.includes('_') ? host.replace(/_/g, 'a') : host;
  if (!isDottedDecimal(host) && !(isPlainHostName(ldh) && isAcceptedTld(topLevelDomainOf(host)))) return false;
  return ACCEPTED_TAIL.test(value.slice(end)) && usesRecordedPattern(settings);
}

/** The user's instance (settings) checks URLs with the recorded pattern, or gives none. */
function usesRecordedPattern(settings: Readonly<Record<string, unknown>>): boolean {
  const types = indicatorTypesOf(settings);
  const recorded = recordedIndicatorTypes();
  if (types === recorded) return true;
  const mine = types.type('URL')?.regexes ?? [];
  const theirs = recorded.type('URL')?.regexes ?? [];
  return mine.length === theirs.length && mine.every((pattern, i) => pattern === theirs[i]);
}
