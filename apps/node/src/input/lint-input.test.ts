import { createLinter } from '@tclint/preset';
import { describe, expect, it } from 'vitest';
import { collect, tempDir } from '../testing/temp.js';
import { lintInput, lintInputBatches } from './lint-input.js';

describe('lintInput', () => {
  it('lintInputBatches reports what lintInput does, in the same order, and writes the same bytes', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => (i % 50 === 7 ? '' : i % 3 ? `AS ${i}` : `ASN${i}`)).join('\n') + '\n';
    const t = tempDir({ 'a.txt': lines, 'b.txt': lines });
    const linter = createLinter();
    const one = await collect(lintInput(linter, t.path('a.txt'), { type: 'ASN', output: 'in-place' }));
    const batches = await collect(lintInputBatches(linter, t.path('b.txt'), { type: 'ASN', output: 'in-place' }));
    expect(batches.length).toBeLessThan(one.length / 10);
    expect(batches.flat()).toEqual(one.map((r) => ({ ...r, source: t.path('b.txt') })));
    expect(t.read('b.txt')).toBe(t.read('a.txt'));
    expect(t.read('a.txt')).not.toBe(lines);
  });
});

describe('lintInput with the official packages', () => {
  const linter = createLinter();

  it('fixes a file of ASNs and CIDR blocks in place', async () => {
    const t = tempDir({ 'asn.txt': 'AS 12345\r\nASN12345\r\n', 'cidr.csv': 'type,value,note\nCIDR,abc:def:10::/48,"a, b"\n' });
    await collect(lintInput(linter, t.path('asn.txt'), { type: 'ASN', output: 'in-place' }));
    expect(t.read('asn.txt')).toBe('ASN12345\r\nASN12345\r\n');
    await collect(lintInput(linter, t.path('cidr.csv'), { output: 'in-place' }));
    expect(t.read('cidr.csv')).toBe('type,value,note\nCIDR,abc:def:10:0:0:0:0:0/48,"a, b"\n');
  });
});
