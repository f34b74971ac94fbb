import type { CodePointSet } from './code-point-set.js';

/**
 * A parsed Java pattern, with every flag already applied (case-insensitivity is in the sets,
 * MULTILINE in the anchors), in the shape of the nodes java.util.regex.Pattern builds.
 */
export type Node =
  | CharNode
  | SequenceNode
  | AlternationNode
  | GroupNode
  | LookaroundNode
  | AtomicNode
  | RepeatNode
  | AssertionNode
  | LineEndingNode
  | BackReferenceNode;

/** One character (code point) from a set: a literal, a class, `.`, `\d`, `\p{L}`... */
export interface CharNode {
  type: 'char';
  set: CodePointSet;
  /** Pattern uses its BMP-only matcher (reads one UTF-16 unit): never true for sets with surrogates. */
  bmp: boolean;
  offset: number;
}

export interface SequenceNode {
  type: 'sequence';
  items: Node[];
  /** Literal characters Pattern keeps as one Slice node (which find() may scan with Boyer-Moore). */
  slice?: { supplementary: boolean; caseInsensitive: boolean };
}

export interface AlternationNode {
  type: 'alternation';
  alternatives: Node[];
}

/** `(...)`, `(?<name>...)`, `(?:...)` and `(?flags:...)`. */
export interface GroupNode {
  type: 'group';
  /** Java's group number, or undefined for a non-capturing group. */
  capture?: number;
  body: Node;
}

export interface LookaroundNode {
  type: 'lookaround';
  behind: boolean;
  negate: boolean;
  body: Node;
  offset: number;
  /** For lookbehinds: the lengths Pattern's TreeInfo gives its body (int32, as Java computes them). */
  minLength?: number;
  maxLength?: number;
  /** Pattern chose BehindS/NotBehindS (a supplementary code point or surrogate from here to the pattern's end). */
  supplementary?: boolean;
}

/** `(?>...)`. */
export interface AtomicNode {
  type: 'atomic';
  body: Node;
  offset: number;
}

export type Greediness = 'greedy' | 'lazy' | 'possessive';

export interface RepeatNode {
  type: 'repeat';
  body: Node;
  min: number;
  /** Infinity for `*`, `+` and `{n,}`. */
  max: number;
  greediness: Greediness;
  /**
   * Which Pattern node repeats: `ques` (`?`, `{0,1}`), `curly` (`{n,m}`, and `*`/`+` that are not
   * greedy single characters), `char-greedy` (greedy `*`, `+`, `{n,}` on one character),
   * `group` (a quantified group: Branch, GroupCurly or Loop).
   */
  javaNode: 'ques' | 'curly' | 'char-greedy' | 'group';
  /** For quantified groups: Pattern's TreeInfo found the body deterministic (GroupCurly, not Loop). */
  deterministic?: boolean;
  offset: number;
}

export type AssertionKind =
  | 'begin' // ^ without MULTILINE, \A
  | 'end' // \z
  | 'last-match' // \G
  | 'dollar' // $ and \Z
  | 'dollar-multiline'
  | 'unix-dollar' // $ and \Z under UNIX_LINES
  | 'unix-dollar-multiline'
  | 'caret' // ^ under MULTILINE
  | 'unix-caret'
  | 'word-boundary' // \b
  | 'not-word-boundary'; // \B

export interface AssertionNode {
  type: 'assertion';
  kind: AssertionKind;
  /** \b and \B under UNICODE_CHARACTER_CLASS. */
  unicodeWord?: boolean;
  offset: number;
}

/** `\R`. */
export interface LineEndingNode {
  type: 'line-ending';
  offset: number;
}

export interface BackReferenceNode {
  type: 'backreference';
  group: number;
  caseInsensitive: boolean;
  offset: number;
}

