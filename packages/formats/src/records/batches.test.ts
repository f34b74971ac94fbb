import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { asBatches, eachItem } from './batches.js';
import { splitLineBatches, splitLines, type ByteLine } from '../text/split-lines.js';

describe('batches', () => {
  it('splitLineBatches gives the lines of splitLines, at most 64 per batch and never across a chunk it has not read', async () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `line ${i}`).join('\r\n') + '\nlast';
    const batches = await collect(splitLineBatches(chunked(text, 4_096)));
    expect(batches.every((b) => b.length > 0 && b.length <= 64)).toBe(true);
    const plain = (l: ByteLine) => ({ line: l.line, text: Buffer.from(l.bytes).toString(), eol: l.eol });
    expect(batches.flat().map(plain)).toEqual((await collect(splitLines(chunked(text, 7)))).map(plain));
    expect(batches.flat().map((l) => l.line)).toEqual(Array.from({ length: 1_001 }, (_, i) => i + 1));
  });

  it('eachItem and asBatches keep the return value and close the source when the consumer stops', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<number[], string> {
      try {
        yield [1, 2];
        yield [3];
        return 'end';
      } finally {
        closed = true;
      }
    }
    const all = eachItem(source());
    const seen: number[] = [];
    let step = await all.next();
    for (; !step.done; step = await all.next()) seen.push(step.value);
    expect([seen, step.value]).toEqual([[1, 2, 3], 'end']);

    closed = false;
    for await (const n of eachItem(source())) if (n === 2) break;
    expect(closed).toBe(true);

    closed = false;
    for await (const batch of asBatches(eachItem(source()))) if (batch[0] === 1) break;
    expect(closed).toBe(true);
  });
});
