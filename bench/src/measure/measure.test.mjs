import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLines } from './compare.mjs';
import { summarizeProfile } from './cpu-profile.mjs';
import { runProcess } from './process.mjs';
import { median } from './stats.mjs';

const dir = mkdtempSync(join(tmpdir(), 'tclint-bench-test-'));

describe('runProcess', () => {
  it('sends stdout to a file and measures wall time and peak RSS', async () => {
    const out = join(dir, 'out.txt');
    const script = 'const b = Buffer.alloc(120 * 1024 * 1024, 1); process.stdout.write("done " + b[5])';
    const result = await runProcess(process.execPath, ['-e', script], { stdoutPath: out });
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('done 1');
    expect(result.peakRssKb).toBeGreaterThan(120 * 1024);
    expect(result.wallMs).toBeGreaterThan(0);
  });

  it('reports the exit code of a failing command', async () => {
    const result = await runProcess(process.execPath, ['-e', 'process.exit(3)']);
    expect(result.code).toBe(3);
  });
});

describe('compareLines', () => {
  it('counts lines and differing lines, and finds the first difference', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'x\ny\nz\n');
    writeFileSync(b, 'x\nY\nz\nextra\n');
    const diff = await compareLines(a, b);
    expect(diff).toEqual({ linesA: 3, linesB: 4, differing: 2, first: { line: 2, a: 'y', b: 'Y' } });
  });
});

describe('summarizeProfile', () => {
  it('charges self time to the function that burns it', () => {
    const profDir = join(dir, 'prof');
    const script = 'function burnCpuHere() { let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i) % 1000003; return x; } console.log(burnCpuHere());';
    spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '-e', script]);
    const summary = summarizeProfile(join(profDir, readdirSync(profDir)[0]));
    expect(summary.functions[0].name).toBe('burnCpuHere');
    expect(summary.functions[0].percent).toBeGreaterThan(50);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
