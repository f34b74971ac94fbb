import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './workspace.js';

const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe("the repository's scripts", () => {
  it.each(Object.entries(scripts).filter(([, command]) => /\bturbo\b/.test(command)))('%s runs turbo with its telemetry off', (_name, command) => {
    for (const call of command.split('&&').filter((c) => /\bturbo\b/.test(c))) expect(call.trim()).toMatch(/^TURBO_TELEMETRY_DISABLED=1 turbo /);
  });

  it('tclint builds and runs the command through tools/run-tclint.mjs', () => {
    expect(scripts.tclint).toBe('node tools/run-tclint.mjs');
  });
});
