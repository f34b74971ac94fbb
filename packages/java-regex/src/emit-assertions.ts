import type { AssertionKind } from './ast.js';
import { CodePointSet } from './code-point-set.js';
import { ANY_UNIT, guardedPairs, pairAlternatives, restrict, unitClass, type Alphabet } from './emit-chars.js';
import { lettersAndDigits, nonSpacingMarks, propertySet } from './unicode/tables.js';

const BMP_NON_SURROGATE = (set: CodePointSet) => set.within(0, 0xd7ff).union(set.within(0xe000, 0xffff));

/** A code point of the set read whole: a BMP unit that is not a surrogate, or a pair. */
function wholeCharacter(full: CodePointSet, backward: boolean, alphabet: Alphabet): string {
  const set = restrict(full, alphabet);
  const parts: string[] = [];
  const bmp = BMP_NON_SURROGATE(set);
  if (!bmp.isEmpty) parts.push(unitClass(bmp));
  const pairs = pairAlternatives(set.within(0x10000, 0x10ffff));
  if (pairs.length > 0) parts.push(guardedPairs(pairs, backward));
  if (parts.length === 0) return '(?!)';
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** Built once per kind: the classes are large. */
const boundaries = new Map<string, { before: string; after: string }>();

/**
 * Pattern.Bound (Java 17): the character before and the character after the position are word
 * characters (`_` or Character.isLetterOrDigit, or Pattern's WORD under UNICODE_CHARACTER_CLASS),
 * or non-spacing marks whose base (reached back through other marks) is a letter or digit. Java
 * reads that base one UTF-16 unit at a time, so only BMP marks on BMP bases count.
 */
function wordTests(unicodeWord: boolean, alphabet: Alphabet): { before: string; after: string } {
  const key = `${unicodeWord ? 'unicode' : 'java'} ${alphabet}`;
  let tests = boundaries.get(key);
  if (!tests) {
    const word = unicodeWord ? propertySet('IsWORD')! : lettersAndDigits().union(CodePointSet.of(0x5f));
    const marks = nonSpacingMarks();
    const base = unitClass(restrict(BMP_NON_SURROGATE(lettersAndDigits()), alphabet));
    const bmpMarks = restrict(BMP_NON_SURROGATE(marks), alphabet);
    const withMarks = !bmpMarks.isEmpty;
    tests = {
      // the word test on the character before the position
      before: `${wholeCharacter(word, true, alphabet)}${withMarks ? `|${base}${unitClass(bmpMarks)}+` : ''}`,
      // the word test on the character at the position (a lookahead's body)
      after: `(?=${wholeCharacter(word, false, alphabet)})${withMarks ? `|(?=${wholeCharacter(marks, false, alphabet)})(?<=${base}${unitClass(bmpMarks)}*)` : ''}`,
    };
    boundaries.set(key, tests);
  }
  return tests;
}

/** A JavaScript assertion (no `u` flag) that holds where the Java anchor or boundary does. */
export function assertionPattern(kind: AssertionKind, unicodeWord = false, alphabet: Alphabet = 'full'): string {
  switch (kind) {
    case 'begin':
    case 'last-match':
      return `(?<!${ANY_UNIT})`;
    case 'end':
      return `(?!${ANY_UNIT})`;
    case 'dollar':
      // the end, or before a final line terminator (\r\n counts as one)
      return `(?:(?=(?:\\r\\n|[\\r\\u0085\\u2028\\u2029])?(?!${ANY_UNIT}))|(?<!\\r)(?=\\n(?!${ANY_UNIT})))`;
    case 'dollar-multiline':
      return `(?:(?!${ANY_UNIT})|(?=[\\r\\u0085\\u2028\\u2029])|(?<!\\r)(?=\\n))`;
    case 'unix-dollar':
      return `(?=\\n?(?!${ANY_UNIT}))`;
    case 'unix-dollar-multiline':
      return `(?=\\n|(?!${ANY_UNIT}))`;
    case 'caret':
      // never at the end, even after a line terminator; not between \r and \n
      return `(?=${ANY_UNIT})(?:(?<!${ANY_UNIT})|(?<=[\\n\\u0085\\u2028\\u2029])|(?<=\\r)(?!\\n))`;
    case 'unix-caret':
      return `(?=${ANY_UNIT})(?:(?<!${ANY_UNIT})|(?<=\\n))`;
    case 'word-boundary':
    case 'not-word-boundary': {
      // on ASCII text Java's word characters are JavaScript's: [A-Za-z0-9_]
      if (alphabet === 'ascii') return kind === 'word-boundary' ? '\\b' : '\\B';
      const { before, after } = wordTests(unicodeWord, alphabet);
      const left = `(?<=${before})`;
      const notLeft = `(?<!${before})`;
      const right = `(?:${after})`;
      const notRight = `(?!${after})`;
      return kind === 'word-boundary' ? `(?:${left}${notRight}|${notLeft}${right})` : `(?:${left}${right}|${notLeft}${notRight})`;
    }
  }
}
