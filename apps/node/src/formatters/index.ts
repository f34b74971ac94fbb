import { importFile, packageCandidates, resolveFrom } from '../config/resolve-module.js';
import { compact, compactStreaming } from './compact.js';
import { diagnoseJson, diagnoseJsonStreaming } from './diagnose-json.js';
import { diagnoseStylish, diagnoseStylishStreaming } from './diagnose-stylish.js';
import { json, jsonStreaming } from './json.js';
import { sarif, sarifStreaming } from './sarif.js';
import { stylish, stylishStreaming } from './stylish.js';
import type { DiagnoseFormatter, DiagnoseStreamingFormatterFactory, Formatter, StreamingFormatterFactory } from './types.js';

export { compact, compactStreaming } from './compact.js';
export { diagnoseJson, diagnoseJsonStreaming, jsonDiagnoseRecord, type JsonDiagnoseRecord, type JsonDiagnosis } from './diagnose-json.js';
export { diagnoseStylish, diagnoseStylishStreaming } from './diagnose-stylish.js';
export { json, jsonRecord, jsonStreaming, type JsonRecord } from './json.js';
export { SARIF_SCHEMA, sarif, sarifStreaming } from './sarif.js';
export { STYLISH_WINDOW, stylish, stylishStreaming } from './stylish.js';
export {
  whole,
  type DiagnoseFormatter,
  type DiagnoseStreamingFormatter,
  type DiagnoseStreamingFormatterFactory,
  type Formatter,
  type FormatterContext,
  type StreamingFormatter,
  type StreamingFormatterFactory,
} from './types.js';
export type { PrintedMessage } from '@tclint/diagnosis';

/** The built-in formatters by name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, compact };
/** The built-in formatters that can write as reports arrive. */
export const STREAMING_FORMATTERS: Readonly<Record<string, StreamingFormatterFactory>> = { stylish: stylishStreaming, json: jsonStreaming, sarif: sarifStreaming, compact: compactStreaming };
/** The built-in diagnose formatters by name. */
export const DIAGNOSE_FORMATTERS: Readonly<Record<string, DiagnoseFormatter>> = { stylish: diagnoseStylish, json: diagnoseJson };
/** The built-in diagnose formatters, writing as diagnoses arrive. */
export const DIAGNOSE_STREAMING_FORMATTERS: Readonly<Record<string, DiagnoseStreamingFormatterFactory>> = { stylish: diagnoseStylishStreaming, json: diagnoseJsonStreaming };

/** A formatter name that is neither built in nor an installed module. */
export class FormatterNotFoundError extends Error {
  readonly tried: readonly string[];
  constructor(name: string, tried: readonly string[]) {
    super(`Cannot find formatter "${name}" (tried ${tried.map((t) => `"${t}"`).join(', ')}); built-in formatters are ${Object.keys(FORMATTERS).join(', ')}`);
    this.name = 'FormatterNotFoundError';
    this.tried = tried;
  }
}

/**
 * A formatter by name: a built-in one, or a module exporting a function
 * (default export, or `format`), resolved from `cwd` like plugins are:
 * `tclint-formatter-<name>`, `@scope/tclint-formatter-<name>`, the bare name, or a path.
 */
export async function loadFormatter(name: string, options: { cwd?: string } = {}): Promise<Formatter> {
  const builtIn = FORMATTERS[name];
  if (builtIn) return builtIn;
  const cwd = options.cwd ?? process.cwd();
  const tried = packageCandidates(name, 'tclint-formatter');
  for (const candidate of tried) {
    const file = await resolveFrom(cwd, candidate);
    if (!file) continue;
    const mod = await importFile(file);
    const exported = [mod.default, (mod.default as Record<string, unknown> | undefined)?.default, mod.format].find((f) => typeof f === 'function');
    if (!exported) throw new TypeError(`Formatter module "${candidate}" (${file}) does not export a function`);
    return exported as Formatter;
  }
  throw new FormatterNotFoundError(name, tried);
}
