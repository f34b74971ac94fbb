import { parseArgs } from 'node:util';
import { DEFAULT_ACCESS_ID, DEFAULT_SECRET_KEY, DEFAULT_TOKEN } from './defaults.js';
import { startStandin, type Standin } from './server.js';

export const USAGE = `Usage: tc-standin [--port <n>] [--host <addr>] [--base-path /api] [--clock-skew <seconds>]

A local stand-in for the ThreatConnect API, for tests. It follows ThreatConnect's
public documents; it is not a ThreatConnect server.`;

export class UsageError extends Error {}

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^-?[0-9]{1,10}$/.test(text)) throw new UsageError(`--${name} must be an integer, got "${text}"`);
  return Number(text);
}

/**
 * Parses the command line, starts the stand-in and writes where it listens.
 * Returns undefined after `--help`. Throws `UsageError` on bad arguments.
 */
export async function runCli(argv: readonly string[], write: (text: string) => void): Promise<Standin | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'base-path': { type: 'string' },
        'clock-skew': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    write(`${USAGE}\n`);
    return undefined;
  }
  const standin = await startStandin({
    port: integer('port', values.port, 0),
    host: values.host ?? '127.0.0.1',
    basePath: values['base-path'] ?? '',
    clockSkewSeconds: integer('clock-skew', values['clock-skew'], 0),
  });
  // The stand-in's built-in test credentials, printed so a person can try it by hand.
  write(
    [
      `tc-standin listening on ${standin.url}`,
      `  access id:  ${DEFAULT_ACCESS_ID}`,
      `  secret key: ${DEFAULT_SECRET_KEY}`,
      `  token:      ${DEFAULT_TOKEN}`,
      '',
    ].join('\n'),
  );
  return standin;
}
