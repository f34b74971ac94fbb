import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The CLI's own directory: its examples are the page's. */
export const CLI_DIR = dirname(require.resolve('tclint/package.json'));
export const EXAMPLES_DIR = join(CLI_DIR, 'examples');
const BIN = join(CLI_DIR, 'bin', 'tclint.js');

export interface CliRun {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

/** Runs the built `tclint` command (no config file: the recommended rules, as the page). */
export function tclint(args: readonly string[], options: { cwd?: string; stdin?: string | Uint8Array } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? CLI_DIR, env: { ...process.env, NO_COLOR: '1', TC_API_SECRET_KEY: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** A record of `tclint check --format json` (and of `tclint fix --format json` on standard error). */
export interface CliRecord {
  line: number | null;
  path: string | null;
  type: string | null;
  messages: { ruleId: string; severity: string; message: string }[];
}

/** The rows the page shows for these records: where, type, severity, rule, message. */
export function rowsOf(records: readonly CliRecord[]): string[][] {
  return records.flatMap((r) => r.messages.map((m) => [r.line !== null ? String(r.line) : (r.path ?? '-'), r.type ?? '-', m.severity, m.ruleId, m.message]));
}
