import type { AnalysisContext } from './analysis.js';
import type { ActiveRule } from './config.js';
import { describeThrown, internalError, type Finding } from './engine-messages.js';
import type { Plugin, Report, RuleContext } from './rule.js';
import { settleCheck, type Settle } from './settle.js';
import type { IndicatorSubject, Subject } from './subject.js';
import type { TypeTable } from './type-table.js';

/** A rule with the context it is run with, made once rather than for every subject and pass. */
export interface RuleRunner {
  active: ActiveRule;
  context: RuleContext;
}

/** Where the findings of the run in progress go; `undefined` between runs. */
export interface Collecting {
  findings: Finding[] | undefined;
}

export function ruleRunner(active: ActiveRule, settings: Readonly<Record<string, unknown>>, collecting: Collecting, analyses: AnalysisContext): RuleRunner {
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
  return { active, context: { id: ruleId, options: active.options, settings, report, analyze: analyses.analyze } };
}

/** The rules a subject gets, backstop rules last, and, when plugins can settle it in one call, how. */
export interface Route {
  runners: readonly RuleRunner[];
  /** Index of the first backstop rule (`runners.length` when there is none). */
  backstopFrom: number;
  /** True when every plugin with active rules for the subject says it is clean; absent when that cannot be asked. */
  isClean: ((subject: IndicatorSubject) => boolean) | undefined;
  /** The changes `fix` would make, asked of the plugins in one call (`Plugin.settle`); absent when that cannot be asked. */
  settle: Settle | undefined;
}

const NO_RULES: Route = { runners: [], backstopFrom: 0, isClean: undefined, settle: undefined };

/** Picks the route of a subject: by kind, and for indicators by their (resolved) type, each route made once. */
export function routeSelector(runners: readonly RuleRunner[], table: TypeTable, settings: Readonly<Record<string, unknown>>, cleanPath: boolean) {
  const byKind = new Map<string, Route>();
  for (const kind of ['exchange', 'message', 'app']) {
    byKind.set(kind, route(runners.filter((r) => r.active.rule.meta.subject === kind), undefined));
  }
  const indicatorRunners = runners.filter((r) => r.active.rule.meta.subject === 'indicator');
  const typesOf = new Map<RuleRunner, Set<string> | undefined>();
  for (const runner of indicatorRunners) {
    const types = runner.active.rule.meta.types;
    typesOf.set(runner, types && new Set(types.map((type: string) => table.canonicalTypeName(type) ?? type)));
  }
  const byType = new Map<string, Route>();

  function route(list: readonly RuleRunner[], isClean: Route['isClean'], settleable?: (ordered: readonly ActiveRule[]) => Settle | undefined): Route {
    const explanatory = list.filter((r) => !r.active.rule.meta.backstop);
    const backstops = list.filter((r) => r.active.rule.meta.backstop);
    const runners = [...explanatory, ...backstops];
    return { runners, backstopFrom: explanatory.length, isClean, settle: settleable?.(runners.map((r) => r.active)) };
  }

  function typeRoute(type: string): Route {
    const list = indicatorRunners.filter((r) => {
      const types = typesOf.get(r);
      return types === undefined || types.has(type);
    });
    const isClean = cleanPath ? cleanCheck(list.map((r) => r.active), settings) : undefined;
    if (isClean === undefined) return route(list, undefined);
    return route(list, isClean, (ordered) => settleCheck(ordered, (rule) => appliesTo(rule, type), settings));
  }

  function appliesTo(rule: Plugin['rules'][string], type: string): boolean {
    const types = rule.meta.types;
    return rule.meta.subject === 'indicator' && (types === undefined || types.some((t: string) => (table.canonicalTypeName(t) ?? t) === type));
  }

  return (subject: Subject): Route => {
    if (subject.kind !== 'indicator') return byKind.get(subject.kind) ?? NO_RULES;
    const type = subject.type ?? '';
    let found = byType.get(type);
    if (!found) {
      found = typeRoute(type);
      byType.set(type, found);
    }
    return found;
  };
}

/**
 * The one-call check of a type's rules: every plugin with active rules for it
 * must offer `isClean`, and none of those rules may have options of the
 * config's (a plugin answers for its default options only).
 */
function cleanCheck(rules: readonly ActiveRule[], settings: Readonly<Record<string, unknown>>): Route['isClean'] {
  const plugins: Plugin[] = [];
  for (const active of rules) {
    if (active.customOptions || typeof active.plugin.isClean !== 'function') return undefined;
    if (!plugins.includes(active.plugin)) plugins.push(active.plugin);
  }
  return (subject) => {
    try {
      for (let i = 0; i < plugins.length; i++) if (!plugins[i]!.isClean!(subject, settings)) return false;
      return true;
    } catch {
      // a plugin that fails here is asked no more: its rules will say what is wrong
      return false;
    }
  };
}

/** Runs a route's rules on a subject, collecting into `findings`; backstop reports covered by an error of another rule are dropped. */
export function runRoute(route: Route, subject: Subject, findings: Finding[]): void {
  const { runners, backstopFrom } = route;
  for (let i = 0; i < backstopFrom; i++) runRule(runners[i]!, subject, findings);
  if (backstopFrom === runners.length) return;
  const explanatory = findings.length;
  const covered = explanatory > 0 ? errorFields(findings, explanatory) : undefined;
  // every report a backstop could make would be dropped: do not make them (a platform pattern's report is costly to build)
  if (covered === 'every' || (covered && subject.kind === 'indicator' && coversValues(covered, subject.values))) return;
  for (let i = backstopFrom; i < runners.length; i++) runRule(runners[i]!, subject, findings);
  if (covered && findings.length > explanatory) quietBackstops(findings, explanatory, covered);
}

function runRule({ active, context }: RuleRunner, subject: Subject, findings: Finding[]): void {
  try {
    active.rule.check(subject as never, context);
  } catch (error) {
    findings.push({ active, internal: internalError(active.ruleId, `rule "${active.ruleId}" failed: ${describeThrown(error)}`, active.rule.meta.docsUrl) });
  }
}

/** The fields the first `count` findings report an error on: `every` for an error on no particular field, undefined for none. */
function errorFields(findings: readonly Finding[], count: number): 'every' | string[] | undefined {
  let fields: string[] | undefined;
  for (let i = 0; i < count; i++) {
    const finding = findings[i]!;
    if (!('report' in finding) || finding.active.severity !== 'error') continue;
    if (finding.report.field === undefined) return 'every';
    (fields ??= []).push(finding.report.field);
  }
  return fields;
}

function coversValues(fields: readonly string[], values: Readonly<Record<string, string>>): boolean {
  for (const field in values) if (!fields.includes(field)) return false;
  return true;
}

/** Drops the backstop reports (from index `from` on) on a field where another rule reported an error. */
function quietBackstops(findings: Finding[], from: number, covered: 'every' | readonly string[]): void {
  let kept = from;
  for (let i = from; i < findings.length; i++) {
    const finding = findings[i]!;
    const dropped = 'report' in finding && (covered === 'every' || finding.report.field === undefined || covered.includes(finding.report.field));
    if (!dropped) findings[kept++] = finding;
  }
  findings.length = kept;
}
