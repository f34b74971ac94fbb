/**
 * A small seeded PRNG (sfc32, seeded through cyrb128) so that every corpus is
 * the same bytes on every machine: benchmark figures are only comparable when
 * the input is identical.
 */
export function createRng(seed) {
  let [a, b, c, d] = cyrb128(String(seed));
  const next = () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // discard the first outputs: sfc32 mixes its state in the first few rounds
  for (let i = 0; i < 15; i++) next();
  return {
    /** Uniform 32-bit unsigned integer. */
    u32: next,
    /** Uniform float in [0, 1). */
    float: () => next() / 4294967296,
    /** Uniform integer in [0, n). */
    int: (n) => Math.floor((next() / 4294967296) * n),
    /** Uniform integer in [min, max]. */
    range: (min, max) => min + Math.floor((next() / 4294967296) * (max - min + 1)),
    /** true with probability p. */
    chance: (p) => next() / 4294967296 < p,
    pick: (list) => list[Math.floor((next() / 4294967296) * list.length)],
  };
}

/** A picker over `[weight, value]` pairs. */
export function weighted(pairs) {
  const total = pairs.reduce((sum, [w]) => sum + w, 0);
  const cumulative = [];
  let acc = 0;
  for (const [w, value] of pairs) {
    acc += w / total;
    cumulative.push([acc, value]);
  }
  return (rng) => {
    const x = rng.float();
    for (const [limit, value] of cumulative) if (x < limit) return value;
    return cumulative[cumulative.length - 1][1];
  };
}

function cyrb128(str) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044596);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044596);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
