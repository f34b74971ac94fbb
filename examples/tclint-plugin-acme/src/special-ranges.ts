import { parseBlock, unmapIpv4, within, type IpBlock } from './ip.js';

/** Why a range never holds a useful indicator; each is a message of `acme/private-ip`. */
export type SpecialCategory =
  | 'private'
  | 'sharedAddressSpace'
  | 'loopback'
  | 'linkLocal'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'reserved'
  | 'unspecified'
  | 'broadcast';

export const SPECIAL_CATEGORIES: readonly SpecialCategory[] = Object.freeze([
  'private',
  'sharedAddressSpace',
  'loopback',
  'linkLocal',
  'documentation',
  'benchmarking',
  'multicast',
  'reserved',
  'unspecified',
  'broadcast',
]);

export interface SpecialRange {
  /** As IANA's special-purpose registries write it: `10.0.0.0/8`, `2001:db8::/32`. */
  range: string;
  category: SpecialCategory;
  /** The RFC that sets the range aside. */
  reference: string;
  block: IpBlock;
}

// From IANA's IPv4 and IPv6 Special-Purpose Address Registries: the ranges
// that never hold a host on the public internet. A more specific range wins
// over the one it is part of (0.0.0.0/32 over 0.0.0.0/8).
const RANGES: ReadonlyArray<readonly [string, SpecialCategory, string]> = [
  ['0.0.0.0/8', 'reserved', 'RFC 791'],
  ['0.0.0.0/32', 'unspecified', 'RFC 1122'],
  ['10.0.0.0/8', 'private', 'RFC 1918'],
  ['100.64.0.0/10', 'sharedAddressSpace', 'RFC 6598'],
  ['127.0.0.0/8', 'loopback', 'RFC 1122'],
  ['169.254.0.0/16', 'linkLocal', 'RFC 3927'],
  ['172.16.0.0/12', 'private', 'RFC 1918'],
  ['192.0.0.0/24', 'reserved', 'RFC 6890'],
  ['192.0.2.0/24', 'documentation', 'RFC 5737'],
  ['192.88.99.0/24', 'reserved', 'RFC 7526'],
  ['192.168.0.0/16', 'private', 'RFC 1918'],
  ['198.18.0.0/15', 'benchmarking', 'RFC 2544'],
  ['198.51.100.0/24', 'documentation', 'RFC 5737'],
  ['203.0.113.0/24', 'documentation', 'RFC 5737'],
  ['224.0.0.0/4', 'multicast', 'RFC 5771'],
  ['233.252.0.0/24', 'documentation', 'RFC 5771'],
  ['240.0.0.0/4', 'reserved', 'RFC 1112'],
  ['255.255.255.255/32', 'broadcast', 'RFC 919'],
  ['::/128', 'unspecified', 'RFC 4291'],
  ['::1/128', 'loopback', 'RFC 4291'],
  ['100::/64', 'reserved', 'RFC 6666'],
  ['2001:2::/48', 'benchmarking', 'RFC 5180'],
  ['2001:db8::/32', 'documentation', 'RFC 3849'],
  ['3fff::/20', 'documentation', 'RFC 9637'],
  ['fc00::/7', 'private', 'RFC 4193'],
  ['fe80::/10', 'linkLocal', 'RFC 4291'],
  ['fec0::/10', 'private', 'RFC 3879'],
  ['ff00::/8', 'multicast', 'RFC 4291'],
];

/** Every special-purpose range this plugin warns about. */
export const SPECIAL_RANGES: readonly SpecialRange[] = Object.freeze(
  RANGES.map(([range, category, reference]) => Object.freeze({ range, category, reference, block: parseBlock(range)! })),
);

/**
 * The most specific special-purpose range that holds the whole block, if any.
 * An IPv4-mapped IPv6 block is looked up as the IPv4 block it maps.
 */
export function specialRange(block: IpBlock): SpecialRange | undefined {
  const target = unmapIpv4(block);
  let best: SpecialRange | undefined;
  for (const range of SPECIAL_RANGES) {
    if (within(target, range.block) && (!best || range.block.prefix > best.block.prefix)) best = range;
  }
  return best;
}
