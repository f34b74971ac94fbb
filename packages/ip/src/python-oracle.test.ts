import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIPv6 } from './ipv6.js';
import { ipv6Text } from './testing/ipv6-text.js';

/**
 * The formatting of the seed's Python 3 snippet ("Common Errors" page), character for character,
 * applied to each address as a /128 network; an address Python refuses prints "ERROR".
 */
const SEED_SNIPPET = String.raw`
import ipaddress
import sys

for address in sys.stdin.read().split("\n"):
    if not address:
        continue
    try:
        address_sections =[section.replace("0000", "xxxx").lstrip("0") for section in ipaddress.IPv6Network(address + "/128").exploded.split(":")]

        formatted_cidr_range = ":".join(address_sections)
        formatted_cidr_range = formatted_cidr_range.replace("xxxx", "0")
        print(formatted_cidr_range.split("/")[0])
    except ValueError:
        print("ERROR")
`;

function findPython(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import ipaddress, sys; print(sys.version_info[0])'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || probe.stdout.trim() !== '3') return 'python3 with the ipaddress module is not available';
  return undefined;
}

const missing = findPython();
if (missing) console.warn(`SKIPPED: @tclint/ip against the seed's Python snippet: ${missing}`);

describe.skipIf(missing !== undefined)(`formatIPv6 against the seed's Python snippet${missing ? ` (SKIPPED: ${missing})` : ''}`, () => {
  let addresses: string[] = [];
  let output: string[] = [];
  beforeAll(() => {
    addresses = fc.sample(ipv6Text, { seed: 3052, numRuns: 10_000 });
    const run = spawnSync('python3', ['-c', SEED_SNIPPET], { input: `${addresses.join('\n')}\n`, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
    output = run.stdout.split('\n').slice(0, -1);
  });

  it('gives the same string for 10,000 generated IPv6 addresses in assorted notations', () => {
    expect(output.length).toBe(addresses.length);
    expect(addresses.filter((a) => a.includes('::')).length).toBeGreaterThan(3000);
    expect(addresses.filter((a) => a.includes('.')).length).toBeGreaterThan(1000);
    const mismatches = addresses.filter((a, i) => formatIPv6(a) !== output[i]).map((a) => `${a}: python ${output[addresses.indexOf(a)]}, tclint ${formatIPv6(a)}`);
    expect(mismatches).toEqual([]);
  });
});
