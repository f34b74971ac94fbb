import { spawnSync } from 'node:child_process';

/**
 * The seed's Python 3 snippet ("CIDR Range Indicators with IPv6 Addresses"),
 * applied to each input line. The formatting expression is the seed's,
 * character for character; a block the snippet rejects (ipaddress raises
 * ValueError, e.g. on host bits) prints "ERROR".
 */
export const SEED_SNIPPET = String.raw`
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

/** Why the oracle cannot run here, or undefined when python3 with `ipaddress` is available. */
export function pythonMissing(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import ipaddress, sys; print(sys.version_info[0])'], { encoding: 'utf8' });
  if (probe.error) return `python3 is not installed (${probe.error.message})`;
  if (probe.status !== 0 || probe.stdout.trim() !== '3') return 'python3 with the ipaddress module is not available';
  return undefined;
}

/** Runs every block through ONE python3 process; returns its output line for each block. */
export function seedSnippet(blocks: readonly string[]): string[] {
  const run = spawnSync('python3', ['-c', SEED_SNIPPET], { input: `${blocks.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const lines = run.stdout.split('\n').slice(0, -1);
  if (lines.length !== blocks.length) throw new Error(`python3 printed ${lines.length} lines for ${blocks.length} blocks`);
  return lines;
}
