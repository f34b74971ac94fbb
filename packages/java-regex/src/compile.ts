import { Emitter } from './emit.js';
import { alphabetOf, HIGH_CLASS, LOW_CLASS, type Alphabet } from './emit-chars.js';
import { JavaRegexError } from './errors.js';
import { ALL_FLAGS } from './flags.js';
import { parseJavaPattern, type ParsedPattern } from './parser.js';

export interface CompileOptions {
  /** Pattern.compile's flags: a sum of JAVA_FLAGS (CASE_INSENSITIVE, MULTILINE...). Inline flags in the pattern work too. */
  flags?: number;
}

/** Matcher.matches() (the whole input) or Matcher.find() (the first match anywhere). */
export type MatchMode = 'matches' | 'find';

/** A Java regex compiled to JavaScript, answering as java.util.regex.Matcher does. */
export interface JavaRegex {
  /** The Java pattern. */
  readonly pattern: string;
  readonly flags: number;
  /** `Matcher.matches()`: the whole input matches. */
  matches(input: string): boolean;
  /** `Matcher.find()` from the start: some part of the input matches. */
  find(input: string): boolean;
  /** Where `Matcher.find()`'s first match is, in UTF-16 units (`end` exclusive), or undefined. */
  findFirst(input: string): { start: number; end: number } | undefined;
  /**
   * The JavaScript RegExp that answers for this input (it has no `u` flag: it reads UTF-16 units
   * the way Java does). The translation depends on the characters the input holds: ASCII only,
   * other BMP characters, or surrogates; each is built the first time it is needed.
   */
  regExpFor(input: string, mode: MatchMode): RegExp;
}

/**
 * Compiles a java.util.regex pattern to JavaScript regular expressions that match as Java 17 does.
 * Throws JavaRegexError (with the offset of the construct) when Java refuses the pattern, or when
 * the pattern uses a construct this package does not translate.
 */
export function compileJavaRegex(pattern: string, options: CompileOptions = {}): JavaRegex {
  const flags = options.flags ?? 0;
  if (!Number.isInteger(flags) || (flags & ~ALL_FLAGS) !== 0) {
    throw new JavaRegexError('syntax', `Unknown flag 0x${flags.toString(16)}`, pattern, 0);
  }
  const parsed = parseJavaPattern(pattern, flags);
  // The ASCII translation is built now: a construct that cannot be translated fails here, whatever the alphabet.
  const built = new Map<string, RegExp>();
  build(parsed, pattern, 'ascii', built);
  const regExpFor = (input: string, mode: MatchMode) => {
    const alphabet = alphabetOf(input);
    return built.get(`${alphabet} ${mode}`) ?? build(parsed, pattern, alphabet, built).get(`${alphabet} ${mode}`)!;
  };
  return {
    pattern,
    flags,
    regExpFor,
    matches: (input) => regExpFor(input, 'matches').test(input),
    find: (input) => regExpFor(input, 'find').test(input),
    findFirst: (input) => {
      const found = regExpFor(input, 'find').exec(input);
      return found ? { start: found.index, end: found.index + found[0].length } : undefined;
    },
  };
}

function build(parsed: ParsedPattern, pattern: string, alphabet: Alphabet, built: Map<string, RegExp>): Map<string, RegExp> {
  const emitter = new Emitter(parsed, pattern, alphabet);
  const whole = emitter.emitWhole(parsed.root);
  const body = new Emitter(parsed, pattern, alphabet).emit(parsed.root);
  // Pattern's StartS does not start a match on the low half of a surrogate pair; Start does
  const start = parsed.codePointStarts && alphabet === 'full' ? `(?!${LOW_CLASS}(?<=${HIGH_CLASS}${LOW_CLASS}))` : '';
  try {
    built.set(`${alphabet} matches`, new RegExp(`^(?:${whole})`));
    built.set(`${alphabet} find`, new RegExp(`${start}(?:${body})`));
  } catch (error) {
    throw new JavaRegexError('unsupported', `this JavaScript engine cannot compile the translation (${(error as Error).message})`, pattern, 0);
  }
  return built;
}
