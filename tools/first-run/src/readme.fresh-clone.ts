import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepKind, stepsOf, tryItCommands } from './readme-commands.js';
import { BUILDING_LINE, newcomerEnv, run, runShell, warningLines, type RunResult } from './run.js';
import { ROOT } from './workspace.js';

// CI only (minutes: a full install and build): the README's commands on a
// fresh clone of this repository's HEAD, as a newcomer runs them. The
// install prints no warning; the first `pnpm -s tclint` prints at most
// "building tclint..." before tclint's own output, the second not even that.
// The `pnpm test` step is what CI runs itself, so only its install is run here.

const work = mkdtempSync(join(tmpdir(), 'tclint-fresh-clone-'));
const clone = join(work, 'tclint');
const { env } = newcomerEnv();
const [main, tests] = tryItCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const outcomes: Array<{ command: string; result: RunResult }> = [];

beforeAll(async () => {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
  expect(existsSync(join(clone, 'apps/cli/dist')), 'the clone starts unbuilt').toBe(false);
  let previous: RunResult | undefined;
  for (const step of stepsOf(main!)) {
    if (step.after === 'success' && previous?.code !== 0) break;
    previous = await runShell(step.command, { cwd: clone, env });
    outcomes.push({ command: step.command, result: previous });
  }
});

afterAll(() => {
  if (process.env.TCLINT_KEEP_FRESH_CLONE) console.log(`fresh clone kept in ${clone}`);
  else rmSync(work, { recursive: true, force: true });
});

describe("the README's first command, on a fresh clone", () => {
  it('runs every step', () => {
    expect(outcomes.map((o) => o.command)).toEqual(stepsOf(main!).map((s) => s.command));
  });

  it('installs without a warning', () => {
    const install = outcomes.find((o) => stepKind(o.command).kind === 'install')!;
    expect(install.result.code).toBe(0);
    expect(warningLines(install.result.stdout + install.result.stderr)).toEqual([]);
  });

  it("then prints only tclint's output: the first run one line more, while it builds", async () => {
    const steps = outcomes.flatMap((o) => {
      const kind = stepKind(o.command);
      return kind.kind === 'tclint' ? [{ ...o, args: kind.args }] : [];
    });
    expect(steps.map((s) => s.args[0])).toEqual(['check', 'fix']);
    for (const [i, step] of steps.entries()) {
      const direct = await run(process.execPath, [join(clone, 'apps/cli/bin/tclint.js'), ...step.args], { cwd: clone, env });
      expect(step.result.stdout, step.command).toBe(direct.stdout);
      expect(step.result.stderr, step.command).toBe(i === 0 ? BUILDING_LINE + direct.stderr : direct.stderr);
      expect(step.result.code, step.command).toBe(direct.code);
    }
  });
});

describe("the README's test command, on a fresh clone", () => {
  it('installs without a warning (CI runs its `pnpm test`)', async () => {
    const [install] = stepsOf(tests!);
    expect(stepKind(install!.command).kind).toBe('install');
    const result = await runShell(install!.command, { cwd: clone, env });
    expect(result.code).toBe(0);
    expect(warningLines(result.stdout + result.stderr)).toEqual([]);
  });
});
