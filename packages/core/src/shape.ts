/**
 * Character classes of a raw value, as bits of one number (`shapeOf`), so
 * type inference asks only the plugins whose `mayDetect` accepts the shape.
 */
export const SHAPE = Object.freeze({
  /** `0`-`9` */
  DIGIT: 1 << 0,
  /** `a`-`f`, `A`-`F` */
  HEX_LETTER: 1 << 1,
  /** `g`-`z`, `G`-`Z` */
  OTHER_LETTER: 1 << 2,
  /** `A`-`Z` (also counted as a hex or other letter) */
  UPPERCASE: 1 << 3,
  DOT: 1 << 4,
  COLON: 1 << 5,
  SLASH: 1 << 6,
  /** `://` somewhere */
  SCHEME: 1 << 7,
  AT: 1 << 8,
  BACKSLASH: 1 << 9,
  /** `#` anywhere */
  HASH: 1 << 10,
  /** the value starts with `#` */
  LEADING_HASH: 1 << 11,
  HYPHEN: 1 << 12,
  UNDERSCORE: 1 << 13,
  /** `[ ] ( ) { }` */
  BRACKET: 1 << 14,
  /** other ASCII punctuation: `! " $ % & ' * + , ; < = > ? ^ \` | ~` */
  PUNCTUATION: 1 << 15,
  /** any character JavaScript's `\s` matches, ASCII or not (tab, line breaks, U+00A0, U+3000...) */
  WHITESPACE: 1 << 16,
  /** other C0 control characters, and DEL */
  CONTROL: 1 << 17,
  /** any other character above U+007F (C1 controls, letters, symbols, lone surrogates...) */
  NON_ASCII: 1 << 18,
  /** `HEX_LETTER | OTHER_LETTER` */
  LETTER: (1 << 1) | (1 << 2),
});

/** Every class bit. */
const ALL_CLASSES = (1 << 19) - 1;

const ASCII_CLASSES = asciiClasses();

function asciiClasses(): Uint32Array {
  const table = new Uint32Array(128);
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    let bits = 0;
    if (code >= 0x30 && code <= 0x39) bits = SHAPE.DIGIT;
    else if (/[a-f]/i.test(char)) bits = SHAPE.HEX_LETTER;
    else if (/[g-z]/i.test(char)) bits = SHAPE.OTHER_LETTER;
    else if (/\s/.test(char)) bits = SHAPE.WHITESPACE;
    else if (code < 0x20 || code === 0x7f) bits = SHAPE.CONTROL;
    else if (char === '.') bits = SHAPE.DOT;
    else if (char === ':') bits = SHAPE.COLON;
    else if (char === '/') bits = SHAPE.SLASH;
    else if (char === '@') bits = SHAPE.AT;
    else if (char === '\\') bits = SHAPE.BACKSLASH;
    else if (char === '#') bits = SHAPE.HASH;
    else if (char === '-') bits = SHAPE.HYPHEN;
    else if (char === '_') bits = SHAPE.UNDERSCORE;
    else if ('[](){}'.includes(char)) bits = SHAPE.BRACKET;
    else bits = SHAPE.PUNCTUATION;
    if (code >= 0x41 && code <= 0x5a) bits |= SHAPE.UPPERCASE;
    table[code] = bits;
  }
  return table;
}

/** Whitespace above U+007F as JavaScript's `\s` has it. */
function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The character classes a value holds (`SHAPE` bits), in one pass over its characters. */
export function shapeOf(value: string): number {
  let shape = 0;
  const end = value.length;
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      shape |= ASCII_CLASSES[code]!;
      if (code === 0x3a && value.charCodeAt(i + 1) === 0x2f && value.charCodeAt(i + 2) === 0x2f) shape |= SHAPE.SCHEME;
    } else shape |= isWideSpace(code) ? SHAPE.WHITESPACE : SHAPE.NON_ASCII;
  }
  if (value.charCodeAt(0) === 0x23) shape |= SHAPE.LEADING_HASH;
  return shape;
}

/**
 * Whether `detect` could recognize a value of this shape and length (`SHAPE`
 * bits from `shapeOf`). The value itself comes third, for a look at a fixed
 * place (its first characters) that is as cheap as the shape: a plugin's
 * `mayDetect` says false only when `detect` would certainly recognize
 * nothing, so that type inference asks one or two plugins per value.
 */
export type ShapePredicate = (shape: number, length: number, value: string) => boolean;

/** A declarative `mayDetect`: every condition given must hold. */
export interface ShapeFilter {
  /** Classes that must all be present. */
  all?: number;
  /** Classes of which at least one must be present. */
  any?: number;
  /** The only classes allowed (others make the value impossible). */
  only?: number;
  /** Classes that must not be present. */
  none?: number;
  minLength?: number;
  maxLength?: number;
}

/**
 * Makes a `mayDetect` from declarative masks:
 * `shapeFilter({ all: SHAPE.DIGIT, only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.WHITESPACE | SHAPE.DOT })`.
 */
export function shapeFilter(filter: ShapeFilter): (shape: number, length: number) => boolean {
  const all = filter.all ?? 0;
  const any = filter.any;
  const forbidden = (filter.none ?? 0) | (filter.only === undefined ? 0 : ALL_CLASSES & ~filter.only);
  const min = filter.minLength ?? 0;
  const max = filter.maxLength ?? Infinity;
  return (shape, length) => (shape & all) === all && (any === undefined || (shape & any) !== 0) && (shape & forbidden) === 0 && length >= min && length <= max;
}
