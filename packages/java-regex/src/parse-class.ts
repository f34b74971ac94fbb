import { BitClass, and, caseInsensitiveRange, negate, range as rangePredicate, union, type CharPredicate } from './char-predicates.js';
import { JAVA_FLAGS } from './flags.js';
import { escape, family } from './parse-escape.js';
import type { Parser } from './parser.js';

/**
 * Pattern.clazz: a character class `[...]`, with nested classes (union), `&&` (intersection) and
 * Pattern's precedence between them, with the cursor on the `[`. Consumes the closing `]` when
 * `consume` is true (the right side of `&&` is parsed without its own brackets).
 */
export function clazz(p: Parser, consume: boolean): CharPredicate {
  const c = p.c;
  let prev: CharPredicate | undefined;
  let curr: CharPredicate | undefined;
  const bits = new BitClass();
  let isNeg = false;
  let hasBits = false;
  let ch = c.next();
  if (ch === 0x5e && c.at(c.cursor - 1) === 0x5b) {
    ch = c.next();
    isNeg = true;
  }
  for (;;) {
    let literal = false;
    switch (ch) {
      case 0x5b: // [ : a nested class
        curr = clazz(p, true);
        prev = prev ? union(prev, curr) : curr;
        ch = c.peek();
        continue;
      case 0x26: // &
        ch = c.next();
        if (ch === 0x26) {
          ch = c.next();
          let right: CharPredicate | undefined;
          while (ch !== 0x5d && ch !== 0x26) {
            if (ch === 0x5b) {
              right = right ? union(right, clazz(p, true)) : clazz(p, true);
            } else {
              c.unread();
              right = right ? union(right, clazz(p, false)) : clazz(p, false);
            }
            ch = c.peek();
          }
          if (hasBits) {
            // the characters so far bind tighter than &&
            if (!prev) prev = curr = bits;
            else prev = union(prev, bits);
            hasBits = false;
          }
          if (right) curr = right;
          if (!prev) {
            if (!right) throw c.error('Bad class syntax');
            prev = right;
          } else {
            prev = and(prev, curr!);
          }
        } else {
          c.unread();
          literal = true;
        }
        if (!literal) continue;
        break;
      case 0:
        if (c.cursor >= c.patternLength) throw c.error('Unclosed character class');
        break;
      case 0x5d: // ]
        if (prev || hasBits) {
          if (consume) c.next();
          if (!prev) prev = bits;
          else if (hasBits) prev = union(prev, bits);
          return isNeg ? negate(prev) : prev;
        }
        break;
      default:
        break;
    }
    curr = range(p, bits);
    if (!curr) {
      hasBits = true;
    } else if (!prev) {
      prev = curr;
    } else if (prev !== curr) {
      prev = union(prev, curr);
    }
    ch = c.peek();
  }
}

/**
 * Pattern.bitsOrSingle: characters below 256 go into the class's BitClass (undefined is returned),
 * others become their own predicate.
 */
function bitsOrSingle(p: Parser, bits: BitClass, ch: number): CharPredicate | undefined {
  if (ch < 256) {
    p.checkCaseFolding(ch);
    bits.add(ch, p.has(JAVA_FLAGS.CASE_INSENSITIVE));
    return undefined;
  }
  return p.single(ch);
}

/** Pattern.range: one character, a range `a-z`, an escape or a property inside a class. */
function range(p: Parser, bits: BitClass): CharPredicate | undefined {
  const c = p.c;
  let ch = c.peek();
  const start = c.cursor;
  if (ch === 0x5c) {
    ch = c.nextEscaped();
    if (ch === 0x70 || ch === 0x50) {
      const complement = ch === 0x50;
      let oneLetter = true;
      ch = c.next();
      if (ch !== 0x7b) c.unread();
      else oneLetter = false;
      return family(p, oneLetter, complement, start);
    }
    const isRange = c.at(c.cursor + 1) === 0x2d;
    c.unread();
    ch = escape(p, true, true, isRange);
    if (ch === -1) return p.predicate;
  } else {
    c.next();
  }
  if (ch >= 0) {
    if (c.peek() === 0x2d) {
      const endRange = c.at(c.cursor + 1);
      if (endRange === 0x5b) return bitsOrSingle(p, bits, ch);
      if (endRange !== 0x5d) {
        c.next();
        let m = c.peek();
        if (m === 0x5c) m = escape(p, true, false, true);
        else c.next();
        if (m < ch) throw c.error('Illegal character range');
        if (p.has(JAVA_FLAGS.CASE_INSENSITIVE)) {
          p.checkCaseFolding(ch);
          p.checkCaseFolding(m);
          return caseInsensitiveRange(ch, m);
        }
        return rangePredicate(ch, m);
      }
    }
    return bitsOrSingle(p, bits, ch);
  }
  throw c.error(`Unexpected character '${String.fromCharCode(ch & 0xffff)}'`);
}
