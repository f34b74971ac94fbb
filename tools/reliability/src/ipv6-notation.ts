import fc from 'fast-check';

/**
 * IPv6 addresses in every notation a feed may use, generated independently
 * of the rule packages: groups of 16 bits (zero-heavy, so `::` has runs to
 * compress), written with or without leading zeros, in any case, with `::`
 * over any run of zero groups, and with the last 32 bits as dotted IPv4.
 */
export interface Ipv6Sample {
  /** The eight groups. */
  groups: number[];
  /** The address as written. */
  text: string;
  /** Other groups written in the same notation. */
  render(groups: readonly number[]): string;
}

const group = fc.oneof(
  { arbitrary: fc.constant(0), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 0xf }), weight: 2 },
  { arbitrary: fc.integer({ min: 0x10, max: 0xfff }), weight: 2 },
  { arbitrary: fc.integer({ min: 0x1000, max: 0xffff }), weight: 3 },
);

const notation = fc.record({
  /** 0: no leading zeros, 1: every group padded to 4 digits, 2: random padding per group. */
  padding: fc.constantFrom(0, 1, 2),
  paddings: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
  case: fc.constantFrom('lower', 'upper', 'mixed'),
  /** Compress a zero run with `::` (which run is picked by `runPick`). */
  compress: fc.boolean(),
  runPick: fc.nat(),
  /** Write the last 32 bits as dotted IPv4. */
  dotted: fc.boolean(),
  mixedCase: fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }),
});

function hex(value: number, pad: number, caseMode: string, flips: readonly boolean[], offset: number): string {
  let s = value.toString(16);
  if (s.length < pad) s = '0'.repeat(pad - s.length) + s;
  if (caseMode === 'upper') return s.toUpperCase();
  if (caseMode === 'mixed') return [...s].map((c, i) => (flips[(offset + i) % flips.length] ? c.toUpperCase() : c)).join('');
  return s;
}

/** Runs of zero groups as [start, end) over the first `count` groups. */
function zeroRuns(groups: readonly number[], count: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (groups[i] !== 0) continue;
    let j = i;
    while (j < count && groups[j] === 0) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

type Notation = typeof notation extends fc.Arbitrary<infer N> ? N : never;

function render(groups: readonly number[], n: Notation): string {
  const count = n.dotted ? 6 : 8;
  const parts = groups.slice(0, count).map((g, i) => {
    const pad = n.padding === 0 ? 0 : n.padding === 1 ? 4 : n.paddings[i]! + 1;
    return hex(g, pad, n.case, n.mixedCase, i * 4);
  });
  const tail = n.dotted ? [`${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`] : [];
  const runs = zeroRuns(groups, count);
  if (!n.compress || !runs.length) return [...parts, ...tail].join(':');
  const [start, end] = runs[n.runPick % runs.length]!;
  return `${parts.slice(0, start).join(':')}::${[...parts.slice(end), ...tail].join(':')}`;
}

export const ipv6: fc.Arbitrary<Ipv6Sample> = fc
  .tuple(fc.array(group, { minLength: 8, maxLength: 8 }), notation)
  .map(([groups, n]) => ({ groups, text: render(groups, n), render: (other: readonly number[]) => render(other, n) }));

/** The groups with the bits after `prefix` cleared. */
export function masked(groups: readonly number[], prefix: number): number[] {
  return groups.map((g, i) => {
    const keep = Math.max(0, Math.min(16, prefix - i * 16));
    return keep === 0 ? 0 : g & (0xffff << (16 - keep)) & 0xffff;
  });
}

/** The address as groups of the text form: leading zeros dropped, lower case, all eight groups. */
export function plain(groups: readonly number[]): string {
  return groups.map((g) => g.toString(16)).join(':');
}
