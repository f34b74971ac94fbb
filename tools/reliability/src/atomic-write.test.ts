import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMissing, runCli } from './cli.js';
import { tempDir } from './temp-dir.js';

/*
 * `tclint fix --write` replaces a file atomically: it writes the fixed
 * records to a temporary file in the same directory and renames it over the
 * original only once every record was read and written (rename(2) is atomic
 * within a filesystem). Killing the process at any moment before the rename
 * leaves the original untouched.
 *
 * Temp naming (apps/node/src/writers/sink.ts, atomicFileSink):
 *   .<original name>.tclint-<pid>-<8 hex digits>.tmp
 * in the original's directory: hidden, with a `.tmp` suffix, never the name
 * of any input, and unique per run (opened with O_EXCL), so a file left by a
 * killed run is never mistaken for output nor reused by the next run. A
 * SIGKILLed process cannot remove it; the name says what it is.
 */

const missing = cliMissing();
if (missing) console.warn(`[reliability] skipping the atomic-write tests: ${missing}`);

const TEMP_NAME = (target: string) => new RegExp(`^\\.${target.replace(/[.]/g, '\\.')}\\.tclint-\\d+-[0-9a-f]{8}\\.tmp$`);

let dir = '';
let remove = () => {};
beforeAll(() => ({ dir, remove } = tempDir('atomic')));
afterAll(() => remove());

/** A CSV of `rows` ASN records, every one of which `fix` changes. */
function feed(rows: number): string {
  const lines = ['type,value,comment'];
  for (let i = 0; i < rows; i++) lines.push(`ASN,AS ${i},"row ${i}, kept as is"`);
  return `${lines.join('\n')}\n`;
}

/** Polls `dir` until a temp file for `target` exists and holds at least `minBytes`; resolves to its name. */
function waitForTemp(target: string, minBytes: number, child: { exitCode: number | null }): Promise<string | undefined> {
  const pattern = TEMP_NAME(target);
  return new Promise((resolve) => {
    const tick = () => {
      const temp = readdirSync(dir).find((f) => pattern.test(f));
      if (temp) {
        let size = -1;
        try {
          size = statSync(join(dir, temp)).size;
        } catch {
          // renamed or removed between readdir and stat
        }
        if (size >= minBytes) return resolve(temp);
      }
      if (child.exitCode !== null) return resolve(undefined);
      setTimeout(tick, 2);
    };
    tick();
  });
}

describe.skipIf(missing !== undefined)('tclint fix --write is atomic', () => {
  const ROWS = 60_000;

  it('a completed run replaces the file, with one record out per record in, and leaves no temp file', async () => {
    const original = feed(2_000);
    writeFileSync(join(dir, 'done.csv'), original);
    const result = await runCli(['fix', '--write', '--quiet', '--format', 'compact', 'done.csv'], { cwd: dir });
    expect(result.err).not.toMatch(/^\s{4}at /m);
    expect(result.code).toBe(0);
    const fixed = readFileSync(join(dir, 'done.csv'), 'utf8');
    expect(fixed.split('\n').length).toBe(original.split('\n').length);
    expect(fixed).toBe(original.replace(/^ASN,AS (\d+),/gm, 'ASN,ASN$1,'));
    expect(readdirSync(dir).filter((f) => f.includes('.tclint-'))).toEqual([]);
  });

  it.each([
    { when: 'as soon as the temp file appears', minBytes: 0 },
    { when: 'in the middle of writing', minBytes: 256 * 1024 },
  ])('SIGKILL $when: the original is intact and the leftover is a hidden .tmp file', async ({ minBytes }) => {
    const name = `killed-${minBytes}.csv`;
    const original = feed(ROWS);
    writeFileSync(join(dir, name), original);
    let killedAt: string | undefined;
    const result = await runCli(['fix', '--write', '--quiet', '--format', 'compact', name], {
      cwd: dir,
      onSpawn: (child) => {
        void waitForTemp(name, minBytes, child).then((temp) => {
          killedAt = temp;
          if (temp) child.kill('SIGKILL');
        });
      },
    });
    expect(killedAt, 'the process was killed while writing its temp file').toBeDefined();
    expect(result.signal).toBe('SIGKILL');
    // the original, byte for byte
    expect(readFileSync(join(dir, name), 'utf8') === original, 'original intact').toBe(true);
    // what is left cannot be mistaken for output: a hidden .tmp file, shorter than the whole output
    const leftovers = readdirSync(dir).filter((f) => f !== name && f.includes(name));
    for (const f of leftovers) {
      expect(f).toMatch(TEMP_NAME(name));
      expect(statSync(join(dir, f)).size).toBeLessThan(original.length);
    }

    // a later run is not confused by the leftover, and completes
    const again = await runCli(['fix', '--write', '--quiet', '--format', 'compact', name], { cwd: dir });
    expect(again.code).toBe(0);
    const fixed = readFileSync(join(dir, name), 'utf8');
    expect(fixed.split('\n').length).toBe(original.split('\n').length);
    expect(fixed.startsWith('type,value,comment\nASN,ASN0,"row 0, kept as is"\n')).toBe(true);
  });

  it('-o OUT is atomic too: a killed run leaves no partial OUT', async () => {
    const original = feed(ROWS);
    writeFileSync(join(dir, 'source.csv'), original);
    let killedAt: string | undefined;
    const result = await runCli(['fix', '--quiet', '--format', 'compact', '-o', 'out.csv', 'source.csv'], {
      cwd: dir,
      onSpawn: (child) => {
        void waitForTemp('out.csv', 64 * 1024, child).then((temp) => {
          killedAt = temp;
          if (temp) child.kill('SIGKILL');
        });
      },
    });
    expect(killedAt).toBeDefined();
    expect(result.signal).toBe('SIGKILL');
    expect(readdirSync(dir)).not.toContain('out.csv');
    expect(readFileSync(join(dir, 'source.csv'), 'utf8') === original).toBe(true);
  });
});
