#!/usr/bin/env node
/* global process, URL */
// The `tclint` command. Kept in the source (not in dist/) so that installing
// the workspace can link it before the first build; it runs the built code.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('tclint: the command is not built yet (dist/cli.js is missing). In the tclint repository, run it with `pnpm -s tclint ...` (which builds first) or run `pnpm build`.\n');
  process.exitCode = 2;
}
