import { defineRule, preview, type AnyRule } from '@tclint/core';
import type { FieldFailure } from './indicator-types.js';
import { indicatorTypesOf } from './settings.js';

export interface PlatformPatternRuleOptions {
  /** The ThreatConnect type the rule checks (`CIDR`, `Registry Key`). */
  type: string;
  docsUrl?: string;
}

/**
 * The catch-all rule of an indicator package: a value ThreatConnect's own pattern (or list of
 * allowed values) for the type refuses is an error. A backstop: it stays quiet on a field that an
 * explanatory rule of the package already reports as an error, so users read the precise message.
 * The definitions come from `settings.indicatorTypes` (the user's instance), else the recorded reply.
 */
export function platformPatternRule({ type, docsUrl }: PlatformPatternRuleOptions): AnyRule {
  return defineRule({
    meta: {
      id: 'platform-pattern',
      subject: 'indicator',
      types: [type],
      description: `${type} values match ThreatConnect's own ${type} pattern (the platform refuses any other)`,
      ...(docsUrl !== undefined && { docsUrl }),
      messages: {
        mismatch: "ThreatConnect's {{type}} pattern refuses {{field}} {{value}}: the platform accepts only values that match it as a whole ({{pattern}})",
        notAnOption: "ThreatConnect refuses {{field}} {{value}}: the {{type}} type allows only {{options}}",
      },
      severity: 'error',
      backstop: true,
    },
    check(subject, context) {
      const types = indicatorTypesOf(context.settings);
      // a pattern that cannot be translated gives no verdict here: loading the reply reports it once (patternProblems)
      for (const failure of types.failures(subject.type ?? type, subject.values)) if (failure.verdict.kind !== 'untranslatable') context.report(reportOf(failure));
    },
  });
}

function reportOf({ type, field, value, verdict }: FieldFailure) {
  const base = { type: type.name, field: field.name, value: preview(value) };
  if (verdict.kind === 'not-an-option') return { messageId: 'notAnOption', data: { ...base, options: verdict.options.join(', ') }, field: field.name };
  const patterns = verdict.kind === 'mismatch' ? verdict.patterns : [verdict.pattern];
  return { messageId: 'mismatch', data: { ...base, pattern: preview(patterns.join(' | '), { max: 120, quote: false }) }, field: field.name };
}
