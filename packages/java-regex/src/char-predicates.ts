import { isAscii, toLower, toUpper } from './ascii.js';
import { CodePointSet } from './code-point-set.js';
import { propertySet } from './unicode/tables.js';

/**
 * A character predicate as Pattern builds it: the code points it accepts, evaluated once the
 * class that holds it is parsed (Pattern's BitClass is mutable, and a union or intersection made
 * earlier in the class sees characters added to it later), and whether Pattern treats it as
 * BMP-only (BmpCharPredicate), which decides how Pattern reads and steps through the input.
 */
export interface CharPredicate {
  readonly bmp: boolean;
  codePoints(): CodePointSet;
}

export function fixed(set: CodePointSet, bmp: boolean): CharPredicate {
  return { bmp, codePoints: () => set };
}

/** Pattern.BitClass: the characters below 256 of a class, added one by one. */
export class BitClass implements CharPredicate {
  readonly bmp = true;
  private readonly bits = new Set<number>();

  add(c: number, caseInsensitive: boolean): void {
    if (caseInsensitive && isAscii(c)) {
      this.bits.add(toUpper(c));
      this.bits.add(toLower(c));
    }
    this.bits.add(c);
  }

  codePoints(): CodePointSet {
    return CodePointSet.of(...this.bits);
  }
}

export const union = (a: CharPredicate, b: CharPredicate): CharPredicate => ({
  bmp: a.bmp && b.bmp,
  codePoints: () => a.codePoints().union(b.codePoints()),
});

export const and = (a: CharPredicate, b: CharPredicate): CharPredicate => ({
  bmp: a.bmp && b.bmp,
  codePoints: () => a.codePoints().intersect(b.codePoints()),
});

/** CharPredicate.negate: BmpCharPredicate does not override it, so a negation is never BMP-only. */
export const negate = (a: CharPredicate): CharPredicate => ({
  bmp: false,
  codePoints: () => a.codePoints().complement(),
});

const LINE_TERMINATORS = CodePointSet.of(0x0a, 0x0d, 0x85, 0x2028, 0x2029);

export const DOT = fixed(LINE_TERMINATORS.complement(), false);
export const UNIX_DOT = fixed(CodePointSet.of(0x0a).complement(), false);
export const ALL = fixed(CodePointSet.ALL, false);
export const ASCII_DIGIT = fixed(CodePointSet.range(0x30, 0x39), true);
export const ASCII_SPACE = fixed(CodePointSet.fromRanges([0x09, 0x0d, 0x20, 0x20]), true);
export const ASCII_WORD = fixed(CodePointSet.fromRanges([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]), true);
export const HORIZONTAL_WHITESPACE = fixed(
  CodePointSet.fromRanges([0x09, 0x09, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x180e, 0x180e, 0x2000, 0x200a, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000]),
  true,
);
export const VERTICAL_WHITESPACE = fixed(CodePointSet.fromRanges([0x0a, 0x0d, 0x85, 0x85, 0x2028, 0x2029]), true);

/** \d, \s and \w under UNICODE_CHARACTER_CLASS (Character.isDigit, White_Space, Pattern's WORD). */
export const unicodeClass = (name: 'd' | 's' | 'w'): CharPredicate => fixed(propertySet(`U:${name}`)!, false);

/** Pattern.Range: BMP-only when the range avoids surrogates and supplementary code points. */
export function range(lower: number, upper: number): CharPredicate {
  const bmp = upper < 0xd800 || (lower > 0xdfff && upper < 0x10000);
  return fixed(CodePointSet.range(lower, upper), bmp);
}

/** Pattern.CIRange: the range, and ASCII characters whose other case is in it. */
export function caseInsensitiveRange(lower: number, upper: number): CharPredicate {
  const extra: number[] = [];
  for (let c = 0; c < 0x80; c++) {
    const other = [toUpper(c), toLower(c)];
    if (other.some((o) => o >= lower && o <= upper)) extra.push(c, c);
  }
  return fixed(CodePointSet.range(lower, upper).union(CodePointSet.fromRanges(extra)), false);
}

/** Pattern.single without UNICODE_CASE: the character, and its other ASCII case under CASE_INSENSITIVE. */
export function single(ch: number, caseInsensitive: boolean, isSupplementary: boolean): CharPredicate {
  if (caseInsensitive && isAscii(ch) && toLower(ch) !== toUpper(ch)) {
    return fixed(CodePointSet.of(toLower(ch), toUpper(ch)), true);
  }
  return fixed(CodePointSet.of(ch), !isSupplementary);
}
