import { BlockList, isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBlock, parseAddress, parseBlock, within } from './ip.js';
import { SPECIAL_RANGES, specialRange } from './special-ranges.js';

describe('parseBlock', () => {
  it.each([
    ['10.1.2.3', '10.1.2.3/32'],
    ['10.1.2.3/8', '10.0.0.0/8'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['255.255.255.255', '255.255.255.255/32'],
    [' 192.168.0.1 ', '192.168.0.1/32'],
    ['10.0.0.0/08', '10.0.0.0/8'],
    ['::', '0:0:0:0:0:0:0:0/128'],
    ['::1', '0:0:0:0:0:0:0:1/128'],
    ['1::', '1:0:0:0:0:0:0:0/128'],
    ['2001:DB8::1/32', '2001:db8:0:0:0:0:0:0/32'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8:0:0:0:0:0:1/128'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8/128'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0/128'],
    ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8/128'],
    ['::ffff:1.2.3.4', '0:0:0:0:0:ffff:102:304/128'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304/128'],
    ['fe80::1%eth0', 'fe80:0:0:0:0:0:0:1/128'],
    ['fe80::%eth0/64', 'fe80:0:0:0:0:0:0:0/64'],
  ])('reads %j as %s', (text, block) => {
    expect(formatBlock(parseBlock(text)!)).toBe(block);
  });

  it.each([
    '', '1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1.2.3.04', '1..2.3', '1.2.3.4/33', '1.2.3.4/', '1.2.3.4/-1', '1.2.3.4/1a',
    '1.2.3.4/8/8', '0x0a.0.0.0', '１.2.3.4', '1.2.3.4 5', ':', ':::', '::1::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8::',
    '12345::', 'g::', '1.2.3.4::', '::1.2.3.4:5', '::/129', '::/1000', 'fe80::1%', 'a'.repeat(100), '%eth0',
  ])('rejects %j', (text) => {
    expect(parseBlock(text)).toBeUndefined();
  });

  it('agrees with node:net on which strings are addresses', () => {
    const chars = fc.constantFrom('0', '1', '9', 'a', 'F', 'g', '.', ':', ':', '%', '2', '5', '-', '_', '/', ' ');
    const candidates = fc.oneof(
      fc.string({ unit: chars, maxLength: 45 }),
      fc.ipV4(),
      fc.ipV6(),
      fc.ipV4Extended(),
    );
    fc.assert(
      fc.property(candidates, (text) => {
        // zone ids too: the same characters as node (the Address rules then reject them)
        const expected = isIP(text);
        const parsed = parseAddress(text);
        expect(parsed?.version ?? 0).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('special ranges', () => {
  it('are parsed, canonical, and the most specific one wins', () => {
    for (const r of SPECIAL_RANGES) {
      expect(r.block, r.range).toBeDefined();
      expect(formatBlock(r.block)).toBe(formatBlock(parseBlock(formatBlock(r.block))!));
      expect(specialRange(r.block)).toBe(r);
    }
    expect(specialRange(parseBlock('0.0.0.0')!)?.category).toBe('unspecified');
    expect(specialRange(parseBlock('0.0.0.1')!)?.category).toBe('reserved');
    expect(specialRange(parseBlock('233.252.0.1')!)?.category).toBe('documentation');
    expect(specialRange(parseBlock('233.253.0.1')!)?.category).toBe('multicast');
  });

  it('agree with node:net BlockList on which addresses they hold', () => {
    const lists = { 4: new BlockList(), 6: new BlockList() };
    for (const r of SPECIAL_RANGES) {
      const [address, prefix] = r.range.split('/');
      lists[r.block.version].addSubnet(address!, Number(prefix), r.block.version === 4 ? 'ipv4' : 'ipv6');
    }
    // addresses near the ranges' edges, and anywhere
    const edges = SPECIAL_RANGES.map((r) => r.block);
    const v4 = fc.oneof(fc.ipV4(), fc.constantFrom(...edges.filter((b) => b.version === 4)).chain((b) => nearby(b.network, 32)));
    const v6 = fc.oneof(fc.ipV6(), fc.constantFrom(...edges.filter((b) => b.version === 6)).chain((b) => nearby(b.network, 128)));
    fc.assert(
      fc.property(fc.oneof(v4, v6), (text) => {
        const block = parseBlock(text)!;
        // IPv4-mapped addresses are looked up as IPv4: BlockList does not, so leave them out
        fc.pre(!text.toLowerCase().includes('ffff:') || block.version === 4);
        const type = block.version === 4 ? 'ipv4' : 'ipv6';
        expect(specialRange(block) !== undefined, text).toBe(lists[block.version].check(text, type));
      }),
      { numRuns: 1500 },
    );
  });

  it('within() is prefix containment', () => {
    const ten = parseBlock('10.0.0.0/8')!;
    expect(within(parseBlock('10.255.0.0/16')!, ten)).toBe(true);
    expect(within(ten, ten)).toBe(true);
    expect(within(parseBlock('10.0.0.0/7')!, ten)).toBe(false);
    expect(within(parseBlock('11.0.0.0/16')!, ten)).toBe(false);
    expect(within(parseBlock('::a00:0/104')!, ten)).toBe(false);
  });
});

/** An address a small distance either side of `network`, as text. */
function nearby(network: bigint, bits: number): fc.Arbitrary<string> {
  const max = (1n << BigInt(bits)) - 1n;
  return fc.bigInt({ min: -300n, max: 300n }).map((delta) => {
    let value = network + delta;
    if (value < 0n) value = 0n;
    if (value > max) value = max;
    return formatBlock({ version: bits === 32 ? 4 : 6, network: value, prefix: bits }).split('/')[0]!;
  });
}
