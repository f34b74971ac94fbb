import { STDIN } from './lint-source.js';

/** What `check` was given that `fix` needs to fix the same records the same way. */
export interface FixCommandFlags {
  type?: string | undefined;
  input?: string | undefined;
  config?: string | undefined;
  'no-config'?: boolean | undefined;
  rule?: string[] | undefined;
  'indicator-types'?: string | undefined;
  columns?: string | undefined;
  'no-comments'?: boolean | undefined;
}

/** ESLint's wording, which the stylish summary carries; `tclint check --fix` writes nothing, so the hint names `tclint fix`. */
const FIX_OPTION_HINT = 'potentially fixable with the `--fix` option.';

/**
 * The `tclint fix` command line that writes the fixes `check` found, for the
 * same inputs and options: in place (`--write`) and, for one file, as a copy.
 */
export function fixCommandHint(inputs: readonly string[], flags: FixCommandFlags): string {
  const command = (...args: string[]) => `\`${['tclint', 'fix', ...optionArgs(flags), ...args].map(shellWord).join(' ')}\``;
  if (inputs.includes(STDIN)) return `with ${command()} on the same input (it writes the fixed records to standard output).`;
  if (inputs.length === 1) return `with ${command(inputs[0]!, '--write')} (in place) or ${command(inputs[0]!, '-o', `fixed${extensionOf(inputs[0]!)}`)}.`;
  return `with ${command(...inputs, '--write')} (in place).`;
}

/** The stylish summary with its "--fix option" hint replaced by the `tclint fix` command. */
export function withFixCommand(summary: string, hint: string): string {
  return summary.replace(FIX_OPTION_HINT, `potentially fixable ${hint}`);
}

function optionArgs(flags: FixCommandFlags): string[] {
  const args: string[] = [];
  if (flags.type !== undefined) args.push('--type', flags.type);
  if (flags.input !== undefined) args.push('--input', flags.input);
  if (flags['no-config']) args.push('--no-config');
  else if (flags.config !== undefined) args.push('--config', flags.config);
  for (const rule of flags.rule ?? []) args.push('--rule', rule);
  if (flags['indicator-types'] !== undefined) args.push('--indicator-types', flags['indicator-types']);
  if (flags.columns !== undefined) args.push('--columns', flags.columns);
  if (flags['no-comments']) args.push('--no-comments');
  return args;
}

function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** A word as a POSIX shell reads it back: quoted only when it has to be. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
