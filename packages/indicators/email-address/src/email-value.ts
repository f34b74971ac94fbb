import type { FieldFix, IndicatorSubject, RuleContext } from '@tclint/core';
import { preview } from '@tclint/core';
import { emailAnalysis, type EmailAnalysis } from './analyze.js';
import { ADDRESS } from './field.js';

/** The `address` of an EmailAddress indicator and the package's shared analysis of it. */
export function emailOf(subject: IndicatorSubject, context: RuleContext<unknown>): { raw: string; analysis: EmailAnalysis } {
  const value = subject.values[ADDRESS];
  const raw = typeof value === 'string' ? value : '';
  return { raw, analysis: context.analyze(emailAnalysis, raw) };
}

/** The value with its domain replaced by a repaired domain, everything else kept. */
export function withDomain(raw: string, analysis: EmailAnalysis, domain: string): string {
  const parts = analysis.parts!;
  return raw.slice(0, parts.at + 1) + domain + raw.slice(parts.end);
}

/** A repaired value as a fix of the `address` field. */
export function fixOf(value: string): FieldFix {
  return { field: ADDRESS, value };
}

/** The data every domain message starts with. */
export function domainData(raw: string, analysis: EmailAnalysis): { value: string; domain: string } {
  return { value: preview(raw), domain: preview(analysis.domain?.text ?? '') };
}
