import * as generate from './indicators.mjs';
import { TYPE_SHARES } from './mixed.mjs';
import { weighted } from './prng.mjs';
import { defangHost, ipv4 } from './words.mjs';

/**
 * The mostly-clean feed: the mixed feed's types in the same shares, but 95%
 * of the values already in ThreatConnect's stored form (`tclint check`
 * reports nothing for them) and 5% with a mistake that tclint reports, so the
 * corpus measures the path for values that need no fix (issue 18).
 */
export const CLEAN95_MALFORMED_SHARE = 0.05;

const clean = (gen) => (rng) => gen(rng, false);

/**
 * Stored forms the mixed feed's generators do not always give: its ASNs
 * include reserved numbers (private use, documentation), which tclint warns
 * about.
 */
const CLEAN = {
  ASN: (rng) => {
    const n = rng.chance(0.8) ? rng.range(1, 64495) : rng.range(131072, 400000);
    return `ASN${n === 23456 ? n + 1 : n}`;
  },
};

/**
 * The mistakes of the mixed feed's generators where every one is reported;
 * for the other types a reported mistake of their own, since some of the
 * mixed feed's come out in the stored form or are accepted as they are
 * (upper-case hashes, IPv6 with no zero run to compress, /32 blocks, a host
 * "shouted" with no letter made upper-case).
 */
const MISTAKES = {
  Host: (rng) => {
    const line = generate.host(rng, true);
    return /^[a-z0-9.-]*[a-z0-9]$/.test(line) ? line.toUpperCase() : line;
  },
  File: (rng) => (rng.chance(0.5) ? ` ${clean(generate.file)(rng)}` : `${clean(generate.file)(rng)} `),
  Address: (rng) => (rng.chance(0.5) ? defangHost(rng, ipv4(rng)) : ` ${ipv4(rng)} `),
  CIDR: (rng) => {
    const prefix = rng.pick([8, 16, 20, 22, 24, 24, 24, 27, 28, 29, 30]);
    const [a, b, c, d] = ipv4(rng).split('.').map(Number);
    const hostBitsSet = (((a << 24) | (b << 16) | (c << 8) | d) | 1) >>> 0;
    return `${hostBitsSet >>> 24}.${(hostBitsSet >>> 16) & 255}.${(hostBitsSet >>> 8) & 255}.${hostBitsSet & 255}/${prefix}`;
  },
  URL: (rng) => clean(generate.url)(rng).replace(/^http/, rng.pick(['hxxp', 'hXXp'])),
  EmailAddress: (rng) => clean(generate.emailAddress)(rng).replace('@', '[@]'),
};

const pickType = weighted(TYPE_SHARES.map(([w, type, gen]) => [w, { type, gen }]));

/** One record of the mostly-clean feed: its type, whether it was made malformed, and the line. */
export function clean95Record(rng) {
  const { type, gen } = pickType(rng);
  const malformed = rng.chance(CLEAN95_MALFORMED_SHARE);
  if (!malformed) return { type, malformed, line: CLEAN[type] ? CLEAN[type](rng) : gen(rng, false) };
  return { type, malformed, line: MISTAKES[type] ? MISTAKES[type](rng) : gen(rng, true) };
}
