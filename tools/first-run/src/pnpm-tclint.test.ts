import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepKind, stepsOf, tryItCommands } from './readme-commands.js';
import { BUILDING_LINE, newcomerEnv, run, runShell } from './run.js';
import { ROOT } from './workspace.js';

// The README's `pnpm -s tclint` steps, run in this checkout as a newcomer
// would (no turbo settings of their own), print exactly what the built
// command prints: no pnpm banner or ELIFECYCLE line, no turbo summary or
// telemetry notice; at most "building tclint..." when a build runs.
const [main] = tryItCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const tclintSteps = stepsOf(main!).flatMap((step) => {
  const kind = stepKind(step.command);
  return kind.kind === 'tclint' ? [{ command: step.command, args: kind.args }] : [];
});

describe("the README's tclint steps print only tclint's output", () => {
  it('are check and fix', () => {
    expect(tclintSteps.map((s) => s.args[0])).toEqual(['check', 'fix']);
  });

  it.each(tclintSteps.map((s) => [s.args.join(' '), s] as const))('pnpm -s tclint %s', async (_name, step) => {
    const { env, configHome } = newcomerEnv();
    const piped = await runShell(step.command, { cwd: ROOT, env });
    const direct = await run(process.execPath, [join(ROOT, 'apps/cli/bin/tclint.js'), ...step.args], { cwd: ROOT, env });
    expect(direct.code).toBe(step.args[0] === 'check' ? 1 : 0);
    expect(direct.stdout.length).toBeGreaterThan(0);
    expect(piped.stdout).toBe(direct.stdout);
    expect([direct.stderr, BUILDING_LINE + direct.stderr]).toContain(piped.stderr);
    expect(piped.code).toBe(direct.code);
    // turbo records that it has shown its telemetry notice here, unless telemetry is off
    expect(existsSync(join(configHome, 'turborepo'))).toBe(false);
  });
});
