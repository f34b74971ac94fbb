import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built `tclint` command, as `npm install tclint` ships it. */
export const CLI = fileURLToPath(new URL('../../../apps/cli/dist/cli.js', import.meta.url));

/** Why the CLI tests cannot run yet, or undefined when the CLI is built. */
export function cliMissing(): string | undefined {
  return existsSync(CLI) ? undefined : `${CLI} does not exist yet (build apps/cli first: cd apps/cli && pnpm build)`;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
  /** stdout and stderr decoded as UTF-8. */
  out: string;
  err: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  input?: string | Buffer;
  /** Called once the process has started, e.g. to kill it at the right moment. */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs `tclint <args>` as a real process: no TTY, no colors, only the environment given (plus PATH). */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const out = Buffer.concat(stdout);
      const err = Buffer.concat(stderr);
      resolve({ code, signal, stdout: out, stderr: err, out: out.toString('utf8'), err: err.toString('utf8') });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of it
    child.stdin.end(options.input ?? '');
    options.onSpawn?.(child);
  });
}

/** A stack frame as Node prints them ("    at fn (file:line:col)"). */
export const STACK_FRAME = /^\s{4}at /m;

/** Control characters other than newline and tab: a raw NUL or ESC printed to a terminal. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
