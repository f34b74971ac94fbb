import { weighted } from './prng.mjs';
import { canonicalRun, dottedTail, hexGroup, joinGroups, maskGroups, threatConnectForm, zeroRuns } from './ipv6-text.mjs';

/**
 * IPv6 CIDR blocks as feeds carry them: network addresses (no host bits, so
 * Python's strict `ipaddress.IPv6Network` accepts every one) in assorted
 * notations. Shares are a guess at a typical feed, weighted towards the
 * forms ThreatConnect rejects.
 */

const prefixLength = weighted([
  [10, 32], [30, 48], [10, 56], [25, 64], [3, 40], [3, 44], [3, 29], [2, 36],
  [2, 96], [2, 112], [2, 120], [1, 126], [1, 127], [4, 128], [2, 'any'],
]);

const firstGroup = weighted([
  [40, 'doc'], [30, 'rir'], [10, 'arin'], [8, 'ula'], [3, 'link'], [2, 'zero'], [1, '6bone'], [2, 'nat64'], [4, 'rir2'],
]);

/** The notation a block is written in, with its share of the corpus. */
export const NOTATIONS = [
  [12, 'threatconnect'],
  [30, 'compressed'],
  [6, 'compressed-upper'],
  [12, 'exploded'],
  [6, 'exploded-upper'],
  [10, 'padded'],
  [4, 'mixed-case'],
  [5, 'compressed-other-run'],
  [15, 'embedded-ipv4'],
];
const notation = weighted(NOTATIONS);

function randomGroups(rng) {
  const groups = [0, 0, 0, 0, 0, 0, 0, 0];
  switch (firstGroup(rng)) {
    case 'doc': groups[0] = 0x2001; break;
    case 'rir': groups[0] = 0x2400 + rng.int(0x800); break;
    case 'rir2': groups[0] = 0x2a00 + rng.int(0x10); break;
    case 'arin': groups[0] = 0x2600 + rng.int(0x10); break;
    case 'ula': groups[0] = 0xfd00 + rng.int(0x100); break;
    case 'link': groups[0] = 0xfe80; break;
    case 'zero': groups[0] = 0; break;
    case '6bone': groups[0] = 0x3ffe; break;
    case 'nat64': groups[0] = 0x64; groups[1] = 0xff9b; break;
  }
  for (let i = groups[1] ? 2 : 1; i < 8; i++) {
    if (rng.chance(0.35)) continue; // zero groups are common in allocated space
    groups[i] = rng.chance(0.3) ? rng.int(0x100) : rng.int(0x10000);
  }
  if (groups[0] === 0x2001 && rng.chance(0.4)) groups[1] = 0xdb8;
  return groups;
}

/** A random compression of some zero run (not necessarily the canonical one, single groups included), or undefined. */
function anyRun(rng, groups, limit = groups.length) {
  const runs = zeroRuns(groups.slice(0, limit));
  return runs.length ? rng.pick(runs) : undefined;
}

function textOf(rng, groups, how) {
  switch (how) {
    case 'threatconnect':
      return threatConnectForm(groups);
    case 'compressed':
      return joinGroups(groups.map((g) => hexGroup(g)), canonicalRun(groups));
    case 'compressed-upper':
      return joinGroups(groups.map((g) => hexGroup(g, 1, true)), canonicalRun(groups));
    case 'exploded':
      return joinGroups(groups.map((g) => hexGroup(g, 4)));
    case 'exploded-upper':
      return joinGroups(groups.map((g) => hexGroup(g, 4, true)));
    case 'padded': {
      const texts = groups.map((g) => (rng.chance(0.5) ? hexGroup(g, rng.range(2, 4)) : hexGroup(g)));
      return joinGroups(texts, rng.chance(0.5) ? canonicalRun(groups) : undefined);
    }
    case 'mixed-case': {
      const texts = groups.map((g) => [...hexGroup(g, rng.chance(0.3) ? 4 : 1)].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c)).join(''));
      return joinGroups(texts, rng.chance(0.5) ? canonicalRun(groups) : undefined);
    }
    case 'compressed-other-run':
      return joinGroups(groups.map((g) => hexGroup(g)), anyRun(rng, groups));
    default:
      throw new Error(`unknown notation ${how}`);
  }
}

const embeddedHigh = weighted([[50, 'mapped'], [25, 'nat64'], [10, 'compatible'], [15, 'random']]);

/** `::ffff:192.0.2.0/120` and friends: the low 32 bits as a dotted quad. */
function embeddedIpv4Block(rng) {
  let groups = [0, 0, 0, 0, 0, 0, rng.int(0x10000), rng.int(0x10000)];
  switch (embeddedHigh(rng)) {
    case 'mapped': groups[5] = 0xffff; break;
    case 'nat64': groups[0] = 0x64; groups[1] = 0xff9b; break;
    case 'compatible': break;
    case 'random': groups = [...randomGroups(rng).slice(0, 6), ...groups.slice(6)]; break;
  }
  const prefix = rng.chance(0.9) ? rng.range(96, 128) : rng.range(64, 95);
  groups = maskGroups(groups, prefix);
  const high = groups.slice(0, 6);
  const style = rng.int(4);
  const texts = high.map((g) => hexGroup(g, style === 1 ? 4 : 1, style === 2));
  const run = style === 1 ? undefined : style === 3 ? anyRun(rng, high) : canonicalRun(high);
  return `${joinGroups(texts, run, dottedTail(groups))}/${prefix}`;
}

/** One IPv6 CIDR block (a line of the corpus). */
export function ipv6CidrBlock(rng) {
  const how = notation(rng);
  if (how === 'embedded-ipv4') return embeddedIpv4Block(rng);
  let prefix = prefixLength(rng);
  if (prefix === 'any') prefix = rng.range(0, 128);
  const groups = maskGroups(randomGroups(rng), prefix);
  return `${textOf(rng, groups, how)}/${prefix}`;
}
