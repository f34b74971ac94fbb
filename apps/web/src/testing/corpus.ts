import { ipv6CidrBlock } from '@tclint/bench/src/corpus/ipv6-cidr.mjs';
import { mixedRecord } from '@tclint/bench/src/corpus/mixed.mjs';
import { createRng } from '@tclint/bench/src/corpus/prng.mjs';

/** The benchmark's mixed feed (all twelve types, a fifth written with a mistake, Unicode hosts among them), one summary per line. */
export function mixedCorpus(records: number, seed = 'tclint-web-1'): string {
  const rng = createRng(seed);
  let text = '';
  for (let i = 0; i < records; i++) text += `${mixedRecord(rng).line}\n`;
  return text;
}

/** The benchmark's IPv6 CIDR blocks in every notation (ASCII only), one per line. */
export function cidrCorpus(records: number, seed = 'tclint-web-cidr'): string {
  const rng = createRng(seed);
  let text = '';
  for (let i = 0; i < records; i++) text += `${ipv6CidrBlock(rng)}\n`;
  return text;
}
