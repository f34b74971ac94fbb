import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { integerOption } from './args.js';
import { usageError } from './cli-error.js';
import { detectFormat, linterFromSetup, OFFICIAL_PLUGIN_LOADERS, parseColumns, type ConfiguredLinter, type InputSettings, type LinterPool, type LinterSetup, type RuleInfo } from './node-api.js';
import { parseRuleOptions } from './rule-option.js';

/** The options every command that lints takes. */
export const LINTER_OPTIONS = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'indicator-types': { type: 'string' },
} as const;

export const LINTER_HELP = `  -c, --config PATH     use this config file instead of looking for tclint.config.*
      --no-config       ignore config files (and tclint.indicator-types.json): every official
                        rule at its recommended severity
      --rule 'ID: SEV'  set a rule's severity (off, warn, error), e.g. --rule 'asn/reserved: off';
                        or with options: --rule 'ID: ["error", {...}]' (repeatable)
      --indicator-types FILE
                        your ThreatConnect instance's indicator types (saved by tclint types
                        pull) instead of the config's indicatorTypes or tclint.indicator-types.json`;

export interface LinterFlags {
  config?: string | undefined;
  'no-config'?: boolean | undefined;
  rule?: string[] | undefined;
  'indicator-types'?: string | undefined;
}

/**
 * The linter for a run: the config file found from `cwd` (or given with
 * --config, or none with --no-config), with --rule settings applied last.
 * Config problems surface as the ConfigError @tclint/node throws (exit 2).
 */
export async function setupLinter(flags: LinterFlags, cwd: string, run?: IndicatorRun): Promise<ConfiguredLinter> {
  return linterFromSetup(linterSetup(flags, cwd, run));
}

/**
 * What a run that checks indicators (check, fix) reads: when every input is
 * plain lines of one `--type`, only the packages that check that type are
 * loaded (start-up then reads no tr46, ipaddr.js or error class).
 */
export interface IndicatorRun {
  files: readonly string[];
  /** `--input` (`auto` sniffs each file as the reader will). */
  input: string;
  type?: string | undefined;
  /** The first bytes of standard input, when it is one of `files` (`peekStdin`). */
  stdinHead?: Uint8Array;
}

/** The flags as a setup that worker threads can build the same linter from. */
export function linterSetup(flags: LinterFlags, cwd: string, run?: IndicatorRun): LinterSetup {
  if (flags.config !== undefined && flags['no-config']) throw usageError('--config and --no-config cannot be used together');
  const setup: LinterSetup = { cwd };
  if (flags['no-config']) setup.useConfigFile = false;
  else if (flags.config !== undefined) setup.configFile = flags.config;
  const rules = parseRuleOptions(flags.rule);
  if (Object.keys(rules).length) setup.rules = rules;
  if (flags['indicator-types'] !== undefined) setup.indicatorTypes = flags['indicator-types'];
  // a --rule may name a rule of any official package: every one is loaded then
  if (run && setup.rules === undefined) {
    const type = run.type === undefined ? undefined : officialType(run.type);
    if (type !== undefined && run.files.every((file) => readsAsLines(file, run.input, cwd, run.stdinHead))) {
      // every other run loads every package, so that reports (SARIF's rule list) name all the rules as before
      setup.types = [type];
      setup.errorClasses = false;
    }
  }
  return setup;
}

/** The options of the commands that read indicator inputs: how lines and CSV are read. */
export const READING_OPTIONS = {
  columns: { type: 'string' },
  'no-comments': { type: 'boolean' },
} as const;

export const READING_HELP = `      --columns SPEC    CSV: the type and value columns, by header name or position, for a
                        file whose header does not name them: type=NAME,value=NAME, value=2
      --no-comments     lines: read "# ..." and "// ..." lines as values, not as comments`;

/** How inputs are read: the flags over the config's \`input\`. */
export function readingOptions(flags: { columns?: string | undefined; 'no-comments'?: boolean | undefined }, configured: InputSettings): InputSettings {
  const settings: InputSettings = { ...configured };
  if (flags['no-comments']) settings.comments = false;
  if (flags.columns !== undefined) {
    const columns = parseColumns(flags.columns);
    if (typeof columns === 'string') throw usageError(`--${columns}`);
    settings.columns = columns;
  }
  return settings;
}

const typeKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** The ThreatConnect name of a `--type` an official package checks (as `resolveType` reads it), else undefined. */
function officialType(given: string): string | undefined {
  for (const loader of OFFICIAL_PLUGIN_LOADERS) for (const type of loader.types) if (typeKey(type) === typeKey(given)) return type;
  return undefined;
}

/** Whether the input is read as plain lines, whose values all take `--type` (a CSV or JSON record may carry any type). */
function readsAsLines(file: string, input: string, cwd: string, stdinHead: Uint8Array | undefined): boolean {
  if (input !== 'auto') return input === 'lines';
  if (file === '-') return stdinHead !== undefined && detectFormat('<stdin>', stdinHead) === 'lines';
  const path = resolve(cwd, file);
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(4096);
      return detectFormat(path, head.subarray(0, readSync(fd, head, 0, head.length, 0))) === 'lines';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

export const JOBS_OPTION = { jobs: { type: 'string', short: 'j' } } as const;

export const JOBS_HELP = `  -j, --jobs N|auto     lint in N threads: this one and N-1 workers (auto: one per
                        CPU; never more threads than CPUs); output and reports keep
                        the input order (default 1). Lines, CSV and NDJSON inputs of
                        8 MiB or more go to the workers (standard input once 8 MiB
                        have been read); smaller ones, and other formats, are linted
                        in this thread alone, where workers would cost more than they save`;

/**
 * The worker threads for `--jobs N` (N-1: this thread lints too; none for 1; N at most the CPUs), each with the linter the flags describe.
 * `TCLINT_JOBS_MIN_BYTES` and `TCLINT_JOBS_PIECE_BYTES` (whole numbers) replace the pool's threshold and piece size:
 * the tests use them to send small inputs through the workers.
 */
export async function setupPool(flags: LinterFlags & { jobs?: string | undefined }, cwd: string, run?: IndicatorRun, env: Readonly<Record<string, string | undefined>> = {}): Promise<LinterPool | undefined> {
  const jobs = flags.jobs?.trim().toLowerCase() === 'auto' ? availableParallelism() : (integerOption('jobs', flags.jobs, { min: 1 }) ?? 1);
  if (jobs < 1) throw usageError('--jobs must be a whole number (1 or more) or auto');
  // a thread more than the CPUs only adds the work of starting it and warming it up
  const threads = Math.min(jobs, availableParallelism());
  if (threads === 1) return undefined;
  // the pool's module (and node:worker_threads) is read only by a run that has workers
  const { createLinterPool } = await import('./node-pool.js');
  const minInputBytes = wholeNumber(env.TCLINT_JOBS_MIN_BYTES);
  const pieceBytes = wholeNumber(env.TCLINT_JOBS_PIECE_BYTES);
  return createLinterPool(linterSetup(flags, cwd, run), {
    jobs: threads - 1,
    lazy: true,
    ...(minInputBytes !== undefined && { minInputBytes }),
    ...(pieceBytes !== undefined && { pieceBytes }),
  });
}

function wholeNumber(value: string | undefined): number | undefined {
  const trimmed = value?.trim();
  return trimmed && /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The ThreatConnect type name for `--type`: a TC name in any case (`asn`,
 * `Registry Key`) or a slug (`registry-key`), among the types the loaded rules check.
 */
export function resolveType(given: string, rules: readonly RuleInfo[]): string {
  const key = typeKey;
  const known = [...new Set(rules.flatMap((r) => (r.subject === 'indicator' ? (r.types ?? []) : [])))].sort();
  const found = known.find((name) => key(name) === key(given));
  if (!found) throw usageError(`--type "${given}" is not a type any loaded rule checks; known types: ${known.join(', ')}`);
  return found;
}
