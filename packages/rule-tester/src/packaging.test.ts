import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Run from this package, which depends on @tclint/core, as a consumer would.
const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' }).trim();

describe('built @tclint/core loads both ways', () => {
  it('with require()', () => {
    expect(node(['-e', "const c = require('@tclint/core'); console.log(typeof c.createEngine, typeof c.definePlugin)"])).toBe('function function');
  });

  it('with import()', () => {
    expect(node(['--input-type=module', '-e', "const c = await import('@tclint/core'); console.log(typeof c.createEngine, typeof c.definePlugin)"])).toBe('function function');
  });

  it('the rule tester itself with import()', () => {
    expect(node(['--input-type=module', '-e', "const t = await import('@tclint/rule-tester'); console.log(typeof t.RuleTester)"])).toBe('function');
  });
});
