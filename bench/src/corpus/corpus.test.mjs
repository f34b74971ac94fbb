import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { normalizeCidr } from '@tclint/indicator-cidr';
import { corpusPath, ensureCorpus, parseSize, sizeLabel } from './files.mjs';
import { ipv6CidrBlock, NOTATIONS } from './ipv6-cidr.mjs';
import { MALFORMED_SHARE, mixedRecord, TYPE_SHARES } from './mixed.mjs';
import { createRng } from './prng.mjs';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const blocks = (() => {
  const rng = createRng('corpus-test');
  return Array.from({ length: 20_000 }, () => ipv6CidrBlock(rng));
})();

/** The seed's snippet over many lines in one python3 process; raises (non-zero exit) on any block Python rejects. */
const snippetCache = new Map();
function pythonSnippet(lines) {
  if (!snippetCache.has(lines)) snippetCache.set(lines, runSnippet(lines));
  return snippetCache.get(lines);
}

function runSnippet(lines) {
  const script = `
import ipaddress, sys
for line in sys.stdin.read().split("\\n"):
    if not line: continue
    address_sections =[section.replace("0000", "xxxx").lstrip("0") for section in ipaddress.IPv6Network(line).exploded.split(":")]
    print(":".join(address_sections).replace("xxxx", "0"))
`;
  const run = spawnSync('python3', ['-c', script], { input: lines.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.trimEnd().split('\n');
}

describe('the PRNG', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed) => { const rng = createRng(seed); return Array.from({ length: 8 }, () => rng.u32()); };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });
  it('spreads int(n) over the whole range', () => {
    const rng = createRng('spread');
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(10)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('the IPv6 CIDR corpus', () => {
  it('uses every notation: compressed, exploded, upper case, padded groups, embedded IPv4', () => {
    expect(NOTATIONS.length).toBeGreaterThan(5);
    expect(blocks.some((b) => b.includes('::'))).toBe(true);
    expect(blocks.some((b) => /^[0-9a-f]{4}(:[0-9a-f]{4}){7}\//.test(b))).toBe(true);
    expect(blocks.some((b) => /[A-F]/.test(b))).toBe(true);
    expect(blocks.some((b) => /(^|:)0[0-9a-f]/.test(b))).toBe(true);
    expect(blocks.some((b) => /\d+\.\d+\.\d+\.\d+\//.test(b))).toBe(true);
    expect(blocks.some((b) => normalizeCidr(b).ok)).toBe(true); // some are already in ThreatConnect's form
  });

  it.runIf(hasPython)('is accepted by Python strict IPv6Network, and the seed snippet and tclint agree on every block', () => {
    const expected = pythonSnippet(blocks);
    expect(expected).toHaveLength(blocks.length);
    const disagreements = blocks.filter((b, i) => normalizeCidr(b).value !== expected[i]);
    expect(disagreements).toEqual([]);
  });

  it.runIf(hasPython)('differs from ipaddr.js only on blocks written ::a.b.c.d, which ipaddr.js reads as ::ffff:a.b.c.d', () => {
    const expected = pythonSnippet(blocks);
    const viaIpaddr = blocks.map((b) => { const [a, bits] = ipaddr.parseCIDR(b); return `${a.toNormalizedString()}/${bits}`; });
    const differing = blocks.filter((_, i) => viaIpaddr[i] !== expected[i]);
    const compatible = blocks.filter((b) => /^::\d+\.\d+\.\d+\.\d+\//.test(b));
    expect(differing.length).toBeGreaterThan(0);
    expect(differing).toEqual(compatible);
  });
});

describe('the mixed feed', () => {
  const rng = createRng('mixed-test');
  const records = Array.from({ length: 20_000 }, () => mixedRecord(rng));

  it('has every type in its share (±1.5 points)', () => {
    const total = TYPE_SHARES.reduce((s, [w]) => s + w, 0);
    for (const [weight, type] of TYPE_SHARES) {
      const share = records.filter((r) => r.type === type).length / records.length;
      expect(Math.abs(share - weight / total), type).toBeLessThan(0.015);
    }
  });

  it('has about 20% malformed records, of the kinds the issue names', () => {
    const malformed = records.filter((r) => r.malformed);
    expect(Math.abs(malformed.length / records.length - MALFORMED_SHARE)).toBeLessThan(0.015);
    const lines = malformed.map((r) => r.line);
    expect(lines.some((l) => /^ASN? +\d+$/.test(l))).toBe(true); // spaces in ASNs
    expect(malformed.some((r) => r.type === 'CIDR' && r.line.includes('::'))).toBe(true); // compressed IPv6
    expect(malformed.some((r) => r.type === 'Host' && /[A-Z]/.test(r.line))).toBe(true); // upper-case hosts
    expect(malformed.some((r) => r.type === 'Host' && /[^\x00-\x7f]/.test(r.line))).toBe(true); // Unicode hosts
    expect(lines.some((l) => l.startsWith('HKLM\\'))).toBe(true);
    expect(lines.some((l) => /^hxxps?:\/\/\S*\[\.\]/i.test(l))).toBe(true); // defanged URLs
    expect(records.filter((r) => !r.malformed).every((r) => r.line === r.line.trim())).toBe(true);
  });

  it('never puts a line break inside a record', () => {
    expect(records.every((r) => !/[\r\n]/.test(r.line))).toBe(true);
  });
});

describe('corpus files', () => {
  it('parses and prints sizes', () => {
    expect(parseSize('100k')).toBe(100_000);
    expect(parseSize('1M')).toBe(1_000_000);
    expect(parseSize('2500')).toBe(2500);
    expect(() => parseSize('ten')).toThrow(/bad size/);
    expect(sizeLabel(10_000_000)).toBe('10M');
    expect(sizeLabel(1234)).toBe('1234');
  });

  it('writes the same bytes every time, one record per line', () => {
    const records = 1234;
    try {
      const first = ensureCorpus('mixed', records, { force: true });
      const again = ensureCorpus('mixed', records, { force: true });
      expect(again.meta.sha256).toBe(first.meta.sha256);
      const text = readFileSync(first.path, 'utf8');
      expect(text.split('\n')).toHaveLength(records + 1);
      expect(Buffer.byteLength(text)).toBe(first.meta.bytes);
    } finally {
      rmSync(corpusPath('mixed', records), { force: true });
      rmSync(`${corpusPath('mixed', records)}.meta.json`, { force: true });
    }
  });
});
