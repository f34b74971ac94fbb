/**
 * Text forms of IPv6 addresses, for corpora: the ThreatConnect form and the
 * notations feeds actually carry (compressed, exploded, upper case, padded
 * groups, mixed case, embedded IPv4). Groups are 16-bit numbers.
 */

/** Clears every bit after `prefix` (host bits) in 16-bit groups. */
export function maskGroups(groups, prefix) {
  return groups.map((g, i) => {
    const keep = Math.max(0, Math.min(16, prefix - i * 16));
    return keep === 0 ? 0 : (g & (0xffff << (16 - keep))) & 0xffff;
  });
}

/** Hex text of a group: `pad` is the minimum number of digits. */
export function hexGroup(group, pad = 1, upper = false) {
  const text = group.toString(16).padStart(pad, '0');
  return upper ? text.toUpperCase() : text;
}

/** Runs of zero groups as `[start, length]`, in order. */
export function zeroRuns(groups) {
  const runs = [];
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    runs.push([i, j - i]);
    i = j;
  }
  return runs;
}

/** The run RFC 5952 compresses: the first longest run of two or more zero groups. */
export function canonicalRun(groups) {
  let best;
  for (const run of zeroRuns(groups)) if (run[1] >= 2 && (!best || run[1] > best[1])) best = run;
  return best;
}

/** Joins group texts, replacing `run` (`[start, length]` over the hex groups) with `::`; `tail` is an embedded IPv4 part. */
export function joinGroups(texts, run, tail) {
  const parts = tail === undefined ? texts : [...texts, tail];
  if (!run) return parts.join(':');
  const [start, length] = run;
  return `${parts.slice(0, start).join(':')}::${parts.slice(start + length).join(':')}`;
}

/** ThreatConnect's form: eight groups, no leading zeros, lower case, no `::`. */
export function threatConnectForm(groups) {
  return groups.map((g) => g.toString(16)).join(':');
}

/** Dotted-quad text of the low 32 bits (groups 6 and 7). */
export function dottedTail(groups) {
  return `${groups[6] >>> 8}.${groups[6] & 0xff}.${groups[7] >>> 8}.${groups[7] & 0xff}`;
}
