export const MAX_CODE_POINT = 0x10ffff;

/**
 * An immutable set of code points (0..U+10FFFF, lone surrogates included), as sorted, disjoint,
 * non-adjacent inclusive ranges.
 */
export class CodePointSet {
  static readonly EMPTY = new CodePointSet([]);
  static readonly ALL = new CodePointSet([0, MAX_CODE_POINT]);

  /** Flat [start0, end0, start1, end1, ...]. */
  readonly ranges: readonly number[];

  private constructor(ranges: readonly number[]) {
    this.ranges = ranges;
  }

  static of(...codePoints: number[]): CodePointSet {
    return CodePointSet.fromRanges(codePoints.flatMap((cp) => [cp, cp]));
  }

  static range(start: number, end: number): CodePointSet {
    return start > end ? CodePointSet.EMPTY : new CodePointSet([start, end]);
  }

  /** From flat [start, end, ...] pairs in any order, overlapping or not. */
  static fromRanges(pairs: readonly number[]): CodePointSet {
    const list: Array<[number, number]> = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const start = pairs[i]!;
      const end = pairs[i + 1]!;
      if (start <= end) list.push([start, end]);
    }
    list.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [start, end] of list) {
      const last = merged.length - 1;
      if (last > 0 && start <= merged[last]! + 1) merged[last] = Math.max(merged[last]!, end);
      else merged.push(start, end);
    }
    return new CodePointSet(merged);
  }

  static fromPredicate(test: (cp: number) => boolean, from = 0, to = MAX_CODE_POINT): CodePointSet {
    const pairs: number[] = [];
    let start = -1;
    for (let cp = from; cp <= to + 1; cp++) {
      const inside = cp <= to && test(cp);
      if (inside && start < 0) start = cp;
      if (!inside && start >= 0) {
        pairs.push(start, cp - 1);
        start = -1;
      }
    }
    return new CodePointSet(pairs);
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  has(cp: number): boolean {
    const r = this.ranges;
    let lo = 0;
    let hi = r.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < r[mid * 2]!) hi = mid - 1;
      else if (cp > r[mid * 2 + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  }

  union(other: CodePointSet): CodePointSet {
    if (other.isEmpty) return this;
    if (this.isEmpty) return other;
    return CodePointSet.fromRanges([...this.ranges, ...other.ranges]);
  }

  complement(): CodePointSet {
    const out: number[] = [];
    let next = 0;
    for (let i = 0; i < this.ranges.length; i += 2) {
      if (this.ranges[i]! > next) out.push(next, this.ranges[i]! - 1);
      next = this.ranges[i + 1]! + 1;
    }
    if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
    return new CodePointSet(out);
  }

  intersect(other: CodePointSet): CodePointSet {
    const out: number[] = [];
    const a = this.ranges;
    const b = other.ranges;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const start = Math.max(a[i]!, b[j]!);
      const end = Math.min(a[i + 1]!, b[j + 1]!);
      if (start <= end) out.push(start, end);
      if (a[i + 1]! < b[j + 1]!) i += 2;
      else j += 2;
    }
    return new CodePointSet(out);
  }

  subtract(other: CodePointSet): CodePointSet {
    return this.intersect(other.complement());
  }

  /** The part of the set within [start, end]. */
  within(start: number, end: number): CodePointSet {
    const r = this.ranges;
    if (r.length === 0 || (r[0]! >= start && r[r.length - 1]! <= end)) return this;
    const out: number[] = [];
    for (let i = 0; i < r.length; i += 2) {
      if (r[i + 1]! < start) continue;
      if (r[i]! > end) break;
      out.push(Math.max(r[i]!, start), Math.min(r[i + 1]!, end));
    }
    return new CodePointSet(out);
  }

  equals(other: CodePointSet): boolean {
    return this.ranges.length === other.ranges.length && this.ranges.every((v, i) => v === other.ranges[i]);
  }

  /** Each [start, end] range. */
  *pairs(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.ranges.length; i += 2) yield [this.ranges[i]!, this.ranges[i + 1]!];
  }
}
