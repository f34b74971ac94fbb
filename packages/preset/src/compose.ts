import { createEngine, type Config, type ConfigEntry, type Engine, type LintResult, type Plugin, type RuleSetting, type Subject } from '@tclint/core';
import { diagnoseWith, type DiagnosableSubject, type DiagnoseResult } from '@tclint/diagnosis';
import { listRules, type RuleInfo } from './rule-info.js';

export interface LinterOptions {
  /**
   * The rule packages to load. Default: every official package. Each one is
   * registered, and its `recommended` config is on unless `config` is given.
   */
  plugins?: readonly Plugin[];
  /**
   * A flat config (for example from `loadConfig`). When given, it replaces the
   * recommended configs of `plugins`: only the rules it turns on run. The
   * plugins stay registered, so it may name their rules and type inference
   * still works.
   */
  config?: Config;
  /** Entries applied after `config` (or after the recommended configs). */
  extraConfig?: Config;
  /** Rule settings applied last, e.g. from `--rule 'asn/prefix: off'`. */
  rules?: Record<string, RuleSetting>;
  /** Fix passes at most per subject (default 10). */
  maxPasses?: number;
}

export interface Linter {
  /** The core engine behind this linter. */
  readonly engine: Engine;
  check<S extends Subject>(subject: S): LintResult<S>;
  fix<S extends Subject>(subject: S): LintResult<S>;
  /** Checks a stream of subjects one at a time (no buffering). */
  checkAll<S extends Subject>(source: Iterable<S> | AsyncIterable<S>): AsyncGenerator<LintResult<S>>;
  fixAll<S extends Subject>(source: Iterable<S> | AsyncIterable<S>): AsyncGenerator<LintResult<S>>;
  /**
   * Explains a failed ThreatConnect exchange, an error message or a TcEx app:
   * the error-class diagnoses, indicator-format problems in the body of a
   * rejected indicator create, or an explicit `unrecognized` diagnosis.
   */
  diagnose<S extends DiagnosableSubject>(subject: S): DiagnoseResult<S>;
  /** Every rule of the loaded plugins, with its default and configured severity. */
  rules(): RuleInfo[];
}

/**
 * The flat config a linter with `plugins` runs with (`options.plugins` is
 * ignored): the plugins registered, their recommended configs unless
 * `options.config` is given, then `extraConfig` and `rules`.
 */
export function configWith(plugins: readonly Plugin[], options: LinterOptions = {}): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  const registered: Record<string, Plugin> = {};
  for (const plugin of plugins) registered[plugin.meta.namespace] = plugin;
  entries.push({ name: 'tclint/plugins', plugins: registered });
  if (options.config === undefined) {
    for (const plugin of plugins) if (plugin.configs?.recommended) entries.push(plugin.configs.recommended);
  } else entries.push(...asEntries(options.config));
  if (options.extraConfig !== undefined) entries.push(...asEntries(options.extraConfig));
  if (options.rules && Object.keys(options.rules).length) entries.push({ name: 'tclint/rule-overrides', rules: options.rules });
  return entries;
}

/**
 * `createLinter` with these plugins (`options.plugins` is ignored). Unlike
 * `createLinter`, it does not import every official package, so a bundle
 * that loads only some (`OFFICIAL_PLUGIN_LOADERS`) stays without the others.
 */
export function createLinterWith(plugins: readonly Plugin[], options: LinterOptions = {}): Linter {
  const engine = createEngine({ config: configWith(plugins, options), ...(options.maxPasses !== undefined && { maxPasses: options.maxPasses }) });
  return {
    engine,
    check: (subject) => engine.check(subject),
    fix: (subject) => engine.fix(subject),
    checkAll: (source) => each(source, (s) => engine.check(s)),
    fixAll: (source) => each(source, (s) => engine.fix(s)),
    diagnose: (subject) => diagnoseWith(engine, subject),
    rules: () => listRules(engine.config),
  };
}

function asEntries(config: Config): ConfigEntry[] {
  return Array.isArray(config) ? [...(config as readonly ConfigEntry[])] : [config as ConfigEntry];
}

async function* each<S extends Subject>(source: Iterable<S> | AsyncIterable<S>, run: (subject: S) => LintResult<S>): AsyncGenerator<LintResult<S>> {
  for await (const subject of source) yield run(subject);
}
