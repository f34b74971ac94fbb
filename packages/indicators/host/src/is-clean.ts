import type { IndicatorSubject } from '@tclint/core';
import { isKnownTopLevelDomain, isPlainHostName, topLevelDomainOf } from '@tclint/hostname';
import { indicatorTypesOf, recordedIndicatorTypes } from '@tclint/tc-types';
import { HOST_NAME } from './field.js';
import { hostPatternTldRefusal } from './host-pattern.js';

/**
 * True when a Host is already in the form ThreatConnect stores and no rule of
 * the package reports anything: a lower-case LDH name (one pass, no IDNA
 * tables) of two or more labels, ending in a real top-level domain that the
 * Host pattern accepts. With a user's own Host pattern (settings), only when
 * it is the recorded one.
 */
export function isCleanHost(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const name = subject.values[HOST_NAME];
  if (name === undefined || !isPlainHostName(name)) return false;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  const tld = topLevelDomainOf(name);
  return hostPatternTldRefusal(tld) === undefined && isKnownTopLevelDomain(tld) && usesRecordedPattern(settings);
}

/** The user's instance (settings) checks Hosts with the recorded pattern, or gives none. */
function usesRecordedPattern(settings: Readonly<Record<string, unknown>>): boolean {
  const types = indicatorTypesOf(settings);
  const recorded = recordedIndicatorTypes();
  if (types === recorded) return true;
  const mine = types.type('Host')?.regexes ?? [];
  const theirs = recorded.type('Host')?.regexes ?? [];
  return mine.length === theirs.length && mine.every((pattern, i) => pattern === theirs[i]);
}
