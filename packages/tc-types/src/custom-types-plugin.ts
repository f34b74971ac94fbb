import { definePlugin, defineRule, findIndicatorType, preview, ruleDocsUrl, SUMMARY_SEPARATOR, type Detection, type IndicatorTypeDeclaration, type Plugin } from '@tclint/core';
import { IndicatorTypes, type FieldFailure } from './indicator-types.js';
import type { IndicatorType } from './model.js';

export interface CustomTypesPluginOptions {
  /** The plugin's namespace (default `custom-types`: its rule is `custom-types/platform-pattern`). */
  namespace?: string;
}

/** How sure inference is of a custom type whose pattern matches a value no standard type's pattern matches: enough to be typed, less than any built-in detector's confident guess. */
export const CUSTOM_TYPE_CONFIDENCE = 0.5;
/** When a standard type's pattern matches the value too: a guess, which a built-in detection beats. */
export const SHARED_PATTERN_CONFIDENCE = 0.3;

const DOCS_URL = ruleDocsUrl('packages/tc-types', 'custom-types/platform-pattern');

/**
 * The custom types of an indicatorTypes reply: the types that are not one of
 * ThreatConnect's twelve standard types (the reply marks some standard types
 * `custom` too, and may spell them in another case).
 */
export function customTypesOf(types: IndicatorTypes): IndicatorType[] {
  return types.types.filter((type) => findIndicatorType(type.name) === undefined);
}

/**
 * A plugin that makes the custom types of a user's ThreatConnect instance
 * checkable: it declares each one (its name, its fields from `keys`, its v2
 * branch), checks their values against the reply's patterns and allowed
 * values (rule `platform-pattern`, error), and infers them from raw values by
 * their patterns, after the built-in types (only the types ThreatConnect's
 * parser detects, `parsable`). `reply` is the reply (raw, as
 * `parseIndicatorTypes` takes it) or its model; a malformed reply throws
 * `IndicatorTypesError`.
 */
export function customTypesPlugin(reply: unknown, options: CustomTypesPluginOptions = {}): Plugin {
  const model = reply instanceof IndicatorTypes ? reply : IndicatorTypes.fromReply(reply);
  const custom = customTypesOf(model);
  const namespace = options.namespace ?? 'custom-types';
  const declarations: IndicatorTypeDeclaration[] = custom.map((type) => ({ name: type.name, fields: type.fields.map((f) => f.name), branch: type.apiBranch }));
  const names = new Set(custom.map((type) => type.name));
  const inferable = custom.filter((type) => type.parsable && type.fields[0]!.patterns.length > 0);

  const platformPattern = defineRule({
    meta: {
      id: 'platform-pattern',
      subject: 'indicator',
      types: custom.map((type) => type.name),
      description: "Values of your instance's custom types match the type's patterns and allowed values (ThreatConnect refuses any other)",
      docsUrl: DOCS_URL,
      messages: {
        mismatch: "ThreatConnect's {{type}} pattern refuses {{field}} {{value}}: your instance accepts only values that match it as a whole ({{pattern}})",
        notAnOption: 'ThreatConnect refuses {{field}} {{value}}: your instance allows only {{options}} for the {{type}} type',
      },
      severity: 'error',
    },
    check(subject, context) {
      if (subject.type === undefined || !names.has(subject.type)) return;
      // a pattern that cannot be translated gives no verdict: loading the reply reports it once (patternProblems)
      for (const failure of model.failures(subject.type, subject.values)) if (failure.verdict.kind !== 'untranslatable') context.report(reportOf(failure));
    },
  });

  function detect(value: string): Detection | undefined {
    const type = inferable.find((candidate) => fits(model, candidate, value));
    if (!type) return undefined;
    const standard = model.typesMatching(value).some((match) => !names.has(match.type.name));
    return { type: type.name, confidence: standard ? SHARED_PATTERN_CONFIDENCE : CUSTOM_TYPE_CONFIDENCE };
  }

  return definePlugin({
    meta: { name: '@tclint/tc-types', namespace },
    types: declarations,
    rules: custom.length ? { 'platform-pattern': platformPattern } : {},
    ...(inferable.length > 0 && { detect }),
  });
}

/** A raw value (a summary for a type of several fields) whose first part matches the type's first field and whose other parts pass theirs. */
function fits(model: IndicatorTypes, type: IndicatorType, value: string): boolean {
  const parts = type.fields.length === 1 ? [value] : value.split(SUMMARY_SEPARATOR);
  if (parts.length > type.fields.length) return false;
  return parts.every((part, i) => {
    const verdict = model.checkField(type.fields[i]!, part);
    return verdict.kind === 'match' || (i > 0 && verdict.kind === 'unchecked');
  });
}

function reportOf({ type, field, value, verdict }: FieldFailure) {
  const base = { type: type.name, field: field.name, value: preview(value) };
  if (verdict.kind === 'not-an-option') return { messageId: 'notAnOption', data: { ...base, options: verdict.options.join(', ') }, field: field.name };
  const patterns = verdict.kind === 'mismatch' ? verdict.patterns : [verdict.pattern];
  return { messageId: 'mismatch', data: { ...base, pattern: preview(patterns.join(' | '), { max: 120, quote: false }) }, field: field.name };
}
