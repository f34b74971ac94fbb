import { isHexDigit, toDigit } from './ascii.js';
import {
  ASCII_DIGIT,
  ASCII_SPACE,
  ASCII_WORD,
  HORIZONTAL_WHITESPACE,
  VERTICAL_WHITESPACE,
  negate,
  unicodeClass,
  type CharPredicate,
} from './char-predicates.js';
import { JAVA_FLAGS } from './flags.js';
import type { Parser } from './parser.js';
import { groupName } from './group-name.js';
import { resolveProperty } from './properties.js';

const MAX_CODE_POINT = 0x10ffff;

/**
 * Pattern.escape: the character an escape stands for (>= 0), or -1 after setting `p.root` (a node:
 * \b, \1, \R...) or `p.predicate` (a class: \d, \s...) when `create` is true.
 */
export function escape(p: Parser, inClass: boolean, create: boolean, isRange: boolean): number {
  const c = p.c;
  const start = c.cursor;
  const offset = c.offsetOf(start);
  const ch = c.skip();
  const unicode = p.unicodeCharacterClass;
  const setPredicate = (predicate: CharPredicate) => {
    if (create) {
      p.predicate = predicate;
      if (!inClass) p.root = p.newCharProperty(predicate, start);
    }
    return -1;
  };
  switch (String.fromCodePoint(ch)) {
    case '0':
      return octal(p);
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      if (inClass) break;
      if (create) p.root = p.ref(ch - 0x30, start);
      return -1;
    case 'A':
      if (inClass) break;
      if (create) p.root = { type: 'assertion', kind: 'begin', offset };
      return -1;
    case 'B':
      if (inClass) break;
      if (create) p.root = { type: 'assertion', kind: 'not-word-boundary', unicodeWord: unicode, offset };
      return -1;
    case 'D':
      return setPredicate(negate(unicode ? unicodeClass('d') : ASCII_DIGIT));
    case 'G':
      if (inClass) break;
      if (create) p.root = { type: 'assertion', kind: 'last-match', offset };
      return -1;
    case 'H':
      return setPredicate(negate(HORIZONTAL_WHITESPACE));
    case 'N':
      throw c.unsupported('\\N{name} (a character by its Unicode name) is not supported', start);
    case 'R':
      if (inClass) break;
      if (create) p.root = { type: 'line-ending', offset };
      return -1;
    case 'S':
      return setPredicate(negate(unicode ? unicodeClass('s') : ASCII_SPACE));
    case 'V':
      return setPredicate(negate(VERTICAL_WHITESPACE));
    case 'W':
      return setPredicate(negate(unicode ? unicodeClass('w') : ASCII_WORD));
    case 'X':
      if (inClass) break;
      if (create) throw c.unsupported('\\X (an extended grapheme cluster) is not supported', start);
      return -1;
    case 'Z':
      if (inClass) break;
      if (create) p.root = { type: 'assertion', kind: p.has(JAVA_FLAGS.UNIX_LINES) ? 'unix-dollar' : 'dollar', offset };
      return -1;
    case 'a':
      return 0x07;
    case 'b':
      if (inClass) break;
      if (create) {
        if (c.peek() === 0x7b) {
          if (c.skip() === 0x67) {
            if (c.read() === 0x7d) throw c.unsupported('\\b{g} (a grapheme cluster boundary) is not supported', start);
            break;
          }
          c.unread();
          c.unread();
        }
        p.root = { type: 'assertion', kind: 'word-boundary', unicodeWord: unicode, offset };
      }
      return -1;
    case 'c':
      if (c.cursor < c.patternLength) return c.read() ^ 64;
      throw c.error('Illegal control escape sequence');
    case 'd':
      return setPredicate(unicode ? unicodeClass('d') : ASCII_DIGIT);
    case 'e':
      return 0x1b;
    case 'f':
      return 0x0c;
    case 'h':
      return setPredicate(HORIZONTAL_WHITESPACE);
    case 'k': {
      if (inClass) break;
      if (c.read() !== 0x3c) throw c.error("\\k is not followed by '<' for named capturing group");
      const name = groupName(p.c, c.read());
      const group = p.namedGroups.get(name);
      if (group === undefined) throw c.error(`named capturing group <${name}> does not exist`);
      if (create) p.root = p.backReference(group, start);
      return -1;
    }
    case 'n':
      return 0x0a;
    case 'r':
      return 0x0d;
    case 's':
      return setPredicate(unicode ? unicodeClass('s') : ASCII_SPACE);
    case 't':
      return 0x09;
    case 'u':
      return unicodeEscape(p);
    case 'v':
      // Java 8+ reads \v as vertical whitespace, but as VT (U+000B) at either end of a range
      if (isRange) return 0x0b;
      return setPredicate(VERTICAL_WHITESPACE);
    case 'w':
      return setPredicate(unicode ? unicodeClass('w') : ASCII_WORD);
    case 'x':
      return hexEscape(p);
    case 'z':
      if (inClass) break;
      if (create) p.root = { type: 'assertion', kind: 'end', offset };
      return -1;
    default:
      if (!/[A-Za-z]/.test(String.fromCodePoint(ch))) return ch;
  }
  throw c.error('Illegal/unsupported escape sequence');
}

function octal(p: Parser): number {
  const c = p.c;
  const isOctal = (d: number) => d >= 0x30 && d <= 0x37;
  const n = c.read();
  if (isOctal(n)) {
    const m = c.read();
    if (isOctal(m)) {
      const o = c.read();
      if (isOctal(o) && n >= 0x30 && n <= 0x33) return (n - 0x30) * 64 + (m - 0x30) * 8 + (o - 0x30);
      c.unread();
      return (n - 0x30) * 8 + (m - 0x30);
    }
    c.unread();
    return n - 0x30;
  }
  throw c.error('Illegal octal escape sequence');
}

function hexEscape(p: Parser): number {
  const c = p.c;
  let n = c.read();
  if (isHexDigit(n)) {
    const m = c.read();
    if (isHexDigit(m)) return toDigit(n) * 16 + toDigit(m);
  } else if (n === 0x7b && isHexDigit(c.peek())) {
    let ch = 0;
    while (isHexDigit((n = c.read()))) {
      ch = (ch << 4) + toDigit(n);
      if (ch > MAX_CODE_POINT) throw c.error('Hexadecimal codepoint is too big');
    }
    if (n !== 0x7d) throw c.error('Unclosed hexadecimal escape sequence');
    return ch;
  }
  throw c.error('Illegal hexadecimal escape sequence');
}

function fourHexDigits(p: Parser): number {
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const ch = p.c.read();
    if (!isHexDigit(ch)) throw p.c.error('Illegal Unicode escape sequence');
    n = n * 16 + toDigit(ch);
  }
  return n;
}

/** Pattern.u: \uXXXX, joined with a following \uXXXX into one code point when they form a surrogate pair. */
function unicodeEscape(p: Parser): number {
  const c = p.c;
  const n = fourHexDigits(p);
  if (n >= 0xd800 && n <= 0xdbff) {
    const cur = c.cursor;
    if (c.read() === 0x5c && c.read() === 0x75) {
      const n2 = fourHexDigits(p);
      if (n2 >= 0xdc00 && n2 <= 0xdfff) return 0x10000 + ((n - 0xd800) << 10) + (n2 - 0xdc00);
    }
    c.cursor = cur;
  }
  return n;
}

/** Pattern.family: `\pL`, `\p{name}`, `\P{...}`, with the cursor after the `p`/`P` (and `{`); `start` is where the `\` is. */
export function family(p: Parser, singleLetter: boolean, isComplement: boolean, start: number): CharPredicate {
  const c = p.c;
  c.next();
  let name: string;
  if (singleLetter) {
    name = String.fromCodePoint(c.at(c.cursor));
    c.read();
  } else {
    const i = c.cursor;
    c.mark(0x7d);
    while (c.read() !== 0x7d) {
      // the name runs to the closing brace (or the end marker)
    }
    c.mark(0);
    const j = c.cursor;
    if (j > c.patternLength) throw c.error('Unclosed character family');
    if (i + 1 >= j) throw c.error('Empty character family');
    name = String.fromCodePoint(...c.temp.slice(i, j - 1));
  }
  const found = resolveProperty(name, { caseInsensitive: p.has(JAVA_FLAGS.CASE_INSENSITIVE), unicodeCharacterClass: p.unicodeCharacterClass });
  if ('unknown' in found) throw c.error(found.unknown);
  if ('unsupported' in found) throw c.unsupported(found.unsupported, start);
  if (isComplement) {
    // Pattern: "it might be too expensive to detect if a complement of CharProperty can match
    // certain supplementary. So just go with StartS."
    p.hasSupplementary = true;
    return negate(found.found);
  }
  return found.found;
}
