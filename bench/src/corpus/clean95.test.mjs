import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tclintCli } from '../measure/commands.mjs';
import { CLEAN95_MALFORMED_SHARE, clean95Record } from './clean95.mjs';
import { corpusPath, ensureCorpus, SEED } from './files.mjs';
import { TYPE_SHARES } from './mixed.mjs';
import { createRng } from './prng.mjs';

const cli = tclintCli();
if (!cli) console.log('clean95: the tclint CLI is not built (apps/cli/bin, dist): the check of the corpus with the real CLI is skipped');

describe('the mostly-clean feed (clean95)', () => {
  const rng = createRng('clean95-test');
  const records = Array.from({ length: 20_000 }, () => clean95Record(rng));

  it('has 5% malformed records (±0.5 points)', () => {
    expect(CLEAN95_MALFORMED_SHARE).toBe(0.05);
    const share = records.filter((r) => r.malformed).length / records.length;
    expect(Math.abs(share - 0.05)).toBeLessThan(0.005);
  });

  it('has every type in the mixed feed\'s share (±1.5 points)', () => {
    const total = TYPE_SHARES.reduce((s, [w]) => s + w, 0);
    for (const [weight, type] of TYPE_SHARES) {
      const share = records.filter((r) => r.type === type).length / records.length;
      expect(Math.abs(share - weight / total), type).toBeLessThan(0.015);
    }
  });

  it('never puts a line break inside a record', () => {
    expect(records.every((r) => !/[\r\n]/.test(r.line))).toBe(true);
  });

  it.runIf(cli)('is reported by the real CLI on exactly the malformed lines (2,000 lines of the corpus file)', () => {
    const size = 2000;
    try {
      const { path } = ensureCorpus('clean95', size, { force: true });
      const lines = readFileSync(path, 'utf8').split('\n').slice(0, -1);
      const fileRng = createRng(`${SEED}/clean95`);
      const meant = Array.from({ length: size }, () => clean95Record(fileRng));
      expect(lines).toEqual(meant.map((r) => r.line));

      const run = spawnSync(process.execPath, [cli, 'check', '--no-config', '--format', 'json', path], { encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(run.stderr).toBe('');
      const reported = JSON.parse(run.stdout);
      expect(reported).toHaveLength(size);
      const withProblems = new Set(reported.filter((r) => r.messages.length > 0).map((r) => r.line));
      const cleanButReported = meant.flatMap((r, i) => (!r.malformed && withProblems.has(i + 1) ? [`${i + 1}: ${r.type} ${JSON.stringify(r.line)}`] : []));
      expect(cleanButReported).toEqual([]);
      const malformedUnreported = meant.flatMap((r, i) => (r.malformed && !withProblems.has(i + 1) ? [`${i + 1}: ${r.type} ${JSON.stringify(r.line)}`] : []));
      expect(malformedUnreported).toEqual([]);
      expect(withProblems.size).toBeGreaterThan(50);
    } finally {
      rmSync(corpusPath('clean95', size), { force: true });
      rmSync(`${corpusPath('clean95', size)}.meta.json`, { force: true });
    }
  });
});
