import * as generate from './indicators.mjs';
import { weighted } from './prng.mjs';

/**
 * Shares of each type in the mixed feed (percent), a guess at a typical
 * threat-intelligence export: network indicators and hashes dominate.
 */
export const TYPE_SHARES = [
  [22, 'Host', generate.host],
  [18, 'URL', generate.url],
  [18, 'Address', generate.address],
  [14, 'File', generate.file],
  [7, 'EmailAddress', generate.emailAddress],
  [4, 'CIDR', generate.cidr],
  [3, 'ASN', generate.asn],
  [3, 'Registry Key', generate.registryKey],
  [3, 'Mutex', generate.mutex],
  [3, 'User Agent', generate.userAgent],
  [3, 'Email Subject', generate.emailSubject],
  [2, 'Hashtag', generate.hashtag],
];

/** Share of records written with a mistake. */
export const MALFORMED_SHARE = 0.2;

const pickType = weighted(TYPE_SHARES.map(([w, type, gen]) => [w, { type, gen }]));

/** One record of the mixed feed: its type, whether it was made malformed, and the line. */
export function mixedRecord(rng) {
  const { type, gen } = pickType(rng);
  const malformed = rng.chance(MALFORMED_SHARE);
  return { type, malformed, line: gen(rng, malformed) };
}
