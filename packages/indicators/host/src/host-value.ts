import type { IndicatorSubject } from '@tclint/core';
import { preview } from '@tclint/core';
import { HOST_NAME } from './field.js';
import { normalizeHost } from './normalize-host.js';
import type { HostProblem, HostProblemCode } from './problem.js';

/** The problems of a Host indicator's `hostName` with the given codes, and the value as messages show it. */
export function hostProblems(subject: IndicatorSubject, codes: readonly HostProblemCode[]): { raw: string; value: string; problems: HostProblem[] } {
  const raw = subject.values[HOST_NAME] ?? '';
  const all = normalizeHost(raw).problems;
  if (all.length === 0) return { raw, value: '', problems: [] }; // most names: every rule asks, none has anything
  const problems = all.filter((p) => codes.includes(p.code));
  return { raw, value: problems.length ? preview(raw) : '', problems };
}

/** `` (and 2 more labels)`` when a problem is in more than one label. */
export function moreLabels(problem: HostProblem): string {
  const others = (problem.count ?? 1) - 1;
  if (others <= 0) return '';
  return ` (and ${others} more label${others === 1 ? '' : 's'})`;
}
