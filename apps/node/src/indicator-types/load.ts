import { ConfigError } from '@tclint/core';
import { IndicatorTypesError, indicatorTypesOf, INDICATOR_TYPES_SETTING, type IndicatorTypes } from '@tclint/tc-types';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The file `tclint types pull` writes, and where a run looks for the user's own indicator types: next to the config file, else in the working directory. */
export const INDICATOR_TYPES_FILE = 'tclint.indicator-types.json';

/** The indicatorTypes reply a run uses instead of the recorded one. */
export interface LoadedIndicatorTypes {
  /** The file it was read from; undefined when a JS config gave the reply itself. */
  file?: string;
  /**
   * The reply as read (JSON): what goes into `settings.indicatorTypes`, so that
   * every plugin reads it with its own copy of `@tclint/tc-types` (a parsed
   * model is an instance of one copy's class).
   */
  reply: unknown;
  /** The reply's model (the one `indicatorTypesOf` gives for `reply`, so its compiled patterns are shared). */
  types: IndicatorTypes;
  /** What the user should know once: patterns of the reply that cannot be translated, so values of their types are not checked against them. */
  warnings: string[];
}

/** Where a run's indicator types come from, in order of precedence. */
export interface IndicatorTypesSources {
  /** `--indicator-types FILE`, relative to `cwd`. */
  flag?: string;
  /** The config's `indicatorTypes`: a path (relative to the config file's directory) or the reply itself. */
  config?: { value: unknown; dir: string };
  /** The config file found, whose directory is looked in for `tclint.indicator-types.json`. */
  configFile?: string;
  /** Look for `tclint.indicator-types.json` at all (not with `--no-config`). */
  discover: boolean;
  cwd: string;
}

/**
 * The user's own indicator types for a run: `--indicator-types FILE`, else
 * the config's `indicatorTypes`, else `tclint.indicator-types.json` next to
 * the config file or in the working directory; undefined when there is none
 * (the recorded reply is used). Throws a `ConfigError` naming the file when it
 * cannot be read or is not a valid reply (every problem, with its JSON path).
 */
export function resolveIndicatorTypes(sources: IndicatorTypesSources): LoadedIndicatorTypes | undefined {
  if (sources.flag !== undefined) return loadIndicatorTypesFile(resolve(sources.cwd, sources.flag), '--indicator-types');
  const configured = sources.config?.value;
  if (configured !== undefined && configured !== null) {
    if (typeof configured === 'string') return loadIndicatorTypesFile(resolve(sources.config!.dir, configured), 'indicatorTypes');
    return loaded(configured, "the config's indicatorTypes");
  }
  if (!sources.discover) return undefined;
  const dirs = [...(sources.configFile ? [dirname(sources.configFile)] : []), sources.cwd];
  const found = dirs.map((dir) => join(dir, INDICATOR_TYPES_FILE)).find((file) => existsSync(file));
  return found === undefined ? undefined : loadIndicatorTypesFile(found, INDICATOR_TYPES_FILE);
}

/** Reads a saved indicatorTypes reply. Throws a `ConfigError` (`what` says where the path came from). */
export function loadIndicatorTypesFile(file: string, what = 'indicator types'): LoadedIndicatorTypes {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigError([`${what} ${file}: cannot read the file (${code === 'ENOENT' ? 'no such file; tclint types pull writes it' : error instanceof Error ? error.message : String(error)})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${what} ${file}: not JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return { file, ...loaded(json, `${what} ${file}`) };
}

function loaded(reply: unknown, where: string): LoadedIndicatorTypes {
  let types: IndicatorTypes;
  try {
    types = indicatorTypesOf({ [INDICATOR_TYPES_SETTING]: reply });
  } catch (error) {
    if (!(error instanceof IndicatorTypesError)) throw error;
    throw new ConfigError(error.problems.map((p) => `${where}: not a valid indicatorTypes reply: ${p.path}: ${p.message}`));
  }
  return { reply, types, warnings: patternWarnings(types) };
}

/** One line per pattern of the reply that cannot be translated: values of its type get no verdict from it. */
export function patternWarnings(types: IndicatorTypes): string[] {
  return types.patternProblems().map(({ type, pattern, error }) => `the ${type.name} pattern ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)} cannot be used (${error.message}); ${type.name} values are not checked against it`);
}
