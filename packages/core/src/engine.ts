import { applyChanges, fieldValue, sameFixableContent } from './apply-fix.js';
import { resolveConfig, type ActiveRule, type ResolvedConfig } from './config.js';
import { inferType, type Inference } from './infer.js';
import { interpolate } from './interpolate.js';
import { redact, secretsOf } from './redact.js';
import { preview } from './text.js';
import { countMessages, type AppliedChange, type LintMessage, type LintResult } from './result.js';
import type { Config, FieldFix, Fix, Report, RuleContext } from './rule.js';
import type { IndicatorSubject, Subject } from './subject.js';
import { valuesFromSummary } from './subjects.js';

/** Ids of the messages the engine itself reports. */
export const ENGINE_RULES = {
  unknownType: 'tclint/unknown-type',
  ambiguousType: 'tclint/ambiguous-type',
  internalError: 'tclint/internal-error',
  fixCycle: 'tclint/fix-cycle',
  fixLimit: 'tclint/fix-limit',
} as const;

export interface EngineOptions {
  config: Config;
  /** How many fix passes at most before giving up (default 10). */
  maxPasses?: number;
}

type Results<S extends Subject, Source> = Source extends AsyncIterable<unknown> ? AsyncGenerator<LintResult<S>> : Generator<LintResult<S>>;

export interface Engine {
  readonly config: ResolvedConfig;
  /** Checks one subject. */
  check<S extends Subject>(subject: S): LintResult<S>;
  /** Fixes one subject in passes, then reports what remains. */
  fix<S extends Subject>(subject: S): LintResult<S>;
  /** Checks a stream of subjects one at a time, without buffering. Sync in, sync out; async in, async out. */
  checkAll<S extends Subject, Source extends Iterable<S> | AsyncIterable<S>>(source: Source): Results<S, Source>;
  fixAll<S extends Subject, Source extends Iterable<S> | AsyncIterable<S>>(source: Source): Results<S, Source>;
  /** Infers the type of a raw indicator value. */
  infer(value: string): Inference;
}

/** Creates the rule engine from a flat config. Throws `ConfigError` when the config is invalid. */
export function createEngine(options: EngineOptions): Engine {
  const config = resolveConfig(options.config);
  const maxPasses = options.maxPasses ?? 10;
  // Each rule's context is made once; its `report` adds to the findings of the run in progress.
  const collecting: { findings: Finding[] | undefined } = { findings: undefined };
  const select = ruleSelector(config.rules.map((active) => ruleRunner(active, config.settings, collecting)));

  function run(subject: Subject): Finding[] {
    const findings: Finding[] = [];
    const outer = collecting.findings;
    collecting.findings = findings;
    try {
      for (const runner of select(subject)) runRule(runner, subject, findings);
    } finally {
      collecting.findings = outer;
    }
    return findings;
  }

  function prepare<S extends Subject>(subject: S): { subject: S; messages: LintMessage[] } {
    if (subject.kind !== 'indicator' || subject.type !== undefined) return { subject, messages: [] };
    return typeIndicator(subject, config) as { subject: S; messages: LintMessage[] };
  }

  function check<S extends Subject>(input: S): LintResult<S> {
    const { subject, messages } = prepare(input);
    if (messages.length) return result(subject, messages, []);
    return result(subject, render(run(subject), secretsOf(subject)), []);
  }

  function fix<S extends Subject>(input: S): LintResult<S> {
    const prepared = prepare(input);
    if (prepared.messages.length) return result(prepared.subject, prepared.messages, []);
    let current = prepared.subject;
    const secrets = secretsOf(current);
    const changes: AppliedChange[] = [];
    // The states fixing went through, to catch rules that undo each other; most subjects need no fix.
    const states: { subject: S; changes: number }[] = [];
    for (let pass = 1; ; pass++) {
      const findings = run(current);
      const picked = pickFixes(findings);
      if (picked.length === 0) return result(prepared.subject, render(findings, secrets), changes, current);
      if (pass > maxPasses) {
        const trouble = engineMessage(ENGINE_RULES.fixLimit, `Fixes did not settle after ${maxPasses} passes; stopped (rules: ${ruleIds(changes).join(', ')})`);
        return result(prepared.subject, [...render(findings, secrets), trouble], changes, current);
      }
      if (states.length === 0) states.push({ subject: current, changes: 0 });
      let next: S;
      try {
        next = applyChanges(current, picked.map((p) => p.change));
      } catch (error) {
        const culprits = [...new Set(picked.map((p) => p.ruleId))].join(', ');
        const trouble = internalError(culprits, `a fix from ${culprits} could not be applied: ${describeThrown(error)}`, undefined);
        return result(prepared.subject, [...render(findings, secrets), trouble], changes, current);
      }
      for (const { ruleId, change } of picked) changes.push(redactChange({ ruleId, field: change.field, from: fieldValue(current, change.field), to: change.value }, secrets));
      current = next;
      const earlier = states.find((state) => sameFixableContent(state.subject, current));
      if (earlier !== undefined) {
        const cycle = ruleIds(changes.slice(earlier.changes));
        const trouble = engineMessage(ENGINE_RULES.fixCycle, `Rules undo each other's fixes (${cycle.join(', ')}); stopped after ${pass} passes`);
        return result(prepared.subject, [...render(run(current), secrets), trouble], changes, current);
      }
      states.push({ subject: current, changes: changes.length });
    }
  }

  function all<S extends Subject>(source: Iterable<S> | AsyncIterable<S>, each: (s: S) => LintResult<S>) {
    if (Symbol.asyncIterator in source) {
      return (async function* () {
        for await (const subject of source) yield each(subject);
      })();
    }
    return (function* () {
      for (const subject of source) yield each(subject);
    })();
  }

  return {
    config,
    check,
    fix,
    checkAll: (source) => all(source, check) as never,
    fixAll: (source) => all(source, fix) as never,
    infer: (value) => inferType(value, config.plugins),
  };
}

function ruleSelector(rules: readonly RuleRunner[]) {
  const byKind = new Map<string, RuleRunner[]>();
  const byType = new Map<string, RuleRunner[]>();
  const anyType: RuleRunner[] = [];
  for (const runner of rules) {
    const { subject, types } = runner.active.rule.meta;
    if (subject !== 'indicator') byKind.set(subject, [...(byKind.get(subject) ?? []), runner]);
    else if (!types) anyType.push(runner);
    else for (const type of types) byType.set(type, [...(byType.get(type) ?? []), runner]);
  }
  const none: RuleRunner[] = [];
  const cache = new Map<string, RuleRunner[]>();
  return (subject: Subject): readonly RuleRunner[] => {
    if (subject.kind !== 'indicator') return byKind.get(subject.kind) ?? none;
    const type = subject.type ?? '';
    let list = cache.get(type);
    if (!list) {
      list = [...anyType, ...(byType.get(type) ?? [])];
      cache.set(type, list);
    }
    return list;
  };
}

/**
 * What a rule reported, kept raw: messages are rendered only for the pass
 * whose results are returned, not for every fix pass.
 */
type Finding = { active: ActiveRule; report: Report } | { active: ActiveRule; internal: LintMessage };

/** A rule with the context it is run with, made once rather than for every subject and pass. */
interface RuleRunner {
  active: ActiveRule;
  context: RuleContext;
}

function ruleRunner(active: ActiveRule, settings: Readonly<Record<string, unknown>>, collecting: { findings: Finding[] | undefined }): RuleRunner {
  const { ruleId, rule } = active;
  const { meta } = rule;
  const report = (r: Report) => {
    // a report after the rule's check returned has no run to go to
    const findings = collecting.findings;
    if (!findings) return;
    if (meta.messages[r.messageId] === undefined) {
      findings.push({ active, internal: internalError(ruleId, `rule "${ruleId}" reported an unknown messageId "${r.messageId}"`, meta.docsUrl) });
    } else if (r.fix && !meta.fixable) {
      findings.push({ active, internal: internalError(ruleId, `rule "${ruleId}" reported a fix but its meta does not declare fixable: true`, meta.docsUrl) });
    } else {
      findings.push({ active, report: r });
    }
  };
  return { active, context: { id: ruleId, options: active.options, settings, report } };
}

function runRule({ active, context }: RuleRunner, subject: Subject, findings: Finding[]) {
  try {
    active.rule.check(subject as never, context);
  } catch (error) {
    findings.push({ active, internal: internalError(active.ruleId, `rule "${active.ruleId}" failed: ${describeThrown(error)}`, active.rule.meta.docsUrl) });
  }
}

/** What a rule threw, as text; a thrown value may not even convert to a string. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'a value that cannot be shown';
  }
}

function render(findings: readonly Finding[], secrets: readonly string[]): LintMessage[] {
  return findings.map((finding) => ('internal' in finding ? redactMessage(finding.internal, secrets) : toMessage(finding.active, finding.report, secrets)));
}

function toMessage({ ruleId, rule, severity }: ActiveRule, r: Report, secrets: readonly string[]): LintMessage {
  const { meta } = rule;
  const message: LintMessage = {
    ruleId,
    severity: severity === 'warn' ? 'warning' : 'error',
    messageId: r.messageId,
    message: redact(interpolate(meta.messages[r.messageId]!, r.data), secrets),
  };
  if (r.data) message.data = redactData(r.data, secrets);
  if (r.field !== undefined) message.field = r.field;
  if (r.fix) message.fix = r.fix;
  if (meta.docsUrl) message.docsUrl = meta.docsUrl;
  if (meta.classId) message.classId = meta.classId;
  if (r.evidence) message.evidence = r.evidence.map((e) => redact(e, secrets));
  if (r.remedies) message.remedies = r.remedies.map((e) => redact(e, secrets));
  return message;
}

function redactMessage(message: LintMessage, secrets: readonly string[]): LintMessage {
  return secrets.length ? { ...message, message: redact(message.message, secrets) } : message;
}

function redactData(data: Record<string, unknown>, secrets: readonly string[]): Record<string, unknown> {
  if (secrets.length === 0) return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[key] = typeof value === 'string' ? redact(value, secrets) : value;
  return out;
}

function redactChange(change: AppliedChange, secrets: readonly string[]): AppliedChange {
  if (secrets.length === 0) return change;
  return { ...change, from: change.from === undefined ? undefined : redact(change.from, secrets), to: redact(change.to, secrets) };
}

function internalError(ruleId: string, message: string, docsUrl: string | undefined): LintMessage {
  const m: LintMessage = { ruleId, severity: 'error', messageId: ENGINE_RULES.internalError, message, internal: true };
  if (docsUrl) m.docsUrl = docsUrl;
  return m;
}

function engineMessage(ruleId: string, message: string): LintMessage {
  return { ruleId, severity: 'error', message };
}

/** One change per field per pass, first reported first; a multi-field fix is taken whole or not at all. */
function pickFixes(findings: readonly Finding[]): { ruleId: string; change: FieldFix }[] {
  const picked: { ruleId: string; change: FieldFix }[] = [];
  let taken: Set<string> | undefined;
  for (const finding of findings) {
    const fix = 'report' in finding ? finding.report.fix : undefined;
    if (!fix) continue;
    taken ??= new Set();
    const changes = asChanges(fix);
    if (changes.some((c) => taken!.has(c.field))) continue;
    for (const change of changes) {
      taken.add(change.field);
      picked.push({ ruleId: finding.active.ruleId, change });
    }
  }
  return picked;
}

export function asChanges(fix: Fix): readonly FieldFix[] {
  return Array.isArray(fix) ? fix : [fix as FieldFix];
}

function ruleIds(changes: readonly AppliedChange[]): string[] {
  return [...new Set(changes.map((c) => c.ruleId))];
}

function result<S extends Subject>(subject: S, messages: LintMessage[], changes: AppliedChange[], output?: S): LintResult<S> {
  // One literal with a fixed shape: spreading a fresh object is slow on Node 20's V8, and this runs per subject.
  const counts = countMessages(messages);
  const r: LintResult<S> = {
    subject,
    messages,
    changes,
    errorCount: counts.errorCount,
    warningCount: counts.warningCount,
    fixableErrorCount: counts.fixableErrorCount,
    fixableWarningCount: counts.fixableWarningCount,
  };
  if (output && changes.length) r.output = output;
  return r;
}

function typeIndicator(subject: IndicatorSubject, config: ResolvedConfig): { subject: IndicatorSubject; messages: LintMessage[] } {
  const raw = subject.raw ?? '';
  const inference = inferType(raw, config.plugins);
  if (inference.status === 'inferred') {
    return { subject: { ...subject, type: inference.type, values: valuesFromSummary(inference.type, raw) }, messages: [] };
  }
  if (inference.status === 'unknown') {
    return { subject, messages: [engineMessage(ENGINE_RULES.unknownType, `Cannot tell the indicator type of ${preview(raw)}; no loaded package recognizes it. Give the type explicitly.`)] };
  }
  const candidates = inference.candidates.map((c) => `${c.type} (${c.confidence})`).join(', ');
  return { subject, messages: [engineMessage(ENGINE_RULES.ambiguousType, `The indicator type of ${preview(raw)} is ambiguous: could be ${candidates}. Give the type explicitly.`)] };
}
