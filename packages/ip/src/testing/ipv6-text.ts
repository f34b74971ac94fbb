// Generators of IPv6 and IPv4 address texts for the tests (not part of the published bundle).
import fc from 'fast-check';

/** How an IPv6 address is written: every standard text form ThreatConnect's form is not. */
export interface IPv6Notation {
  /** Replace a run of zero groups with `::` (which run: index modulo the number of runs). */
  compress: number | undefined;
  /** Write each group's hex digits in lower, upper or alternating case. */
  letterCase: 'lower' | 'upper' | 'mixed';
  /** Extra leading zeros per group (capped at four digits). */
  padding: number[];
  /** Write the last two groups as dotted IPv4. */
  ipv4Tail: boolean;
}

const group = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 0xff }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }) },
);

export const ipv6Groups = fc.array(group, { minLength: 8, maxLength: 8 });

export const ipv6Notation: fc.Arbitrary<IPv6Notation> = fc.record({
  compress: fc.option(fc.nat(7), { nil: undefined, freq: 3 }),
  letterCase: fc.constantFrom('lower', 'upper', 'mixed'),
  padding: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }), { minLength: 8, maxLength: 8 }),
  ipv4Tail: fc.nat(4).map((n) => n === 0),
});

/** Writes eight groups in the given notation. */
export function writeIPv6(groups: readonly number[], notation: IPv6Notation): string {
  const hexCount = notation.ipv4Tail ? 6 : 8;
  const tokens: string[] = [];
  for (let i = 0; i < hexCount; i++) {
    let text = groups[i]!.toString(16);
    text = '0'.repeat(Math.min(notation.padding[i] ?? 0, 4 - text.length)) + text;
    if (notation.letterCase === 'upper' || (notation.letterCase === 'mixed' && i % 2 === 0)) text = text.toUpperCase();
    tokens.push(text);
  }
  if (notation.ipv4Tail) tokens.push(`${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`);
  const runs = zeroRuns(groups.slice(0, hexCount));
  if (notation.compress === undefined || runs.length === 0) return tokens.join(':');
  const [from, to] = runs[notation.compress % runs.length]!;
  return `${tokens.slice(0, from).join(':')}::${tokens.slice(to).join(':')}`;
}

/** The [start, end) index ranges of consecutive zero groups. */
function zeroRuns(groups: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < groups.length; i++) {
    if (groups[i] !== 0) continue;
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** ThreatConnect's form, written by the tests themselves: lowercase hex, no leading zeros, all eight groups. */
export const threatConnectForm = (groups: readonly number[]) => groups.map((n) => n.toString(16)).join(':');

/** IPv6 addresses in assorted notations, with the groups they stand for. */
export const ipv6Written: fc.Arbitrary<{ text: string; groups: number[] }> = fc.record({ groups: ipv6Groups, notation: ipv6Notation }).map(({ groups, notation }) => ({ text: writeIPv6(groups, notation), groups }));

export const ipv6Text: fc.Arbitrary<string> = ipv6Written.map((w) => w.text);

const ALPHABET = '0123456789abcdefABCDEFx:./% \t-[]\\';
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), char: fc.constantFrom(...ALPHABET) });

/** Texts with a few random character edits: mostly broken, sometimes still valid. */
export function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([written, edits]) => {
    let out = written;
    for (const { at, kind, char } of edits) {
      const i = at % (out.length + 1);
      if (kind === 'insert') out = out.slice(0, i) + char + out.slice(i);
      else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + 1);
      else out = out.slice(0, i) + char + out.slice(i + 1);
    }
    return out;
  });
}

const octet = fc.oneof(fc.constant(0), fc.constant(255), fc.integer({ min: 0, max: 255 }));
export const ipv4Text: fc.Arbitrary<string> = fc.array(octet, { minLength: 4, maxLength: 4 }).map((o) => o.join('.'));
