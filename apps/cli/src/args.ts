import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error.js';

/**
 * Runs a `parseArgs` call, turning its errors into usage errors (exit 2).
 * Node's messages name the option, never its value; the hint Node appends
 * about `--` is dropped.
 */
export function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
      throw usageError(message);
    }
    throw error;
  }
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A command's arguments: its options plus `-h, --help`, strictly (an unknown
 * option is a usage error), with or without positionals.
 */
export function parseCommand<O extends CommandOptions, P extends boolean>(argv: string[], options: O, { positionals }: { positionals: P }): ParsedCommand<O, P> {
  const config = { args: argv, options: { ...options, ...HELP_OPTION }, strict: true as const, allowPositionals: positionals };
  return parseOrUsage(() => parseArgs(config));
}

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;
type ParsedCommand<O extends CommandOptions, P extends boolean> = ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof HELP_OPTION; strict: true; allowPositionals: P }>>;

/** Parses a whole non-negative number option (`--max-warnings 10`); -1 means no limit. */
export function integerOption(name: string, value: string | undefined, { min = 0 }: { min?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw usageError(`--${name} must be a whole number (${min} or more)`);
  }
  return Number(value);
}

/** Checks a value against a list of choices. */
export function choiceOption<C extends string>(name: string, value: string | undefined, choices: readonly C[], fallback: C): C {
  if (value === undefined) return fallback;
  const found = choices.find((c) => c === value.toLowerCase());
  if (!found) throw usageError(`--${name} must be one of ${choices.join(', ')} (got "${value}")`);
  return found;
}
