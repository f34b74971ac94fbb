/** The kinds of defanging, one rule each. */
export type DefangFamily = 'scheme' | 'dot' | 'colon' | 'at';

/** One defanged part of a value: `value.slice(start, end)` is `written`, and stands for `replacement`. */
export interface Defang {
  family: DefangFamily;
  start: number;
  end: number;
  written: string;
  replacement: string;
}

const DOT = 0x2e;
const AT = 0x40;
const COLON = 0x3a;
const SLASH = 0x2f;

/**
 * Finds every defanged part of a value, in order:
 *
 * - a scheme `hxxp` / `hxxps` in any case at the start (`hXXps://`), which
 *   stands for `http` / `https` (written in lower case, as a scheme should be);
 * - `.`, `dot`, `@`, `at`, `:` or `://` (any case) in square, round or curly
 *   brackets: `example[.]com`, `(.)`, `{.}`, `[dot]`, `(dot)`, `[@]`, `(at)`,
 *   `[at]`, `[:]`, `[://]`.
 *
 * A bracketed word between two words takes the spaces around it along
 * (`john [at] example [dot] com`): a network indicator has no spaces.
 * One hand-written pass; each space is looked at at most twice.
 */
export function findDefangs(value: string): Defang[] {
  const found: Defang[] = [];
  const scheme = findScheme(value);
  if (scheme) found.push(scheme);
  let floor = scheme ? scheme.end : 0;
  const length = value.length;
  for (let i = floor; i < length; i++) {
    const closer = closerOf(value.charCodeAt(i));
    if (closer < 0) continue;
    const inside = readInside(value, i + 1);
    if (inside === undefined || value.charCodeAt(i + 1 + inside.length) !== closer) continue;
    let start = i;
    let end = i + 2 + inside.length;
    let before = start;
    while (before > floor && isSpace(value.charCodeAt(before - 1))) before--;
    let after = end;
    while (after < length && isSpace(value.charCodeAt(after))) after++;
    if (before < start && after > end && before > floor && after < length) {
      start = before;
      end = after;
    }
    found.push({ family: inside.family, start, end, written: value.slice(start, end), replacement: inside.replacement });
    floor = end;
    i = end - 1;
  }
  return found;
}

/**
 * False when `findDefangs` certainly finds nothing: no bracket of any kind
 * and no `hxxp` scheme. Three native scans instead of the character loop, for
 * the values of a mixed feed, nearly all of which are not defanged.
 */
export function mayHaveDefangs(value: string): boolean {
  return value.indexOf('[') >= 0 || value.indexOf('(') >= 0 || value.indexOf('{') >= 0 || findScheme(value) !== undefined;
}

function closerOf(code: number): number {
  if (code === 0x5b) return 0x5d; // [ ]
  if (code === 0x28) return 0x29; // ( )
  if (code === 0x7b) return 0x7d; // { }
  return -1;
}

interface Inside {
  family: DefangFamily;
  replacement: string;
  length: number;
}

const DOT_SIGN: Inside = { family: 'dot', replacement: '.', length: 1 };
const DOT_WORD: Inside = { family: 'dot', replacement: '.', length: 3 };
const AT_SIGN: Inside = { family: 'at', replacement: '@', length: 1 };
const AT_WORD: Inside = { family: 'at', replacement: '@', length: 2 };
const COLON_SIGN: Inside = { family: 'colon', replacement: ':', length: 1 };
const COLON_SLASHES: Inside = { family: 'colon', replacement: '://', length: 3 };

/** What stands between the brackets from `at` on: `.`, `dot`, `@`, `at`, `://` or `:` (letters in any case). */
function readInside(value: string, at: number): Inside | undefined {
  const c = value.charCodeAt(at);
  if (c === DOT) return DOT_SIGN;
  if (c === AT) return AT_SIGN;
  if (c === COLON) return value.charCodeAt(at + 1) === SLASH && value.charCodeAt(at + 2) === SLASH && closerOf(value.charCodeAt(at - 1)) === value.charCodeAt(at + 3) ? COLON_SLASHES : COLON_SIGN;
  const lower = c | 0x20;
  if (lower === 0x64 && (value.charCodeAt(at + 1) | 0x20) === 0x6f && (value.charCodeAt(at + 2) | 0x20) === 0x74) return DOT_WORD; // dot
  if (lower === 0x61 && (value.charCodeAt(at + 1) | 0x20) === 0x74) return AT_WORD; // at
  return undefined;
}

/** `hxxp` or `hxxps` (any case) at the start, followed by `:` or a bracket (`hxxps[:]//`). */
function findScheme(value: string): Defang | undefined {
  const start = value.length - value.trimStart().length;
  // ASCII letters in either case (no other character lower-cases to h, x, p or s)
  if (!isLetter(value, start, 0x68) || !isLetter(value, start + 1, 0x78) || !isLetter(value, start + 2, 0x78) || !isLetter(value, start + 3, 0x70)) return undefined;
  const end = isLetter(value, start + 4, 0x73) ? start + 5 : start + 4;
  const next = value[end];
  if (next !== ':' && next !== '[' && next !== '(' && next !== '{') return undefined;
  return { family: 'scheme', start, end, written: value.slice(start, end), replacement: end - start === 5 ? 'https' : 'http' };
}

/** Whether the character at `at` is the ASCII letter `lower` in either case. */
function isLetter(value: string, at: number, lower: number): boolean {
  return (value.charCodeAt(at) | 0x20) === lower;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
