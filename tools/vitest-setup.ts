// In every package's vitest config (setupFiles): fast-check runs with the seed of property-seed.ts, and a failed property prints how to re-run it.
import { relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, expect } from 'vitest';
import { propertySettings, rerunCommand } from './property-seed.js';

const settings = propertySettings(process.env);
const everywhere = { seed: settings.seed, reporter: reportFailure };
fc.configureGlobal(everywhere);

if (settings.path !== undefined) {
  // Only inside tests: an fc.sample at a file's top level keeps its values.
  beforeEach(() => fc.configureGlobal({ ...everywhere, path: settings.path, endOnFailure: true }));
  afterEach(() => fc.configureGlobal(everywhere));
}

function reportFailure(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return;
  const { testPath, currentTestName } = expect.getState();
  const command = rerunCommand({
    seed: details.seed,
    path: details.counterexamplePath ?? undefined,
    file: testPath && relative(process.cwd(), testPath),
    test: currentTestName?.split(' > ').at(-1),
  });
  const cause = 'errorInstance' in details ? details.errorInstance : undefined;
  throw new Error(`${fc.defaultReportMessage(details)}\n\nRun this property again, from ${process.cwd()}:\n  ${command}`, { cause });
}
