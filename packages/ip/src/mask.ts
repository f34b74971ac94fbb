/**
 * Clears, in place, the bits of an address after its first `prefix` bits.
 * `words` holds the address as `count` words of `width` bits (IPv4: 4 x 8,
 * IPv6: 8 x 16). Returns true when any cleared bit was set (host bits).
 */
export function clearHostBits(words: Uint16Array | number[], count: number, width: number, prefix: number): boolean {
  // the words before the one the prefix ends in keep every bit
  let k = Math.floor(prefix / width);
  if (k >= count) return false;
  let set = false;
  const keep = prefix - k * width;
  const mask = ((1 << width) - 1) ^ ((1 << (width - keep)) - 1);
  const word = words[k]!;
  if ((word & ~mask) !== 0) {
    set = true;
    words[k] = word & mask;
  }
  for (k++; k < count; k++) {
    if (words[k] !== 0) {
      set = true;
      words[k] = 0;
    }
  }
  return set;
}

/** The prefix length a netmask stands for, or undefined when its ones are not contiguous from the left. */
export function prefixOfMask(words: ArrayLike<number>, width: number): number | undefined {
  let prefix = 0;
  let k = 0;
  const full = (1 << width) - 1;
  while (k < words.length && words[k] === full) {
    prefix += width;
    k++;
  }
  if (k === words.length) return prefix;
  const partial = words[k]!;
  let ones = 0;
  while (ones < width && (partial & (1 << (width - 1 - ones))) !== 0) ones++;
  if ((partial & ((1 << (width - ones)) - 1)) !== 0) return undefined;
  for (k++; k < words.length; k++) if (words[k] !== 0) return undefined;
  return prefix + ones;
}
