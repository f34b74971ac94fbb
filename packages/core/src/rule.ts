import type { StandardSchemaV1 } from './standard-schema.js';
import type { Subject, SubjectKind } from './subject.js';

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

export interface Plugin {
  meta: PluginMeta;
  rules: Record<string, AnyRule>;
  configs?: Record<string, ConfigEntry>;
  /** Infers the type of a raw value. */
  detect?: (value: string) => Detection | undefined;
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
