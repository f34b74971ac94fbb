import type { IndicatorSubject } from '@tclint/core';
import { findDefangs, mayHaveDefangs } from './find-defangs.js';
import { MAX_REFANGED_LENGTH, valueField } from './types.js';

/**
 * True when the value has no defanged part, so no rule of the package reports
 * anything: one native scan for brackets and an `hxxp` start, which nearly
 * every value passes; only a value with a bracket is looked at closer. This is
 * what lets Host, URL, Address, CIDR and EmailAddress values take the engine's
 * clean path.
 */
export function isCleanDefanged(subject: IndicatorSubject): boolean {
  const field = subject.type === undefined ? undefined : valueField(subject.type);
  if (field === undefined) return true;
  const value = subject.values[field];
  if (typeof value !== 'string' || value.length > MAX_REFANGED_LENGTH || !mayHaveDefangs(value)) return true;
  return findDefangs(value).length === 0;
}
