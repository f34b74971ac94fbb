// Generators of CIDR blocks for the tests (not part of the published bundle).
import fc from 'fast-check';
import { clearHostBits, formatIPv6Groups } from '@tclint/ip';

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

export interface BlockOptions {
  /** Leave host bits set after the prefix (default: cleared, a valid block). */
  hostBits?: boolean;
  /** Sometimes write the prefix with leading zeros (`/048`). */
  paddedPrefix?: boolean;
}

const prefixPadding = (enabled: boolean | undefined) => (enabled ? fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }) : fc.constant(0));

/** IPv6 blocks in assorted notations. */
export function ipv6Block(options: BlockOptions = {}): fc.Arbitrary<string> {
  return fc.record({ groups: ipv6Groups, prefix: fc.integer({ min: 0, max: 128 }), notation: ipv6Notation, pad: prefixPadding(options.paddedPrefix) }).map(({ groups, prefix, notation, pad }) => {
    const words = groups.slice();
    if (!options.hostBits) clearHostBits(words, 8, 16, prefix);
    return `${writeIPv6(words, notation)}/${'0'.repeat(pad)}${prefix}`;
  });
}

/** IPv4 blocks in strict dotted decimal. */
export function ipv4Block(options: BlockOptions = {}): fc.Arbitrary<string> {
  const octet = fc.oneof(fc.constant(0), fc.constant(255), fc.integer({ min: 0, max: 255 }));
  return fc.record({ octets: fc.array(octet, { minLength: 4, maxLength: 4 }), prefix: fc.integer({ min: 0, max: 32 }), pad: prefixPadding(options.paddedPrefix) }).map(({ octets, prefix, pad }) => {
    const words = octets.slice();
    if (!options.hostBits) clearHostBits(words, 4, 8, prefix);
    return `${words.join('.')}/${'0'.repeat(pad)}${prefix}`;
  });
}

/** Blocks exactly in ThreatConnect's form: nothing to report, nothing to fix. */
export const threatConnectBlock: fc.Arbitrary<string> = fc.oneof(
  ipv4Block(),
  fc.record({ groups: ipv6Groups, prefix: fc.integer({ min: 0, max: 128 }) }).map(({ groups, prefix }) => {
    const words = groups.slice();
    clearHostBits(words, 8, 16, prefix);
    return `${formatIPv6Groups(words)}/${prefix}`;
  }),
);

const ALPHABET = '0123456789abcdefABCDEFx:./% \t-[]\\';
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), char: fc.constantFrom(...ALPHABET) });

/** Blocks with a few random character edits: mostly broken, sometimes still valid. */
export const mutatedBlock: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(ipv6Block({ hostBits: true }), ipv4Block({ hostBits: true })), fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([block, edits]) => {
    let text = block;
    for (const { at, kind, char } of edits) {
      const i = at % (text.length + 1);
      if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
      else text = text.slice(0, i) + char + text.slice(i + 1);
    }
    return text;
  });

/** Any UTF-16 string: lone surrogates, control characters, everything. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...ALPHABET) }),
);

const LINE_ENDINGS = ['\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029'];
const ODD_SPACES = [' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u0085'];

/** One change that may or may not matter to ThreatConnect's pattern: case, line endings, Unicode, defanging, zone ids, prefixes. */
export const trickyBlock: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(threatConnectBlock, ipv6Block({ hostBits: true, paddedPrefix: true }), ipv4Block({ hostBits: true, paddedPrefix: true })), fc.nat(13), fc.nat(), fc.nat())
  .map(([block, kind, a, b]) => {
    const slash = block.lastIndexOf('/');
    const at = a % (block.length + 1);
    switch (kind) {
      case 0:
        return block.toUpperCase();
      case 1:
        return block + LINE_ENDINGS[a % LINE_ENDINGS.length]!;
      case 2:
        return ODD_SPACES[a % ODD_SPACES.length]! + block + (b % 2 ? ODD_SPACES[b % ODD_SPACES.length]! : '');
      case 3:
        return block.slice(0, at) + '\ud800' + block.slice(at);
      case 4:
        // a full-width digit (U+FF10..U+FF19) in place of an ASCII one
        return block.replace(/\d/, (d) => String.fromCharCode(0xff10 + Number(d)));
      case 5:
        return block.replaceAll('.', '[.]');
      case 6:
        return `${block.slice(0, slash)}%eth${a % 3}${block.slice(slash)}`;
      case 7:
        return `${block.slice(0, slash)}/${['0', '00', '08', '32', '33', '048', '128', '129', '1280', '+8', ' 8', '8 ', ''][a % 13]}`;
      case 8:
        return `${block.slice(0, slash)}/${['255.0.0.0', '255.255.255.0', '0.255.255.255', 'ffff:ffff::', 'ffff:0:ffff::'][a % 5]}`;
      case 9:
        return block.slice(0, slash);
      case 10:
        return `${block}/${b % 129}`;
      case 11:
        return `${block.slice(0, slash)}:${(b % 0x10000).toString(16)}${block.slice(slash)}`;
      case 12:
        return block.replace(/(^|:)([0-9a-f]{1,3})(?=:|\/)/i, (_, sep: string, group: string) => `${sep}0${group}`);
      default:
        return `[${block.slice(0, slash)}]${block.slice(slash)}`;
    }
  });
