#!/usr/bin/env node
import { run } from './run.js';

// Setting exitCode (not calling process.exit) lets piped stdout drain first.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tclint: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
