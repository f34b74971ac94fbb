import type { IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { isUserAgentCharacter, MAX_USER_AGENT_LENGTH } from './character-set.js';
import { USER_AGENT_STRING } from './field.js';

/**
 * True when a User Agent String is already as ThreatConnect stores it and no
 * rule of the package reports it: 1..256 characters of its set (printable
 * ASCII but ' and \, and ’), no space at either end. One pass over the value
 * (and, with a user's own indicatorTypes reply, its pattern).
 */
export function isCleanUserAgent(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[USER_AGENT_STRING];
  if (value === undefined || value.length === 0 || value.length > MAX_USER_AGENT_LENGTH) return false;
  if (value.charCodeAt(0) === 0x20 || value.charCodeAt(value.length - 1) === 0x20) return false;
  for (let i = 0; i < value.length; i++) if (!isUserAgentCharacter(value.charCodeAt(i))) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('User Agent', subject.values).length === 0;
}
