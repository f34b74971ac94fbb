#!/usr/bin/env node
/* global Buffer, process, URL */
// `pnpm -s tclint ARGS` in this repository: builds the command and the
// packages it loads (turbo, cached), then runs it with ARGS. Only tclint's own
// output reaches the terminal: turbo's summary is kept back (and shown only
// when the build fails), its telemetry notice is off, and one line on stderr,
// "building tclint...", says when a build actually runs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TURBO = fileURLToPath(new URL('../node_modules/turbo/bin/turbo', import.meta.url));

/** Runs the build; resolves to turbo's exit code and everything it printed. */
function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TURBO, 'run', 'build', '--filter=tclint...', '--output-logs=new-only'], {
      cwd: ROOT,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const printed = [];
    let announced = false;
    let tail = '';
    child.stdout.on('data', (chunk) => {
      printed.push(chunk);
      // turbo prints "<package>:build: cache miss, executing <hash>" for each task it runs
      const text = tail + chunk.toString();
      tail = text.slice(-16);
      if (!announced && text.includes('cache miss')) {
        announced = true;
        process.stderr.write('building tclint...\n');
      }
    });
    child.stderr.on('data', (chunk) => printed.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(printed).toString() }));
  });
}

if (!existsSync(TURBO)) {
  process.stderr.write('tclint: the workspace is not installed: run `npx -y pnpm@10 install` first.\n');
  process.exit(2);
}
const { code, output } = await build();
if (code !== 0) {
  process.stderr.write(output);
  process.stderr.write(`tclint: the build failed (turbo exited with ${code}).\n`);
  process.exit(code);
}
await import(new URL('../apps/cli/bin/tclint.js', import.meta.url).href);
