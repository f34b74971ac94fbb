import type { Analysis, AnyAnalysis } from './analysis.js';

/** Enough for every field of a subject across a few fix passes; beyond it the oldest entry goes. */
const SLOTS = 16;

/**
 * The analyses made for one subject. A subject normally has one or two
 * analysed inputs, so a short scan beats hashing, and a hit allocates nothing.
 */
export class AnalysisMemo {
  private readonly analyses: (AnyAnalysis | undefined)[] = [];
  private readonly inputs: unknown[] = [];
  private readonly results: unknown[] = [];
  private size = 0;
  private oldest = 0;

  get<Input, Result>(analysis: Analysis<Input, Result>, input: Input): Result {
    for (let i = 0; i < this.size; i++) {
      if (this.analyses[i] === analysis && this.inputs[i] === input) return this.results[i] as Result;
    }
    const result = analysis.analyze(input);
    let slot = this.size;
    if (slot < SLOTS) this.size++;
    else {
      slot = this.oldest;
      this.oldest = (this.oldest + 1) % SLOTS;
    }
    this.analyses[slot] = analysis;
    this.inputs[slot] = input;
    this.results[slot] = result;
    return result;
  }

  /** Forgets everything (the subject is done), letting go of the inputs and results. */
  clear(): void {
    for (let i = 0; i < this.size; i++) {
      this.analyses[i] = undefined;
      this.inputs[i] = undefined;
      this.results[i] = undefined;
    }
    this.size = 0;
    this.oldest = 0;
  }
}
