import { CodePointSet } from '../code-point-set.js';
import { GENERAL_CATEGORY_RUNS, SET_OF, SETS } from './java-tables.js';

/** Character.getType values (java.lang.Character), used as bit positions in category masks. */
export const TYPE = {
  UNASSIGNED: 0,
  UPPERCASE_LETTER: 1,
  LOWERCASE_LETTER: 2,
  TITLECASE_LETTER: 3,
  MODIFIER_LETTER: 4,
  OTHER_LETTER: 5,
  NON_SPACING_MARK: 6,
  DECIMAL_DIGIT_NUMBER: 9,
} as const;

/** Decoded tables, built on first use: the generated data is compact text. */
const decoded = new Map<string, CodePointSet>();

function memo(key: string, build: () => CodePointSet): CodePointSet {
  let set = decoded.get(key);
  if (!set) {
    set = build();
    decoded.set(key, set);
  }
  return set;
}

function categoryRanges(): readonly number[][] {
  const byType: number[][] = Array.from({ length: 32 }, () => []);
  let cp = 0;
  for (const run of GENERAL_CATEGORY_RUNS.split(' ')) {
    const length = parseInt(run.slice(0, -1), 36) + 1;
    byType[parseInt(run.slice(-1), 36)]!.push(cp, cp + length - 1);
    cp += length;
  }
  return byType;
}

/** The code points whose Character.getType is in the mask (bit n = type n). */
export function categories(mask: number): CodePointSet {
  return memo(`m${mask}`, () => {
    const byType = categoryRanges();
    return CodePointSet.fromRanges(byType.flatMap((ranges, type) => ((mask >>> type) & 1 ? ranges : [])));
  });
}

function decodeRanges(text: string): CodePointSet {
  if (text === '') return CodePointSet.EMPTY;
  const values = text.split(',').map((v) => parseInt(v, 36));
  const pairs: number[] = [];
  let previous = -1;
  for (let i = 0; i + 1 < values.length; i += 2) {
    const start = previous + 1 + values[i]!;
    const end = start + values[i + 1]!;
    pairs.push(start, end);
    previous = end;
  }
  return CodePointSet.fromRanges(pairs);
}

function decodeSet(text: string): CodePointSet {
  if (text.startsWith('r')) return decodeRanges(text.slice(1));
  const match = /^m([0-9a-z]+)(?:\+([^-]*))?(?:-(.*))?$/.exec(text);
  if (!match) throw new Error(`corrupt character table entry ${text}`);
  return categories(parseInt(match[1]!, 36))
    .union(decodeRanges(match[2] ?? ''))
    .subtract(decodeRanges(match[3] ?? ''));
}

/**
 * The set Java's `\p{...}` gives for a query of the generated table: a property name as Pattern
 * resolves it (`Lu`, `javaLowerCase`, `IsALPHABETIC`, `U:w`), prefixed `i:` under
 * CASE_INSENSITIVE. Undefined when the table has no such query.
 */
export function propertySet(query: string): CodePointSet | undefined {
  const index = SET_OF[query];
  if (index === undefined) return undefined;
  return memo(`q${index}`, () => decodeSet(SETS[index]!));
}

/** Letters and decimal digits (Character.isLetterOrDigit). */
export function lettersAndDigits(): CodePointSet {
  return categories(
    (1 << TYPE.UPPERCASE_LETTER) |
      (1 << TYPE.LOWERCASE_LETTER) |
      (1 << TYPE.TITLECASE_LETTER) |
      (1 << TYPE.MODIFIER_LETTER) |
      (1 << TYPE.OTHER_LETTER) |
      (1 << TYPE.DECIMAL_DIGIT_NUMBER),
  );
}

export function nonSpacingMarks(): CodePointSet {
  return categories(1 << TYPE.NON_SPACING_MARK);
}
