import type { DetectContext, Plugin } from './rule.js';
import { ENGINE_RULES, engineMessage } from './engine-messages.js';
import { INDICATOR_TYPES, type IndicatorTypeInfo } from './indicator-types.js';
import { inferType } from './infer.js';
import type { LintMessage } from './result.js';
import type { IndicatorSubject } from './subject.js';
import { preview } from './text.js';
import type { TypeAlias } from './type-aliases.js';
import type { TypeTable } from './type-table.js';

/** An indicator made ready for its rules, with what the engine has to say about it; `stop` when no rule can check it. */
export class Prepared {
  constructor(
    readonly subject: IndicatorSubject,
    readonly notes: LintMessage[],
    readonly stop: boolean,
  ) {}
}

const STANDARD_NAMES = new Set(INDICATOR_TYPES.map((info) => info.name));

/**
 * Makes an indicator ready for its rules: infers the type of an untyped one,
 * and reads the type name of a typed one with the engine's table (aliases are
 * checked as their ThreatConnect type, with a warning; unknown names are an
 * error). The subject comes back as it was when there is nothing to do.
 */
export function indicatorPreparer(table: TypeTable, plugins: readonly Plugin[], analyses: DetectContext) {
  function typed(subject: IndicatorSubject, type: string): IndicatorSubject | Prepared {
    if (STANDARD_NAMES.has(type)) return subject;
    const resolution = table.resolve(type);
    if (!resolution) return new Prepared(subject, [unknownType(type, table.suggest(type))], true);
    const { info, alias } = resolution;
    const values = fitValues(subject, info, type);
    const ready: IndicatorSubject = info.name === type && values === subject.values ? subject : { ...subject, type: info.name, values };
    return alias ? new Prepared(ready, [aliasNote(type, alias)], false) : ready;
  }

  /** Values a helper split without knowing the type (a plugin's type, `value1..3` of a v3 body) go into its fields. */
  function fitValues(subject: IndicatorSubject, info: IndicatorTypeInfo, type: string): Record<string, string> {
    const { values } = subject;
    for (const field of info.fields) if (values[field] !== undefined) return values;
    if (subject.raw !== undefined) return table.valuesFromSummary(type, subject.raw);
    let renamed: Record<string, string> | undefined;
    info.fields.forEach((field, i) => {
      const value = values[`value${i + 1}`];
      if (value !== undefined) (renamed ??= {})[field] = value;
    });
    return renamed ?? values;
  }

  function untyped(subject: IndicatorSubject): IndicatorSubject | Prepared {
    const raw = subject.raw ?? '';
    const inference = inferType(raw, plugins, analyses);
    if (inference.status === 'inferred') return typed({ ...subject, type: inference.type, values: table.valuesFromSummary(inference.type, raw) }, inference.type);
    if (inference.status === 'unknown') {
      return new Prepared(subject, [engineMessage(ENGINE_RULES.unknownType, `Cannot tell the indicator type of ${preview(raw)}; no loaded package recognizes it. Give the type explicitly.`)], true);
    }
    const candidates = inference.candidates.map((c) => `${c.type} (${c.confidence})`).join(', ');
    return new Prepared(subject, [engineMessage(ENGINE_RULES.ambiguousType, `The indicator type of ${preview(raw)} is ambiguous: could be ${candidates}. Give the type explicitly.`)], true);
  }

  return (subject: IndicatorSubject): IndicatorSubject | Prepared => (subject.type === undefined ? untyped(subject) : typed(subject, subject.type));
}

function unknownType(type: string, suggestion: string | undefined): LintMessage {
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  const data: Record<string, unknown> = { type };
  if (suggestion) data.suggestion = suggestion;
  return engineMessage(
    ENGINE_RULES.unknownType,
    `${preview(type)} is not a ThreatConnect indicator type${hint}, nor one a loaded plugin declares, so nothing can check it. Give a ThreatConnect type name.`,
    data,
  );
}

function aliasNote(type: string, alias: TypeAlias): LintMessage {
  return engineMessage(
    ENGINE_RULES.typeAlias,
    `Type ${preview(type)} is ${alias.vocabulary === 'common' ? 'a common name for' : `what ${alias.vocabulary} calls`} ThreatConnect's "${alias.type}"; it is checked as "${alias.type}", the type name to write for ThreatConnect`,
    { type, canonical: alias.type, vocabulary: alias.vocabulary },
    'warning',
  );
}
