// A seeded generator (mulberry32) of its own: the published ./testing entry needs no dependency,
// and the same seed gives the same values in every package that uses it.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** `length` characters drawn from `alphabet` (a string of single code units, or a list). */
  string(alphabet: string | readonly string[], length: number): string {
    const chars = typeof alphabet === 'string' ? [...alphabet] : alphabet;
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick(chars);
    return out;
  }
}
