import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { analyzeBlock } from './analyze-block.js';
import { fastAnalyze } from './fast-path.js';
import { normalizeCidr } from './normalize.js';
import { slowAnalyze } from './slow-path.js';
import { ipv4Block, ipv6Block, mutatedBlock } from './testing/blocks.js';

const SEED = 20240601;
const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) => fc.sample(arbitrary, { seed: SEED, numRuns });

const validBlocks = [...sample(ipv6Block({ paddedPrefix: true }), 2000), ...sample(ipv4Block({ paddedPrefix: true }), 500)];
const hostBitBlocks = [...sample(ipv6Block({ hostBits: true }), 1000), ...sample(ipv4Block({ hostBits: true }), 500)];
const mutated = sample(mutatedBlock, 3000);

/** ipaddr.js reads `::a.b.c.d` as `::ffff:a.b.c.d` (RFC 4291 and Python: `::a.b.c.d`), so that one form is left out of its comparisons. */
const IPADDR_QUIRK = /^::\d+\.\d+\.\d+\.\d+(\/|$)/;

describe('fast path (the one-pass scanner) vs slow path (ipaddr.js)', () => {
  it('agree on every generated input the fast path accepts', () => {
    let accepted = 0;
    const disagreements: string[] = [];
    for (const value of [...validBlocks, ...hostBitBlocks, ...mutated]) {
      const fast = fastAnalyze(value);
      if (!fast) continue;
      accepted++;
      const slow = slowAnalyze(value);
      if (!isDeepStrictEqual(fast, slow)) disagreements.push(`${value}: fast ${JSON.stringify(fast)}, slow ${JSON.stringify(slow)}`);
    }
    expect(disagreements).toEqual([]);
    // the fast path must actually carry the common forms, not decline them
    expect(accepted).toBeGreaterThan(validBlocks.length + hostBitBlocks.length);
  });

  it('accepts every generated block with a prefix of up to three digits', () => {
    const common = [...validBlocks, ...hostBitBlocks].filter((value) => /\/\d{1,3}$/.test(value));
    expect(common.length).toBeGreaterThan(3500);
    const declined = common.filter((value) => fastAnalyze(value) === undefined);
    expect(declined).toEqual([]);
  });

  it('declines what only the slow path reads', () => {
    for (const value of [' 10.0.0.0/8', 'fe80::%eth0/64', '10.0.0.0/255.0.0.0', '010.0.0.0/8', '10.0.0.0/33', '10.0.0.0/', '10.0.0.1', '::ffff:01.2.3.0/120', '2001:db8::/0048']) {
      expect(fastAnalyze(value), value).toBeUndefined();
      expect(analyzeBlock(value)).toEqual(slowAnalyze(value));
    }
  });
});

describe('ipaddr.js as oracle', () => {
  it('gives the same network for every generated block', () => {
    const disagreements: string[] = [];
    for (const value of [...validBlocks, ...hostBitBlocks]) {
      if (IPADDR_QUIRK.test(value)) continue;
      const [address, length] = ipaddr.parseCIDR(value);
      const network = address.kind() === 'ipv6' ? ipaddr.IPv6.networkAddressFromCIDR(value) : ipaddr.IPv4.networkAddressFromCIDR(value);
      const expected = `${network.toNormalizedString()}/${length}`;
      if (normalizeCidr(value).value !== expected) disagreements.push(`${value}: ipaddr.js ${expected}, tclint ${normalizeCidr(value).value}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('differs from ipaddr.js only where Python does too: ::a.b.c.d is IPv4-compatible, not IPv4-mapped', () => {
    expect(ipaddr.IPv6.parse('::1.2.3.4').toNormalizedString()).toBe('0:0:0:0:0:ffff:102:304');
    expect(normalizeCidr('::1.2.3.4/128').value).toBe('0:0:0:0:0:0:102:304/128');
  });
});
