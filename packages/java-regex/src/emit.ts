import type { LookaroundNode, Node, RepeatNode } from './ast.js';
import { assertionPattern } from './emit-assertions.js';
import { characterPattern, type Alphabet, type Reading } from './emit-chars.js';
import { JavaRegexError } from './errors.js';
import type { ParsedPattern } from './parser.js';

interface Context {
  reading: Reading;
  /** Inside a lookbehind, where JavaScript matches from right to left. */
  backward: boolean;
}

const FORWARD: Context = { reading: 'code-point', backward: false };
/** Lookbehind bounds at or beyond this many characters reach the start of any JavaScript string. */
const UNBOUNDED = 2 ** 29;

/**
 * Writes a parsed Java pattern as a JavaScript pattern (for a RegExp without the `u` flag: it
 * works on UTF-16 units and reads characters as Java does, see emit-chars.ts).
 */
export class Emitter {
  private atomicCount = 0;
  /** Java groups that a back-reference needs, by JavaScript group name. */
  private readonly referenced = new Set<number>();

  constructor(
    private readonly parsed: ParsedPattern,
    private readonly source: string,
    private readonly alphabet: Alphabet = 'full',
  ) {
    for (const ref of parsed.backReferences) this.checkBackReference(ref);
  }

  emit(node: Node, ctx: Context = FORWARD): string {
    switch (node.type) {
      case 'char':
        return characterPattern(node.set, ctx.reading, ctx.backward, this.alphabet);
      case 'sequence':
        return node.items.map((item) => this.emit(item, ctx)).join('');
      case 'alternation':
        return `(?:${node.alternatives.map((a) => this.emit(a, ctx)).join('|')})`;
      case 'group':
        if (node.capture !== undefined && this.referenced.has(node.capture)) return `(?<g${node.capture}>${this.emit(node.body, ctx)})`;
        return `(?:${this.emit(node.body, ctx)})`;
      case 'lookaround':
        return this.lookaround(node);
      case 'atomic':
        return this.atomic(this.emit(node.body, ctx), ctx, node.offset);
      case 'repeat':
        return this.repeat(node, ctx);
      case 'assertion':
        return assertionPattern(node.kind, node.unicodeWord, this.alphabet);
      case 'line-ending':
        return '(?:\\r\\n|[\\n\\u000B\\f\\r\\u0085\\u2028\\u2029])';
      case 'backreference':
        if (!this.parsed.groups.has(node.group)) return '(?!)'; // Java: a group that does not exist never matched
        return `\\k<g${node.group}>`;
    }
  }

  /**
   * The node, for Matcher.matches(): followed by the end of the input. The end is tested before the
   * zero-width nodes that close the pattern (assertions commute), so that a trailing lookahead such
   * as Host's `(?!.*@)` runs once at the end instead of at every place the rest could stop.
   */
  emitWhole(node: Node): string {
    switch (node.type) {
      case 'sequence': {
        let last = node.items.length - 1;
        while (last >= 0 && isZeroWidth(node.items[last]!)) last--;
        if (last < 0) return `(?![\\s\\S])${this.emit(node)}`;
        const head = node.items.slice(0, last).map((item) => this.emit(item)).join('');
        const tail = node.items.slice(last + 1).map((item) => this.emit(item)).join('');
        return `${head}${this.emitWhole(node.items[last]!)}${tail}`;
      }
      case 'alternation':
        return `(?:${node.alternatives.map((a) => this.emitWhole(a)).join('|')})`;
      case 'group':
        if (node.capture === undefined || !this.referenced.has(node.capture)) return `(?:${this.emitWhole(node.body)})`;
        return `${this.emit(node)}(?![\\s\\S])`;
      default:
        return `${this.emit(node)}(?![\\s\\S])`;
    }
  }

  private unsupported(description: string, offset: number): JavaRegexError {
    return new JavaRegexError('unsupported', description, this.source, offset);
  }

  /** JavaScript has no atomic groups: a lookahead (which never backtracks) captures, a back-reference consumes. */
  private atomic(body: string, ctx: Context, offset: number): string {
    if (ctx.backward) throw this.unsupported('atomic groups, possessive quantifiers and quantified \\R inside a lookbehind are not supported', offset);
    const name = `a${++this.atomicCount}`;
    return `(?=(?<${name}>${body}))\\k<${name}>`;
  }

  private lookaround(node: LookaroundNode): string {
    const open = node.behind ? (node.negate ? '(?<!' : '(?<=') : node.negate ? '(?!' : '(?=';
    if (!node.behind) return `${open}${this.emit(node.body, FORWARD)})`;
    const min = node.minLength!;
    const max = node.maxLength!;
    let reading: Reading = 'code-point';
    let guard = '';
    if (node.supplementary) {
      if (max < 0) throw this.unsupported('a lookbehind whose maximum length overflows Java\'s int is not supported', node.offset);
      reading = 'code-point-boundary';
    } else if (max < 0) {
      // Java's maximum overflowed: Behind starts at max(i - max, 0) in int arithmetic, which is past i
      // (no attempt at all) until i reaches max + 2^31
      guard = `(?<=[\\s\\S]{${max + 2 ** 31}})`;
    } else if (max < UNBOUNDED) {
      if (min === max) reading = 'single-unit';
      else if (canReadPair(node.body)) {
        throw this.unsupported(
          'a variable-length lookbehind that can match supplementary characters is not supported (Java bounds it in UTF-16 units)',
          node.offset,
        );
      }
    }
    const body = this.emit(node.body, { reading, backward: true });
    if (guard) return node.negate ? `(?:(?!${guard})|${open}${body}))` : `${guard}${open}${body})`;
    return `${open}${body})`;
  }

  private repeat(node: RepeatNode, ctx: Context): string {
    const body = node.body;
    if ((body.type === 'assertion' || body.type === 'lookaround') && node.javaNode !== 'group') {
      // Pattern repeats a zero-width node at most until it matches empty: once if required, else not at all
      return node.min === 0 ? '' : this.emit(body, ctx);
    }
    const quantifier = quantifierText(node.min, node.max) + (node.greediness === 'lazy' ? '?' : '');
    // Pattern's Ques and Curly take the first way each repeated atom matches (no backtracking into
    // it); that matters for \R, and for groups under a possessive quantifier
    const iterationAtomic =
      body.type === 'line-ending' || (node.greediness === 'possessive' && node.javaNode === 'group' && !node.deterministic);
    let iteration = this.emit(body, ctx);
    if (iterationAtomic) iteration = this.atomic(iteration, ctx, node.offset);
    const repeated = `(?:${iteration})${quantifier}`;
    return node.greediness === 'possessive' ? this.atomic(repeated, ctx, node.offset) : repeated;
  }

  /**
   * A back-reference is translated only where Java and JavaScript agree on its group: set exactly
   * once before it (not inside a quantifier, an alternative or a lookaround), and compared
   * case-sensitively. Java's groups keep values across iterations and fail when unset; JavaScript's
   * reset at each iteration and match empty when unset.
   */
  private checkBackReference(ref: Extract<Node, { type: 'backreference' }>): void {
    if (ref.caseInsensitive) throw this.unsupported('back-references under CASE_INSENSITIVE are not supported', ref.offset);
    const group = this.parsed.groups.get(ref.group);
    if (!group) return;
    if (group.end > ref.offset || !onSpine(this.parsed.root, group.node)) {
      throw this.unsupported(
        `a back-reference to group ${ref.group} is supported only after the group, when the group is matched exactly once (not inside a quantifier, an alternative or a lookaround)`,
        ref.offset,
      );
    }
    this.referenced.add(ref.group);
  }
}

function isZeroWidth(node: Node): boolean {
  return node.type === 'assertion' || node.type === 'lookaround';
}

function quantifierText(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
  if (min === 0 && max === 1) return '?';
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

/** The node is reached through sequences, groups and atomic groups only. */
function onSpine(root: Node, target: Node): boolean {
  if (root === target) return true;
  switch (root.type) {
    case 'sequence':
      return root.items.some((item) => onSpine(item, target));
    case 'group':
    case 'atomic':
      return onSpine(root.body, target);
    default:
      return false;
  }
}

/** Some character in the subtree can be a supplementary code point (a surrogate pair). */
function canReadPair(node: Node): boolean {
  switch (node.type) {
    case 'char':
      return !node.set.within(0x10000, 0x10ffff).isEmpty;
    case 'sequence':
      return node.items.some(canReadPair);
    case 'alternation':
      return node.alternatives.some(canReadPair);
    case 'group':
    case 'atomic':
    case 'repeat':
      return canReadPair(node.body);
    default:
      return false;
  }
}
