import { CodePointSet } from './code-point-set.js';

/**
 * How a character is read where it is matched:
 * - `code-point`: as Java's CharProperty reads it (a surrogate pair is one character, a lone
 *   surrogate is one character, and a match may start on the low half of a pair);
 * - `single-unit`: inside a fixed-length lookbehind without supplementary code points in its text,
 *   where Java's bounds leave no room for a pair (Pattern.Behind);
 * - `code-point-boundary`: inside a lookbehind Java steps through by code point (Pattern.BehindS),
 *   where a low surrogate right after a high one is never read alone.
 */
export type Reading = 'code-point' | 'single-unit' | 'code-point-boundary';

/**
 * The characters the input holds, which decides how much of each set needs writing out: an
 * ASCII-only input cannot meet any other character, an input without surrogates no pair.
 */
export type Alphabet = 'ascii' | 'bmp' | 'full';

export function alphabetOf(input: string): Alphabet {
  if (!NON_ASCII.test(input)) return 'ascii';
  return SURROGATE.test(input) ? 'full' : 'bmp';
}
const NON_ASCII = /[^\u0000-\u007F]/;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The part of a set an input of the alphabet can meet. */
export function restrict(set: CodePointSet, alphabet: Alphabet): CodePointSet {
  if (alphabet === 'ascii') return set.within(0, 0x7f);
  if (alphabet === 'bmp') return set.within(0, 0xd7ff).union(set.within(0xe000, 0xffff));
  return set;
}

const HIGH = [0xd800, 0xdbff] as const;
const LOW = [0xdc00, 0xdfff] as const;
const LOW_CLASS = '[\\uDC00-\\uDFFF]';
const HIGH_CLASS = '[\\uD800-\\uDBFF]';

const hex4 = (unit: number) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/** A code unit written so that it means itself in a JavaScript class or pattern (no `u` flag). */
function unit(u: number): string {
  if ((u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a)) return String.fromCharCode(u);
  return hex4(u);
}

/** A JavaScript class of UTF-16 units (the set must hold only values up to U+FFFF). */
export function unitClass(set: CodePointSet): string {
  const parts: string[] = [];
  for (const [start, end] of set.pairs()) {
    if (start === end) parts.push(unit(start));
    else if (end === start + 1) parts.push(unit(start), unit(end));
    else parts.push(`${unit(start)}-${unit(end)}`);
  }
  if (parts.length === 1 && parts[0]!.length === 1) return parts[0]!;
  return `[${parts.join('')}]`;
}

const highOf = (cp: number) => 0xd800 + ((cp - 0x10000) >> 10);
const lowOf = (cp: number) => 0xdc00 + ((cp - 0x10000) & 0x3ff);

/** Surrogate pairs for supplementary code points: `[highs][lows]` alternatives, highs with the same lows merged. */
export function pairAlternatives(supplementary: CodePointSet): string[] {
  const lowsByHigh = new Map<number, number[]>();
  const add = (high: number, lowStart: number, lowEnd: number) => {
    const list = lowsByHigh.get(high) ?? [];
    list.push(lowStart, lowEnd);
    lowsByHigh.set(high, list);
  };
  const fullHighs: number[] = [];
  for (const [start, end] of supplementary.pairs()) {
    const [hs, ls, he, le] = [highOf(start), lowOf(start), highOf(end), lowOf(end)];
    if (hs === he) {
      add(hs, ls, le);
      continue;
    }
    if (ls === LOW[0]) fullHighs.push(hs, hs);
    else add(hs, ls, LOW[1]);
    if (hs + 1 <= he - 1) fullHighs.push(hs + 1, he - 1);
    if (le === LOW[1]) fullHighs.push(he, he);
    else add(he, LOW[0], le);
  }
  const groups = new Map<string, number[]>();
  for (const [high, lows] of lowsByHigh) {
    const lowClass = unitClass(CodePointSet.fromRanges(lows));
    const highs = groups.get(lowClass) ?? [];
    highs.push(high, high);
    groups.set(lowClass, highs);
  }
  const out: string[] = [];
  if (fullHighs.length > 0) out.push(`${unitClass(CodePointSet.fromRanges(fullHighs))}${LOW_CLASS}`);
  for (const [lowClass, highs] of groups) out.push(`${unitClass(CodePointSet.fromRanges(highs))}${lowClass}`);
  return out;
}

/**
 * A JavaScript pattern (no `u` flag: it matches UTF-16 units) that matches one character of the
 * set as Java reads it. The alternatives exclude each other, so the translation adds no
 * backtracking: a pair is taken whole, a high surrogate alone only when no low one follows.
 */
export function characterPattern(full: CodePointSet, reading: Reading, backward = false, alphabet: Alphabet = 'full'): string {
  const set = restrict(full, alphabet);
  const supplementary = reading === 'single-unit' ? CodePointSet.EMPTY : set.within(0x10000, 0x10ffff);
  const highs = set.within(HIGH[0], HIGH[1]);
  const lows = set.within(LOW[0], LOW[1]);
  const others = set.within(0, 0xd7ff).union(set.within(0xe000, 0xffff));
  // the common case (a BMP character that is not a surrogate) first: the order changes nothing else
  const alternatives: string[] = [];
  if (reading === 'code-point-boundary') {
    if (!others.isEmpty) alternatives.push(unitClass(others));
    if (!lows.isEmpty) alternatives.push(`(?<!${HIGH_CLASS})${unitClass(lows)}`);
  } else if (!others.union(lows).isEmpty) {
    alternatives.push(unitClass(others.union(lows)));
  }
  if (!highs.isEmpty) alternatives.push(`${unitClass(highs)}(?!${LOW_CLASS})`);
  const pairs = pairAlternatives(supplementary);
  if (pairs.length > 0) alternatives.push(guardedPairs(pairs, backward));
  if (alternatives.length === 0) return '(?!)';
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}

/** Pair alternatives behind one test that a pair is there at all, so that other characters fail fast. */
export function guardedPairs(pairs: readonly string[], backward: boolean): string {
  if (pairs.length === 1) return pairs[0]!;
  const alternatives = `(?:${pairs.join('|')})`;
  return backward ? `${alternatives}(?<=${HIGH_CLASS}${LOW_CLASS})` : `(?=${HIGH_CLASS}${LOW_CLASS})${alternatives}`;
}

export const ANY_UNIT = '[\\s\\S]';
export { HIGH_CLASS, LOW_CLASS };
