/**
 * An analysis of a value that several rules read, declared once (like
 * ESLint's `sourceCode`): a rule asks `context.analyze(analysis, input)` and
 * the engine runs `analyze` once per input for the subject in hand (a check,
 * or every pass of one fix), then forgets it. Nothing is kept in module state.
 */
export interface Analysis<Input, Result> {
  /** For messages and debugging (`asn/parse`). */
  readonly name: string;
  /** A pure function of the input: the engine may call it once and share the result between rules. */
  readonly analyze: (input: Input) => Result;
}

/** Any analysis (for collections). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAnalysis = Analysis<any, any>;

/** Declares an analysis: `const parsed = defineAnalysis('asn/parse', parseAsn)`. */
export function defineAnalysis<Input, Result>(name: string, analyze: (input: Input) => Result): Analysis<Input, Result> {
  if (typeof name !== 'string' || name === '') throw new TypeError('defineAnalysis: the name must be a non-empty string');
  if (typeof analyze !== 'function') throw new TypeError(`analysis "${name}": analyze must be a function`);
  return Object.freeze({ name, analyze });
}

/** What the engine gives `detect` and rules to read analyses with. */
export interface AnalysisContext {
  /** The analysis of `input`, computed once per input for the subject in hand. */
  analyze<Input, Result>(analysis: Analysis<Input, Result>, input: Input): Result;
}
