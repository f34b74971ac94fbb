#!/usr/bin/env node
/* global process, URL */
// The `tc-standin` command. Kept in the source (not in dist/) so that
// installing the workspace can link it before the first build; it runs the built code.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('tc-standin: not built yet (dist/cli.js is missing): run `pnpm build` in the tclint repository.\n');
  process.exitCode = 2;
}
