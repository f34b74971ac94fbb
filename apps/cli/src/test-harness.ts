// Test helpers: spawn the BUILT command (dist/cli.js) as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Written to stdin (which is closed either way). */
  input?: string | Uint8Array;
  /** Added to a minimal environment (no NO_COLOR, FORCE_COLOR or TC_* from the parent). */
  env?: Record<string, string>;
}

/** Runs `node dist/cli.js ...args`; resolves with the exit code and both outputs. */
export function tclint(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? FIXTURES, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Parses stdout as JSON, with the output in the error when it is not. */
export function json<T = unknown>(result: RunResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** A fresh temporary directory, optionally holding copies of fixture files. */
export function scratch(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tclint-cli-'));
  for (const name of fixtures) cpSync(join(FIXTURES, name), join(dir, name), { recursive: true });
  return dir;
}

/** A reader that takes at most 16 KB of its stdin every 10 ms (1.6 MB/s, slower than tclint writes), then prints what it read. */
const SLOW_READER = `
const parts = [];
let ended = false;
process.stdin.on('end', () => (ended = true));
process.stdin.on('readable', () => {});
const take = () => {
  if (ended) return process.stdout.write(Buffer.concat(parts));
  const chunk = process.stdin.read(16384) ?? process.stdin.read();
  if (chunk !== null) parts.push(chunk);
  setTimeout(take, 10);
};
take();
`;

export interface SlowReadResult extends RunResult {
  /** What the slow reader read from the command's stdout. */
  read: string;
}

/**
 * Runs `node dist/cli.js ...args` with its stdout piped into a separate
 * process that reads it slowly, so the command runs ahead of its reader.
 */
export function tclintIntoSlowReader(args: readonly string[], input: string, env: Record<string, string> = {}): Promise<SlowReadResult> {
  const reader = spawn(process.execPath, ['-e', SLOW_READER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const child = spawn(process.execPath, [CLI, ...args], { cwd: FIXTURES, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', reader.stdin, 'pipe'] });
  // the command has its own copy of the pipe: the reader sees its end when the command exits
  reader.stdin.destroy();
  let read = '';
  let stderr = '';
  reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (read += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  const exited = (proc: ChildProcess) => new Promise<number | null>((resolve, reject) => proc.on('error', reject).on('close', resolve));
  return Promise.all([exited(child), exited(reader)]).then(([code]) => ({ code, stdout: '', stderr, read }));
}
