declare const process: { memoryUsage(): { heapUsed: number } };
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.js';
import { indicator } from './subjects.js';
import type { IndicatorSubject } from './subject.js';
import { testPlugin } from './test-plugins.js';

const engine = createEngine({ config: [testPlugin.configs.recommended] });

describe('streaming', () => {
  it('checks a large async iterable one subject at a time, never reading ahead', async () => {
    const total = 200_000;
    let produced = 0;
    let consumed = 0;
    let maxInFlight = 0;
    async function* source(): AsyncGenerator<IndicatorSubject> {
      for (let i = 0; i < total; i++) {
        produced++;
        maxInFlight = Math.max(maxInFlight, produced - consumed);
        yield indicator('Mutex', { Mutex: i % 2 ? 'ABC' : 'abc' });
      }
    }
    let errors = 0;
    for await (const result of engine.fixAll(source())) {
      consumed++;
      errors += result.changes.length;
    }
    expect(consumed).toBe(total);
    expect(errors).toBe(total / 2);
    expect(maxInFlight).toBe(1);
  });

  it('keeps memory flat over half a million subjects', async () => {
    async function* source() {
      for (let i = 0; i < 500_000; i++) yield indicator('Mutex', { Mutex: `mutex-${i}` });
    }
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    for await (const result of engine.checkAll(source())) count += result.errorCount;
    const grown = process.memoryUsage().heapUsed - before;
    expect(count).toBe(500_000);
    // Holding a million results would take hundreds of MB.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it('returns a sync iterable for a sync source', () => {
    const results = engine.checkAll([indicator('Mutex', { Mutex: 'a' }), indicator('Mutex', { Mutex: 'B' })]);
    expect(Symbol.iterator in results).toBe(true);
    expect([...results].map((r) => r.errorCount)).toEqual([1, 0]);
  });
});
