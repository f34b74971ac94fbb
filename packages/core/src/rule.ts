import type { Analysis, AnalysisContext } from './analysis.js';
import type { ShapePredicate } from './shape.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import type { IndicatorSubject, Subject, SubjectKind } from './subject.js';
import type { IndicatorTypeDeclaration } from './type-table.js';

export type SubjectOf<K extends SubjectKind> = Extract<Subject, { kind: K }>;

/** Default severity of a rule; `warn` reports as `warning`. */
export type RuleSeverity = 'error' | 'warn';

/** A fix sets one field of the subject to a new value. */
export interface FieldFix {
  /** Indicator: a ThreatConnect field name. Exchange: `request.headers.<Name>`. App: a file path. */
  field: string;
  value: string;
}

/** A fix is one field change or several that must be applied together. */
export type Fix = FieldFix | readonly FieldFix[];

export interface RuleMeta<K extends SubjectKind = SubjectKind> {
  /** Id within its plugin; the full id is `<namespace>/<id>`. */
  id: string;
  subject: K;
  /** For indicator rules: the ThreatConnect types the rule applies to (all when absent). */
  types?: readonly string[];
  description: string;
  docsUrl?: string;
  /** Message templates by id, with `{{placeholders}}`. */
  messages: Record<string, string>;
  fixable?: boolean;
  severity?: RuleSeverity;
  /** A Standard Schema for the rule's options; a rule without one takes no options. */
  options?: StandardSchemaV1;
  /** For error-class rules: the class a diagnosis belongs to (`signature`, `timestamp`, ...). */
  classId?: string;
  /**
   * A backstop rule (a catch-all such as a platform pattern) runs after the
   * others and its reports are dropped where another active rule already
   * reported an error on the same field of the subject in that pass (a report
   * without a field counts for every field).
   */
  backstop?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, unknown>;
  /** The field the problem is in. */
  field?: string;
  fix?: Fix;
  /** Error-class rules: what was found, as measured facts. */
  evidence?: readonly string[];
  /** Error-class rules: what to do about it. */
  remedies?: readonly string[];
}

export interface RuleContext<Options = unknown> {
  /** Full rule id, `<namespace>/<id>`. */
  id: string;
  options: Options;
  /** Shared settings from the config. */
  settings: Readonly<Record<string, unknown>>;
  report(report: Report): void;
  /**
   * The result of an analysis of `input`, computed once per input for the
   * subject in hand (a check, or every pass of one fix) and shared by every
   * rule that asks; a fixed field is a new input, so it is analysed again.
   */
  analyze<Input, Result>(analysis: Analysis<Input, Result>, input: Input): Result;
}

export interface Rule<K extends SubjectKind = SubjectKind, Options = unknown> {
  meta: RuleMeta<K>;
  check(subject: SubjectOf<K>, context: RuleContext<Options>): void;
}

/** Any rule, whatever its subject kind (for collections). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;

export interface Detection {
  /** ThreatConnect type name. */
  type: string;
  /** 0..1. Below 0.5 means "could be"; the engine then reports the value as ambiguous. */
  confidence: number;
}

export interface PluginMeta {
  name: string;
  version?: string;
  /** Prefix of the plugin's rule ids. */
  namespace: string;
}

/** What the engine passes `detect`: analyses made there are shared with the rules that check the value next. */
export type DetectContext = AnalysisContext;

export interface Plugin {
  meta: PluginMeta;
  rules: Record<string, AnyRule>;
  configs?: Record<string, ConfigEntry>;
  /**
   * Infers the type of a raw value. The engine passes a context whose
   * `analyze` shares its results with the rules that check the value next;
   * called directly (in tests, by other code) there may be none.
   */
  detect?: (value: string, context?: DetectContext) => Detection | undefined;
  /**
   * False when `detect` certainly recognizes nothing of this shape (`SHAPE`
   * bits of the value, and its length), so the engine need not ask it; see
   * `shapeFilter`. A plugin without it is always asked.
   */
  mayDetect?: ShapePredicate;
  /**
   * True only when the indicator is already in ThreatConnect's stored form and
   * no rule of this plugin, at its default options, would report anything on
   * it (with these settings). The engine then skips the rules, fix passes and
   * result building for it. It must be cheap (one pass over the value) and
   * may say false whenever it is unsure.
   */
  isClean?: (subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>) => boolean;
  /**
   * The fixes this plugin's rules would make, in one call: the changes that
   * `fix` would apply to the indicator pass by pass (one per pass, in order),
   * when every rule of the plugin for its type is active at its default
   * options, in the plugin's order; the last value must check clean for
   * every rule of the plugin (with these settings). Undefined whenever that
   * is not certain (a problem without a fix, an unusual notation): the rules
   * then run as usual. The engine uses it in `fix` only (a check must give
   * the rules' messages); `testSettle` of the rule tester holds it against
   * the rules.
   */
  settle?: (subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>) => Settlement | undefined;
  /** Indicator types the plugin adds to the engine's table (custom types of a ThreatConnect instance). */
  types?: readonly IndicatorTypeDeclaration[];
}

/** One fix a rule of the plugin would make: `rule` is its id within the plugin (`ipv6-form`). */
export interface SettledChange {
  rule: string;
  field: string;
  value: string;
}

/** What `settle` says of an indicator: the changes the rules would make, in the order of their passes. */
export interface Settlement {
  changes: readonly SettledChange[];
}

export type SeverityLevel = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSetting = SeverityLevel | readonly [SeverityLevel, unknown?];

/** One entry of a flat config; later entries override earlier ones. */
export interface ConfigEntry {
  name?: string;
  plugins?: Record<string, Plugin>;
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
}

export type Config = ConfigEntry | readonly ConfigEntry[];
