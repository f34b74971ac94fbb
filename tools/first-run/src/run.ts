import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (no shell); a non-zero exit is a result. Standard input is empty. */
export function run(program: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a command line with `sh -c`, as a user types it. */
export function runShell(command: string, options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return run('sh', ['-c', command], options);
}

/**
 * The environment of someone who has never run turbo: no telemetry or
 * update-notice opt-outs of their own (so only the repository's settings
 * count) and an empty config directory (turbo keeps there whether it has
 * shown its telemetry notice). Also returns that directory.
 */
export function newcomerEnv(): { env: NodeJS.ProcessEnv; configHome: string } {
  const configHome = mkdtempSync(join(tmpdir(), 'tclint-first-run-config-'));
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: configHome };
  for (const name of ['TURBO_TELEMETRY_DISABLED', 'DO_NOT_TRACK', 'TURBO_NO_UPDATE_NOTIFIER', 'NO_COLOR', 'FORCE_COLOR']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('npm_')) delete env[name];
  return { env, configHome };
}

/** The lines of an install's output that warn or fail. */
export function warningLines(output: string): string[] {
  return output.split('\n').filter((line) => /\bWARN\b|\bERR(_|!| )/.test(line));
}

/** `pnpm -s tclint` may print one line before tclint's own output, when it builds. */
export const BUILDING_LINE = 'building tclint...\n';
