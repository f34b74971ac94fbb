import type { IndicatorSubject } from '@tclint/core';
import { analyzeUrl, type UrlProblem, type UrlProblemCode } from './analyze-url.js';
import { preview } from '@tclint/core';
import { TEXT } from './field.js';

/** The problems of a URL indicator's `text` with the given codes, and the value as messages show it. */
export function urlProblems(subject: IndicatorSubject, codes: readonly UrlProblemCode[]): { raw: string; value: string; problems: UrlProblem[] } {
  const raw = subject.values[TEXT] ?? '';
  const problems = analyzeUrl(raw).problems.filter((p) => codes.includes(p.code));
  return { raw, value: problems.length ? preview(raw) : '', problems };
}
