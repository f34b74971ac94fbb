import { AnalysisMemo } from './analysis-memo.js';
import type { AnalysisContext } from './analysis.js';
import { applyChanges, fieldValue, sameFixableContent } from './apply-fix.js';
import { resolveConfig, type ResolvedConfig } from './config.js';
import { ENGINE_RULES, describeThrown, engineMessage, internalError, redactChange, render, type Finding } from './engine-messages.js';
import { inferType, type Inference } from './infer.js';
import { indicatorPreparer, Prepared } from './prepare-indicator.js';
import { redact, secretsOf } from './redact.js';
import { countMessages, type AppliedChange, type LintMessage, type LintResult } from './result.js';
import { routeSelector, ruleRunner, runRoute, type Collecting, type Route } from './rule-dispatch.js';
import type { Config, FieldFix, Fix } from './rule.js';
import type { Subject } from './subject.js';
import type { TypeTable } from './type-table.js';

export { ENGINE_RULES } from './engine-messages.js';

export interface EngineOptions {
  config: Config;
  /** How many fix passes at most before giving up (default 10). */
  maxPasses?: number;
  /**
   * Let plugins' `isClean` settle an indicator that is already clean in one
   * call, skipping its rules (default true). The rule tester turns it off to
   * test the rules themselves. It also lets plugins' `settle` give, in one
   * call, the fixes `fix` would make of an indicator that needs only fixes.
   */
  cleanPath?: boolean;
}

type Results<S extends Subject, Source> = Source extends AsyncIterable<unknown> ? AsyncGenerator<LintResult<S>> : Generator<LintResult<S>>;

export interface Engine {
  readonly config: ResolvedConfig;
  /** The indicator types this engine knows: the standard ones and its plugins' (`config.types`). */
  readonly types: TypeTable;
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
  // Each rule's context is made once; its `report` adds to the findings of the run in progress,
  // and its `analyze` reads the analyses of the subject in progress.
  const collecting: Collecting & { memo: AnalysisMemo | undefined } = { findings: undefined, memo: undefined };
  const analyses: AnalysisContext = {
    analyze(analysis, input) {
      const memo = collecting.memo;
      return memo === undefined ? analysis.analyze(input) : memo.get(analysis, input);
    },
  };
  const runners = config.rules.map((active) => ruleRunner(active, config.settings, collecting, analyses));
  const routeOf = routeSelector(runners, config.types, config.settings, options.cleanPath ?? true);
  const prepareIndicator = indicatorPreparer(config.types, config.plugins, analyses);
  const subjectMemo = new AnalysisMemo();

  /** Starts the analyses of one subject; a check inside a rule's check gets its own. */
  function beginSubject(): AnalysisMemo | undefined {
    const outer = collecting.memo;
    collecting.memo = outer === undefined ? subjectMemo : new AnalysisMemo();
    return outer;
  }

  function endSubject(outer: AnalysisMemo | undefined): void {
    collecting.memo!.clear();
    collecting.memo = outer;
  }

  function run(subject: Subject, route: Route): Finding[] {
    const findings: Finding[] = [];
    const outer = collecting.findings;
    collecting.findings = findings;
    try {
      runRoute(route, subject, findings);
    } finally {
      collecting.findings = outer;
    }
    return findings;
  }

  function check<S extends Subject>(input: S): LintResult<S> {
    const outer = beginSubject();
    try {
      let subject = input;
      let notes: LintMessage[] | undefined;
      if (input.kind === 'indicator') {
        const prepared = prepareIndicator(input);
        if (prepared instanceof Prepared) {
          if (prepared.stop) return result(prepared.subject as S, prepared.notes, []);
          subject = prepared.subject as S;
          notes = prepared.notes;
        } else subject = prepared as S;
      }
      const route = routeOf(subject);
      if (notes === undefined && route.isClean !== undefined && route.isClean(subject as never)) return cleanResult(subject);
      const messages = render(run(subject, route), secretsOf(subject));
      return result(subject, notes === undefined ? messages : [...notes, ...messages], []);
    } finally {
      endSubject(outer);
    }
  }

  function fix<S extends Subject>(input: S): LintResult<S> {
    const outer = beginSubject();
    try {
      let subject = input;
      let notes: LintMessage[] = [];
      if (input.kind === 'indicator') {
        const prepared = prepareIndicator(input);
        if (prepared instanceof Prepared) {
          if (prepared.stop) return result(prepared.subject as S, prepared.notes, []);
          subject = prepared.subject as S;
          notes = prepared.notes;
        } else subject = prepared as S;
      }
      const route = routeOf(subject);
      if (notes.length === 0 && route.isClean !== undefined && route.isClean(subject as never)) return cleanResult(subject);
      const settled = route.settle?.(subject as never, maxPasses);
      if (settled !== undefined) return result(subject, notes.length ? [...notes] : [], settled.changes, settled.output as S);
      return fixInPasses(subject, route, notes);
    } finally {
      endSubject(outer);
    }
  }

  function fixInPasses<S extends Subject>(subject: S, route: Route, notes: LintMessage[]): LintResult<S> {
    let current = subject;
    const secrets = secretsOf(current);
    const changes: AppliedChange[] = [];
    const finish = (messages: LintMessage[]) => result(subject, notes.length ? [...notes, ...messages] : messages, changes, current);
    // The states fixing went through, to catch rules that undo each other; most subjects need no fix.
    const states: { subject: S; changes: number }[] = [];
    for (let pass = 1; ; pass++) {
      const findings = run(current, route);
      const picked = pickFixes(findings);
      if (picked.length === 0) return finish(render(findings, secrets));
      if (pass > maxPasses) {
        const trouble = engineMessage(ENGINE_RULES.fixLimit, `Fixes did not settle after ${maxPasses} passes; stopped (rules: ${ruleIds(changes).join(', ')})`);
        return finish([...render(findings, secrets), trouble]);
      }
      if (states.length === 0) states.push({ subject: current, changes: 0 });
      let next: S;
      try {
        next = applyChanges(current, picked.map((p) => p.change));
      } catch (error) {
        const culprits = [...new Set(picked.map((p) => p.ruleId))].join(', ');
        const trouble = internalError(culprits, `a fix from ${culprits} could not be applied: ${describeThrown(error)}`, undefined);
        return finish([...render(findings, secrets), redactTrouble(trouble, secrets)]);
      }
      for (const { ruleId, change } of picked) changes.push(redactChange({ ruleId, field: change.field, from: fieldValue(current, change.field), to: change.value }, secrets));
      current = next;
      const earlier = states.find((state) => sameFixableContent(state.subject, current));
      if (earlier !== undefined) {
        const cycle = ruleIds(changes.slice(earlier.changes));
        const trouble = engineMessage(ENGINE_RULES.fixCycle, `Rules undo each other's fixes (${cycle.join(', ')}); stopped after ${pass} passes`);
        return finish([...render(run(current, route), secrets), trouble]);
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
    types: config.types,
    check,
    fix,
    checkAll: (source) => all(source, check) as never,
    fixAll: (source) => all(source, fix) as never,
    infer: (value) => inferType(value, config.plugins, analyses),
  };
}

function redactTrouble(message: LintMessage, secrets: readonly string[]): LintMessage {
  return secrets.length ? { ...message, message: redact(message.message, secrets) } : message;
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

/** The result of a subject its plugins settled in one call: the same shape, nothing to say, nothing changed. */
function cleanResult<S extends Subject>(subject: S): LintResult<S> {
  return { subject, messages: [], changes: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}
