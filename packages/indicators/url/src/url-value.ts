import type { IndicatorSubject, RuleContext } from '@tclint/core';
import { urlAnalysis, type UrlProblem, type UrlProblemCode } from './analyze-url.js';
import { TEXT } from './field.js';

/** The `text` of a URL indicator and its problems with the given codes, from the package's shared analysis. */
export function urlProblems(subject: IndicatorSubject, context: RuleContext<unknown>, codes: readonly UrlProblemCode[]): { raw: string; problems: UrlProblem[] } {
  const raw = subject.values[TEXT] ?? '';
  const { problems } = context.analyze(urlAnalysis, raw);
  return { raw, problems: problems.length === 0 ? [] : problems.filter((p) => codes.includes(p.code)) };
}
