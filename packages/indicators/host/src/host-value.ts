import type { FieldFix, IndicatorSubject, RuleContext } from '@tclint/core';
import type { HostProblem, HostProblemCode } from '@tclint/hostname';
import { hostAnalysis, type HostAnalysis } from './analyze-host.js';
import { HOST_NAME } from './field.js';

/** The `hostName` of a Host indicator and the package's shared analysis of it. */
export function hostOf(subject: IndicatorSubject, context: RuleContext<unknown>): { raw: string; analysis: HostAnalysis } {
  const raw = subject.values[HOST_NAME] ?? '';
  return { raw, analysis: context.analyze(hostAnalysis, raw) };
}

/** The problems of the analysis with one of the given codes. */
export function problemsWith(analysis: HostAnalysis, codes: readonly HostProblemCode[]): HostProblem[] {
  const { problems } = analysis.normalization;
  return problems.length === 0 ? [] : problems.filter((p) => codes.includes(p.code));
}

/** A problem's repair as a fix: only when the fixes lead to a value ThreatConnect accepts (see `repairable`). */
export function repairOf(analysis: HostAnalysis, problem: HostProblem): FieldFix | undefined {
  return problem.fixed !== undefined && analysis.repairable ? { field: HOST_NAME, value: problem.fixed } : undefined;
}

/** `` (and 2 more labels)`` when a problem is in more than one label. */
export function moreLabels(problem: HostProblem): string {
  const others = (problem.count ?? 1) - 1;
  if (others <= 0) return '';
  return ` (and ${others} more label${others === 1 ? '' : 's'})`;
}
