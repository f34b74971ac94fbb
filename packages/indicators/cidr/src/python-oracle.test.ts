import { spawnSync } from 'node:child_process';
import { createEngine, indicator } from '@tclint/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { normalizeCidr } from './normalize.js';
import { ipv6Block } from './testing/blocks.js';

/**
 * The seed's Python 3 snippet, applied to each input line. The formatting
 * expression is the seed's, character for character; a block the snippet
 * rejects (ipaddress raises ValueError, e.g. on host bits) prints "ERROR".
 */
const SEED_SNIPPET = String.raw`
import ipaddress
import sys

for incoming_cidr_range in sys.stdin.read().split("\n"):
    if not incoming_cidr_range:
        continue
    try:
        address_sections =[section.replace("0000", "xxxx").lstrip("0") for section in ipaddress.IPv6Network(incoming_cidr_range).exploded.split(":")]

        formatted_cidr_range = ":".join(address_sections)
        formatted_cidr_range = formatted_cidr_range.replace("xxxx", "0")
        print(formatted_cidr_range)
    except ValueError:
        print("ERROR")
`;

function findPython(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import ipaddress, sys; print(sys.version_info[0])'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || probe.stdout.trim() !== '3') return 'python3 with the ipaddress module is not available';
  return undefined;
}

const missing = findPython();
if (missing) console.warn(`skipping the Python oracle tests: ${missing}`);

/** Runs every block through one python3 process; returns its output line for each. */
function python(blocks: readonly string[]): string[] {
  const run = spawnSync('python3', ['-c', SEED_SNIPPET], { input: `${blocks.join('\n')}\n`, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const lines = run.stdout.split('\n').slice(0, -1);
  expect(lines.length).toBe(blocks.length);
  return lines;
}

const engine = createEngine({ config: [plugin.configs.recommended] });

/** What the plugin's rules make of a block: the fixed Block (the block itself when nothing needed fixing), or what is left to complain about. */
function fixedByRules(block: string): string {
  const result = engine.fix(indicator('CIDR', { Block: block }));
  if (result.messages.length) return `left with: ${result.messages.map((m) => m.message).join(' | ')}`;
  return result.output?.values.Block ?? block;
}

/** The seed examples and the spec's worked examples of the snippet, with what it gives for each. */
const WORKED_EXAMPLES: Record<string, string> = {
  // seed: CORRECT and INCORRECT
  'abc:def:10:0:0:0:0:0/48': 'abc:def:10:0:0:0:0:0/48',
  'abc:def:10::/48': 'abc:def:10:0:0:0:0:0/48',
  '0abc:def:10:0:0:0:0:0/48': 'abc:def:10:0:0:0:0:0/48',
  'abc:0def:10:0:0:0:0:0/48': 'abc:def:10:0:0:0:0:0/48',
  'abc:def:0010:0:0:0:0:0/48': 'abc:def:10:0:0:0:0:0/48',
  'abc:def:10:0000:0000:0000:0000:0000/48': 'abc:def:10:0:0:0:0:0/48',
  // the spec's worked examples
  'abc:0def:10::/48': 'abc:def:10:0:0:0:0:0/48',
  '0abc:def:10::/48': 'abc:def:10:0:0:0:0:0/48',
  'abc:0def:10:000:00::/48': 'abc:def:10:0:0:0:0:0/48',
  '2001:db8:1234::/48': '2001:db8:1234:0:0:0:0:0/48',
  '2001:db8:1234:0000:0000:0000:0000:0000/48': '2001:db8:1234:0:0:0:0:0/48',
  '2001:0DB8:1234::/48': '2001:db8:1234:0:0:0:0:0/48',
  '::/0': '0:0:0:0:0:0:0:0/0',
  '::ffff:1.2.3.0/120': '0:0:0:0:0:ffff:102:300/120',
  '::1.2.3.4/128': '0:0:0:0:0:0:102:304/128',
};

/** Host bits set: the snippet raises (strict IPv6Network); the rules mask (policy). */
const HOST_BITS: Record<string, string> = { '2001:db8::1/48': '2001:db8:0:0:0:0:0:0/48', '::ffff:1.2.3.4/120': '0:0:0:0:0:ffff:102:300/120' };

describe.skipIf(missing !== undefined)('the seed Python snippet as oracle', () => {
  const examples = Object.keys(WORKED_EXAMPLES);
  const hostBits = Object.keys(HOST_BITS);
  let generated: string[] = [];
  let output: string[] = [];
  // one python3 process for every input
  beforeAll(() => {
    generated = fc.sample(ipv6Block({ paddedPrefix: true }), { seed: 3052, numRuns: 10_000 });
    output = python([...generated, ...examples, ...hostBits]);
  });

  it('gives the same string as the rules for 10,000 generated IPv6 blocks in assorted notations', () => {
    // the sample really covers the notations it claims to
    expect(generated.filter((b) => b.includes('::')).length).toBeGreaterThan(3000);
    expect(generated.filter((b) => /[A-F]/.test(b)).length).toBeGreaterThan(3000);
    expect(generated.filter((b) => b.includes('.')).length).toBeGreaterThan(1000);
    expect(generated.filter((b) => /(^|:)0[0-9a-fA-F]/.test(b)).length).toBeGreaterThan(3000);
    expect(generated.filter((b) => /\/0\d/.test(b)).length).toBeGreaterThan(100);
    const mismatches: string[] = [];
    generated.forEach((block, i) => {
      const fixed = fixedByRules(block);
      if (fixed !== output[i] || normalizeCidr(block).value !== output[i]) mismatches.push(`${block}: python ${output[i]}, tclint ${fixed}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('agrees on the seed examples and the spec worked examples', () => {
    examples.forEach((block, i) => {
      expect(output[generated.length + i], `python on ${block}`).toBe(WORKED_EXAMPLES[block]);
      expect(fixedByRules(block), `tclint on ${block}`).toBe(WORKED_EXAMPLES[block]);
    });
  });

  it('raises on host bits, where the rules mask to the network address (policy)', () => {
    hostBits.forEach((block, i) => {
      expect(output[generated.length + examples.length + i], `python on ${block}`).toBe('ERROR');
      expect(fixedByRules(block), `tclint on ${block}`).toBe(HOST_BITS[block]);
    });
  });
});
