#!/usr/bin/env node
import { runCli, USAGE, UsageError } from './run-cli.js';

runCli(process.argv.slice(2), (text) => process.stdout.write(text)).then(
  (standin) => {
    if (!standin) return;
    const stop = () => void standin.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
