import { isAlpha, isAscii, isDigit, toLower, toUpper } from './ascii.js';
import type { AssertionKind, BackReferenceNode, CharNode, GroupNode, Greediness, Node, RepeatNode, SequenceNode } from './ast.js';
import { ALL, DOT, single, UNIX_DOT, type CharPredicate } from './char-predicates.js';
import { CodePointSet } from './code-point-set.js';
import { PatternCursor } from './cursor.js';
import { groupName } from './group-name.js';
import { JAVA_FLAGS } from './flags.js';
import { clazz } from './parse-class.js';
import { escape, family } from './parse-escape.js';
import { isSupplementary, patternText } from './pattern-text.js';
import { study } from './study.js';

const { CASE_INSENSITIVE, MULTILINE, DOTALL, UNIX_LINES, UNICODE_CASE, COMMENTS, CANON_EQ, UNICODE_CHARACTER_CLASS, LITERAL } = JAVA_FLAGS;
const MAX_REPS = 0x7fffffff;

/** What compiling a pattern yields besides its tree. */
export interface ParsedPattern {
  root: Node;
  /** Number of capturing groups. */
  groupCount: number;
  /** find() tries each code point, not each UTF-16 unit (Pattern's StartS or Boyer-Moore over a supplementary slice). */
  codePointStarts: boolean;
  /** Groups by number, and where each one closes (UTF-16 offset), for back-reference checks. */
  groups: ReadonlyMap<number, { node: GroupNode; end: number }>;
  backReferences: readonly BackReferenceNode[];
}

/** A port of java.util.regex.Pattern's recursive-descent parser, producing an AST instead of matcher nodes. */
export class Parser {
  readonly c: PatternCursor;
  hasSupplementary: boolean;
  capturingGroupCount = 1;
  readonly namedGroups = new Map<string, number>();
  /** Pattern.predicate: the class an escape such as \d produced. */
  predicate: CharPredicate | undefined;
  /** Pattern.root: the node an escape such as \b or \1 produced. */
  root: Node | undefined;
  readonly groups = new Map<number, { node: GroupNode; end: number }>();
  readonly backReferences: BackReferenceNode[] = [];

  constructor(source: string, flags: number) {
    if (flags & UNICODE_CHARACTER_CLASS) flags |= UNICODE_CASE;
    const text = patternText(source, (flags & LITERAL) !== 0);
    this.c = new PatternCursor(text, source, flags);
    this.hasSupplementary = text.hasSupplementary;
    if (flags & CANON_EQ) throw this.c.unsupported('CANON_EQ (canonical equivalence) is not supported', 0);
  }

  has(flag: number): boolean {
    return this.c.has(flag);
  }

  parse(): ParsedPattern {
    const c = this.c;
    let root: Node;
    if (this.has(LITERAL)) {
      root = this.newSlice(c.temp.slice(0, c.patternLength), this.c.temp.slice(0, c.patternLength).some(isSupplementary), 0);
      c.cursor = c.patternLength;
    } else {
      root = this.expr();
      if (c.patternLength !== c.cursor) {
        if (c.peek() === 0x29) throw c.error("Unmatched closing ')'");
        throw c.error('Unexpected internal error');
      }
    }
    const first = root.type === 'sequence' && !root.slice ? root.items[0] : root;
    const bnmSupplementary = first?.type === 'sequence' && first.slice !== undefined && !first.slice.caseInsensitive && first.items.length >= 4 && first.slice.supplementary;
    return {
      root,
      groupCount: this.capturingGroupCount - 1,
      codePointStarts: this.hasSupplementary || bnmSupplementary,
      groups: this.groups,
      backReferences: this.backReferences,
    };
  }

  /** Pattern.newCharProperty: a predicate that is not BMP-only makes find() step by code point. */
  newCharProperty(predicate: CharPredicate, offset: number): CharNode {
    if (!predicate.bmp) this.hasSupplementary = true;
    return { type: 'char', set: predicate.codePoints(), bmp: predicate.bmp, offset: this.c.offsetOf(offset) };
  }

  /** Throws for case-insensitive matching of a character under UNICODE_CASE, which would need Java's case tables. */
  checkCaseFolding(ch: number): void {
    if (this.has(CASE_INSENSITIVE) && this.has(UNICODE_CASE) && (isAlpha(ch) || !isAscii(ch))) {
      throw this.c.unsupported('case-insensitive matching with UNICODE_CASE ((?iu) or (?U)) is not supported');
    }
  }

  single(ch: number): CharPredicate {
    this.checkCaseFolding(ch);
    return single(ch, this.has(CASE_INSENSITIVE), isSupplementary(ch));
  }

  private expr(): Node {
    const alternatives: Node[] = [];
    for (;;) {
      alternatives.push(this.sequence());
      if (this.c.peek() !== 0x7c) break;
      this.c.next();
    }
    return alternatives.length === 1 ? alternatives[0]! : { type: 'alternation', alternatives };
  }

  private sequence(): Node {
    const c = this.c;
    const items: Node[] = [];
    for (;;) {
      let ch = c.peek();
      const offset = c.cursor;
      let node: Node;
      if (ch === 0x28) {
        // ( : a group handles its own quantifier; a flag-only group yields nothing
        const group = this.group0();
        if (group) items.push(group);
        continue;
      } else if (ch === 0x5b) {
        node = this.newCharProperty(clazz(this, true), offset);
      } else if (ch === 0x5c) {
        ch = c.nextEscaped();
        if (ch === 0x70 || ch === 0x50) {
          const complement = ch === 0x50;
          let oneLetter = true;
          ch = c.next();
          if (ch !== 0x7b) c.unread();
          else oneLetter = false;
          node = this.newCharProperty(family(this, oneLetter, complement, offset), offset);
        } else {
          c.unread();
          node = this.atom();
        }
      } else if (ch === 0x5e) {
        c.next();
        const kind: AssertionKind = this.has(MULTILINE) ? (this.has(UNIX_LINES) ? 'unix-caret' : 'caret') : 'begin';
        node = { type: 'assertion', kind, offset: c.offsetOf(offset) };
      } else if (ch === 0x24) {
        c.next();
        const multiline = this.has(MULTILINE);
        const kind: AssertionKind = this.has(UNIX_LINES) ? (multiline ? 'unix-dollar-multiline' : 'unix-dollar') : multiline ? 'dollar-multiline' : 'dollar';
        node = { type: 'assertion', kind, offset: c.offsetOf(offset) };
      } else if (ch === 0x2e) {
        c.next();
        const predicate = this.has(DOTALL) ? ALL : this.has(UNIX_LINES) ? UNIX_DOT : DOT;
        node = { type: 'char', set: predicate.codePoints(), bmp: false, offset: c.offsetOf(offset) };
      } else if (ch === 0x7c || ch === 0x29) {
        break;
      } else if (ch === 0x5d || ch === 0x7d) {
        node = this.atom();
      } else if (ch === 0x3f || ch === 0x2a || ch === 0x2b) {
        c.next();
        throw c.error(`Dangling meta character '${String.fromCodePoint(ch)}'`);
      } else if (ch === 0 && c.cursor >= c.patternLength) {
        break;
      } else {
        node = this.atom();
      }
      items.push(this.closure(node, offset));
    }
    return items.length === 1 ? items[0]! : { type: 'sequence', items };
  }

  /** Pattern.atom: a run of literal characters (a Slice), or the node of an escape. */
  private atom(): Node {
    const c = this.c;
    let first = 0;
    let prev = -1;
    let sliceHasSupplementary = false;
    const buffer: number[] = [];
    const start = c.cursor;
    let ch = c.peek();
    loop: for (;;) {
      switch (ch) {
        case 0x2a: // *
        case 0x2b: // +
        case 0x3f: // ?
        case 0x7b: // {
          if (first > 1) {
            c.cursor = prev;
            first--;
          }
          break loop;
        case 0x24: // $
        case 0x2e: // .
        case 0x5e: // ^
        case 0x28: // (
        case 0x5b: // [
        case 0x7c: // |
        case 0x29: // )
          break loop;
        case 0x5c: {
          ch = c.nextEscaped();
          if (ch === 0x70 || ch === 0x50) {
            if (first > 0) {
              c.unread();
              break loop;
            }
            const complement = ch === 0x50;
            let oneLetter = true;
            ch = c.next();
            if (ch !== 0x7b) c.unread();
            else oneLetter = false;
            return this.newCharProperty(family(this, oneLetter, complement, start), start);
          }
          c.unread();
          prev = c.cursor;
          ch = escape(this, false, first === 0, false);
          if (ch >= 0) {
            buffer[first++] = ch;
            if (isSupplementary(ch)) sliceHasSupplementary = true;
            ch = c.peek();
            continue;
          } else if (first === 0) {
            return this.root!;
          }
          c.cursor = prev;
          break loop;
        }
        default:
          // the end marker; a NUL character inside the pattern is a literal
          if (ch === 0 && c.cursor >= c.patternLength) break loop;
          prev = c.cursor;
          buffer[first++] = ch;
          if (isSupplementary(ch)) sliceHasSupplementary = true;
          ch = c.next();
          continue;
      }
    }
    if (first === 1) return this.newCharProperty(this.single(buffer[0]!), start);
    return this.newSlice(buffer.slice(0, first), sliceHasSupplementary, start);
  }

  /** Pattern.newSlice: literal characters, each ASCII letter in both cases under CASE_INSENSITIVE. */
  private newSlice(buffer: number[], supplementary: boolean, offset: number): SequenceNode {
    const caseInsensitive = this.has(CASE_INSENSITIVE);
    const items: Node[] = buffer.map((ch) => {
      this.checkCaseFolding(ch);
      const set = caseInsensitive && isAscii(ch) ? CodePointSet.of(toLower(ch), toUpper(ch)) : CodePointSet.of(ch);
      return { type: 'char', set, bmp: !isSupplementary(ch), offset: this.c.offsetOf(offset) } satisfies CharNode;
    });
    return { type: 'sequence', items, slice: { supplementary, caseInsensitive } };
  }

  private group0(): Node | undefined {
    const c = this.c;
    const save = c.flags0;
    const offset = c.offsetOf(c.cursor);
    this.root = undefined;
    let ch = c.next();
    let node: Node;
    let capture: number | undefined;
    if (ch === 0x3f) {
      ch = c.skip();
      if (ch === 0x3a) {
        node = { type: 'group', body: this.expr() };
      } else if (ch === 0x3d || ch === 0x21) {
        node = { type: 'lookaround', behind: false, negate: ch === 0x21, body: this.expr(), offset };
      } else if (ch === 0x3e) {
        node = { type: 'atomic', body: this.expr(), offset };
      } else if (ch === 0x3c) {
        ch = c.read();
        if (ch !== 0x3d && ch !== 0x21) {
          const name = groupName(this.c, ch);
          if (this.namedGroups.has(name)) throw c.error(`Named capturing group <${name}> is already defined`);
          capture = this.capturingGroupCount++;
          this.namedGroups.set(name, capture);
          node = { type: 'group', capture, body: this.expr() };
        } else {
          const start = c.cursor;
          const body = this.expr();
          const info = study(body);
          if (!info.maxValid) throw c.error('Look-behind group does not have an obvious maximum length');
          const supplementary = c.temp.slice(start, c.patternLength).some(isSupplementary);
          node = { type: 'lookaround', behind: true, negate: ch === 0x21, body, offset, minLength: info.minLength, maxLength: info.maxLength, supplementary };
        }
      } else if (ch === 0x24 || ch === 0x40) {
        throw c.error('Unknown group type');
      } else {
        c.unread();
        this.addFlag();
        ch = c.read();
        if (ch === 0x29) return undefined;
        if (ch !== 0x3a) throw c.error('Unknown inline modifier');
        node = { type: 'group', body: this.expr() };
      }
    } else {
      capture = this.capturingGroupCount++;
      node = { type: 'group', capture, body: this.expr() };
    }
    c.accept(0x29, 'Unclosed group');
    c.flags0 = save;
    if (capture !== undefined && node.type === 'group') this.groups.set(capture, { node, end: c.offsetOf(c.cursor) });
    const quantified = this.closure(node, c.cursor);
    if (quantified !== node && quantified.type === 'repeat' && (node.type === 'group' || node.type === 'atomic')) {
      quantified.javaNode = node.type === 'group' ? 'group' : quantified.javaNode;
      if (node.type === 'group') quantified.deterministic = study(node.body).deterministic;
    }
    return quantified;
  }

  private addFlag(): void {
    const c = this.c;
    let ch = c.peek();
    for (;;) {
      const flag = inlineFlag(ch);
      if (flag === undefined) {
        if (ch === 0x2d) {
          c.next();
          this.subFlag();
        }
        return;
      }
      if (flag === CANON_EQ) throw c.unsupported('CANON_EQ ((?c)) is not supported', c.cursor);
      c.flags0 |= flag;
      ch = c.next();
    }
  }

  private subFlag(): void {
    const c = this.c;
    let ch = c.peek();
    for (;;) {
      const flag = inlineFlag(ch);
      if (flag === undefined) return;
      c.flags0 &= ~flag;
      ch = c.next();
    }
  }

  private qtype(): Greediness {
    const ch = this.c.next();
    if (ch === 0x3f) {
      this.c.next();
      return 'lazy';
    }
    if (ch === 0x2b) {
      this.c.next();
      return 'possessive';
    }
    return 'greedy';
  }

  private curly(body: Node, min: number, offset: number): RepeatNode {
    const greediness = this.qtype();
    const javaNode = greediness === 'greedy' && body.type === 'char' ? 'char-greedy' : 'curly';
    return { type: 'repeat', body, min, max: Infinity, greediness, javaNode, offset: this.c.offsetOf(offset) };
  }

  /** Pattern.closure: a quantifier after the node, if any. */
  private closure(body: Node, offset: number): Node {
    const c = this.c;
    let ch = c.peek();
    if (ch === 0x3f) return { type: 'repeat', body, min: 0, max: 1, greediness: this.qtype(), javaNode: 'ques', offset: c.offsetOf(offset) };
    if (ch === 0x2a) return this.curly(body, 0, offset);
    if (ch === 0x2b) return this.curly(body, 1, offset);
    if (ch !== 0x7b) return body;
    ch = c.skip();
    if (!isDigit(ch)) throw c.error('Illegal repetition');
    let min = 0;
    let max: number;
    do {
      min = min * 10 + (ch - 0x30);
      if (min > MAX_REPS) throw c.error('Illegal repetition range');
    } while (isDigit((ch = c.read())));
    if (ch === 0x2c) {
      ch = c.read();
      if (ch === 0x7d) {
        c.unread();
        return this.curly(body, min, offset);
      }
      max = 0;
      while (isDigit(ch)) {
        max = max * 10 + (ch - 0x30);
        if (max > MAX_REPS) throw c.error('Illegal repetition range');
        ch = c.read();
      }
    } else {
      max = min;
    }
    if (ch !== 0x7d) throw c.error('Unclosed counted closure');
    if (max < min) throw c.error('Illegal repetition range');
    c.unread();
    const greediness = this.qtype();
    const javaNode = min === 0 && max === 1 ? 'ques' : 'curly';
    return { type: 'repeat', body, min, max, greediness, javaNode, offset: c.offsetOf(offset) };
  }

  /** Pattern.ref: \n takes as many digits as name existing groups. */
  ref(refNum: number, offset: number): BackReferenceNode {
    const c = this.c;
    for (;;) {
      const ch = c.peek();
      if (!isDigit(ch)) break;
      const newRefNum = refNum * 10 + (ch - 0x30);
      if (this.capturingGroupCount - 1 < newRefNum) break;
      refNum = newRefNum;
      c.read();
    }
    return this.backReference(refNum, offset);
  }

  backReference(group: number, offset: number): BackReferenceNode {
    const node: BackReferenceNode = { type: 'backreference', group, caseInsensitive: this.has(CASE_INSENSITIVE), offset: this.c.offsetOf(offset) };
    this.backReferences.push(node);
    return node;
  }

  /** \d \s \w and their negations: ASCII, or Unicode under UNICODE_CHARACTER_CLASS. */
  get unicodeCharacterClass(): boolean {
    return this.has(UNICODE_CHARACTER_CLASS);
  }
}

function inlineFlag(ch: number): number | undefined {
  switch (ch) {
    case 0x69: return CASE_INSENSITIVE;
    case 0x6d: return MULTILINE;
    case 0x73: return DOTALL;
    case 0x64: return UNIX_LINES;
    case 0x75: return UNICODE_CASE;
    case 0x63: return CANON_EQ;
    case 0x78: return COMMENTS;
    case 0x55: return UNICODE_CHARACTER_CLASS | UNICODE_CASE;
    default: return undefined;
  }
}

export function parseJavaPattern(source: string, flags: number): ParsedPattern {
  return new Parser(source, flags).parse();
}
