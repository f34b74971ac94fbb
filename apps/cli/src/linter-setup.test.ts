import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { setupPool } from './linter-setup.js';
import { FIXTURES } from './test-harness.js';

describe('setupPool (--jobs)', () => {
  it('starts no pool for one thread', async () => {
    expect(await setupPool({ jobs: '1' }, FIXTURES)).toBeUndefined();
    expect(await setupPool({}, FIXTURES)).toBeUndefined();
  });

  it('never runs more threads than CPUs: N-1 workers, N at most the CPUs', async () => {
    const cpus = availableParallelism();
    const pool = await setupPool({ jobs: String(cpus + 3) }, FIXTURES);
    try {
      if (cpus === 1) expect(pool).toBeUndefined();
      else expect(pool?.jobs).toBe(cpus - 1);
    } finally {
      await pool?.close();
    }
  });

  it('takes the threshold and piece size from TCLINT_JOBS_MIN_BYTES and TCLINT_JOBS_PIECE_BYTES, else the defaults (8 MiB, 256 KiB)', async () => {
    if (availableParallelism() === 1) return;
    const tuned = await setupPool({ jobs: '2' }, FIXTURES, undefined, { TCLINT_JOBS_MIN_BYTES: '0', TCLINT_JOBS_PIECE_BYTES: ' 4096 ' });
    const plain = await setupPool({ jobs: '2' }, FIXTURES, undefined, { TCLINT_JOBS_MIN_BYTES: 'lots' });
    try {
      expect([tuned?.minInputBytes, tuned?.pieceBytes]).toEqual([0, 4096]);
      expect([plain?.minInputBytes, plain?.pieceBytes]).toEqual([8 * 1024 * 1024, 256 * 1024]);
    } finally {
      await tuned?.close();
      await plain?.close();
    }
  });
});
