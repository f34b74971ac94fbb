import { compileJavaRegex, JavaRegexError, type JavaRegex } from '@tclint/java-regex';
import type { IndicatorType, IndicatorTypeField } from './model.js';
import { parseReply } from './parse.js';

/** How a field's value fares against the platform's definition of the field. */
export type FieldVerdict =
  /** The whole value matches this pattern (the first of the field's patterns that does), and is one of the options if any. */
  | { readonly kind: 'match'; readonly pattern?: string }
  /** No pattern of the field matches the whole value: ThreatConnect refuses it. */
  | { readonly kind: 'mismatch'; readonly patterns: readonly string[] }
  /** The value is not one of the field's allowed values (`value<N>Option`). */
  | { readonly kind: 'not-an-option'; readonly options: readonly string[] }
  /** The reply gives the field neither patterns nor options: nothing to check. */
  | { readonly kind: 'unchecked' }
  /** No pattern matched, and one could not be compiled (Java refuses it, or it is not translatable): no verdict. */
  | { readonly kind: 'untranslatable'; readonly pattern: string; readonly error: JavaRegexError };

/** A field whose value ThreatConnect refuses (or that cannot be judged), for a rule's message. */
export interface FieldFailure {
  readonly type: IndicatorType;
  readonly field: IndicatorTypeField;
  readonly value: string;
  readonly verdict: Exclude<FieldVerdict, { kind: 'match' } | { kind: 'unchecked' }>;
}

/** A type, and the field whose pattern a raw value matches. */
export interface TypeMatch {
  readonly type: IndicatorType;
  readonly field: IndicatorTypeField;
  readonly pattern: string;
}

export interface TypesMatchingOptions {
  /** Only the types ThreatConnect's parser detects (`parsable`), as the platform infers types (default true). */
  parsableOnly?: boolean;
}

/**
 * A validated indicatorTypes reply: the types, looked up by name, and their patterns applied to
 * whole values as Java applies them. Patterns are compiled on first use and cached here.
 */
export class IndicatorTypes {
  readonly types: readonly IndicatorType[];
  /** The reply's `_about` text, if any. */
  readonly about?: string;
  private readonly byName = new Map<string, IndicatorType>();
  private readonly byLowerName = new Map<string, IndicatorType>();
  private readonly compiled = new Map<string, JavaRegex | JavaRegexError>();

  private constructor(types: readonly IndicatorType[], about: string | undefined) {
    this.types = types;
    if (about !== undefined) this.about = about;
    for (const type of types) {
      this.byName.set(type.name, type);
      if (!this.byLowerName.has(type.name.toLowerCase())) this.byLowerName.set(type.name.toLowerCase(), type);
    }
  }

  /**
   * A model of a reply of `GET /v2/types/indicatorTypes?includeAdditional=true`, as ThreatConnect
   * sends it (`{"status":"Success","data":{"indicatorType":[...]}}`) or bare (`{"indicatorType":[...]}`).
   * Throws IndicatorTypesError listing every problem with its JSON path.
   */
  static fromReply(json: unknown): IndicatorTypes {
    const { types, about } = parseReply(json);
    return new IndicatorTypes(types, about);
  }

  /** The type of that name: spelled exactly first, then in any case. */
  type(name: string): IndicatorType | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** A field of a type: by its name exactly, by `value<N>` (v3 custom types), then by name in any case. */
  field(type: IndicatorType | string, name: string): IndicatorTypeField | undefined {
    const definition = typeof type === 'string' ? this.type(type) : type;
    if (!definition) return undefined;
    const valueN = /^value([1-9]\d*)$/.exec(name);
    return (
      definition.fields.find((f) => f.name === name) ??
      (valueN ? definition.fields[Number(valueN[1]) - 1] : undefined) ??
      definition.fields.find((f) => f.name.toLowerCase() === name.toLowerCase())
    );
  }

  /** The pattern compiled as Java compiles it, or why it cannot be (cached per model). */
  compiledPattern(pattern: string): JavaRegex | JavaRegexError {
    let regex = this.compiled.get(pattern);
    if (!regex) {
      try {
        regex = compileJavaRegex(pattern);
      } catch (error) {
        if (!(error instanceof JavaRegexError)) throw error;
        regex = error;
      }
      this.compiled.set(pattern, regex);
    }
    return regex;
  }

  /** Does the value of this field match the platform's definition (a whole-value pattern match, an allowed value)? */
  checkField(field: IndicatorTypeField, value: string): FieldVerdict {
    if (field.options && !field.options.includes(value)) return { kind: 'not-an-option', options: field.options };
    if (field.patterns.length === 0) return field.options ? { kind: 'match' } : { kind: 'unchecked' };
    let untranslatable: { pattern: string; error: JavaRegexError } | undefined;
    for (const pattern of field.patterns) {
      const regex = this.compiledPattern(pattern);
      if (regex instanceof JavaRegexError) untranslatable ??= { pattern, error: regex };
      else if (regex.matches(value)) return { kind: 'match', pattern };
    }
    if (untranslatable) return { kind: 'untranslatable', ...untranslatable };
    return { kind: 'mismatch', patterns: field.patterns };
  }

  /**
   * Checks a value of field `fieldName` of type `typeName`. Undefined when the type or the field is
   * unknown to this reply.
   */
  check(typeName: string, fieldName: string, value: string): FieldVerdict | undefined {
    const type = this.type(typeName);
    const field = type && this.field(type, fieldName);
    return field ? this.checkField(field, value) : undefined;
  }

  /**
   * The fields of an indicator whose values the platform refuses (or that cannot be judged), in key
   * order: each with the patterns or options it fails. Fields without a value are not checked
   * (whether a field is required is not in the reply). Empty when the type is unknown.
   */
  failures(typeName: string, values: Readonly<Record<string, string | undefined>>): FieldFailure[] {
    const type = this.type(typeName);
    if (!type) return [];
    const out: FieldFailure[] = [];
    for (const field of type.fields) {
      const value = values[field.name] ?? values[`value${field.index}`];
      if (value === undefined) continue;
      const verdict = this.checkField(field, value);
      if (verdict.kind !== 'match' && verdict.kind !== 'unchecked') out.push({ type, field, value, verdict });
    }
    return out;
  }

  /**
   * The types (and fields) whose pattern matches the whole raw value, in the reply's order: what
   * the value could be. By default only the types ThreatConnect's parser detects (`parsable`).
   */
  typesMatching(value: string, options: TypesMatchingOptions = {}): TypeMatch[] {
    const parsableOnly = options.parsableOnly ?? true;
    const out: TypeMatch[] = [];
    for (const type of this.types) {
      if (parsableOnly && !type.parsable) continue;
      for (const field of type.fields) {
        const pattern = field.patterns.find((p) => {
          const regex = this.compiledPattern(p);
          return !(regex instanceof JavaRegexError) && regex.matches(value);
        });
        if (pattern !== undefined && (!field.options || field.options.includes(value))) out.push({ type, field, pattern });
      }
    }
    return out;
  }

  /** Every pattern of the reply that cannot be compiled, with why: Java refuses it, or it is not translatable. */
  patternProblems(): Array<{ type: IndicatorType; pattern: string; error: JavaRegexError }> {
    return this.types.flatMap((type) =>
      type.regexes.flatMap((pattern) => {
        const regex = this.compiledPattern(pattern);
        return regex instanceof JavaRegexError ? [{ type, pattern, error: regex }] : [];
      }),
    );
  }
}

/** Reads an indicatorTypes reply (see IndicatorTypes.fromReply). */
export function parseIndicatorTypes(json: unknown): IndicatorTypes {
  return IndicatorTypes.fromReply(json);
}
