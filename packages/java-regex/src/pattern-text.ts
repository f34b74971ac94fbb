/**
 * The pattern as java.util.regex.Pattern parses it: code points, with `\Q...\E` already rewritten
 * as escapes (Pattern.RemoveQEQuoting), followed by two zeros as Pattern's end marker.
 */
export interface PatternText {
  readonly points: number[];
  /** For each entry of `points`, the UTF-16 offset in the source it came from. */
  readonly origin: number[];
  /** Number of code points before the end marker. */
  readonly length: number;
  /** The source holds a supplementary code point or a lone surrogate (Pattern.hasSupplementary). */
  readonly hasSupplementary: boolean;
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
/** Pattern.isSupplementary: a supplementary code point or a surrogate. */
export const isSupplementary = (cp: number) => cp >= 0x10000 || isSurrogate(cp);
const isAsciiAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

export function patternText(source: string, literal = false): PatternText {
  const points: number[] = [];
  const origin: number[] = [];
  let hasSupplementary = false;
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    if (isSupplementary(cp)) hasSupplementary = true;
    points.push(cp);
    origin.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  const quoted = literal ? { points, origin } : removeQEQuoting(points, origin);
  const end = source.length;
  return { points: [...quoted.points, 0, 0], origin: [...quoted.origin, end, end], length: quoted.points.length, hasSupplementary };
}

/** Pattern.RemoveQEQuoting, keeping the source offset of every code point it writes. */
function removeQEQuoting(temp: number[], from: number[]): { points: number[]; origin: number[] } {
  const pLen = temp.length;
  let i = 0;
  while (i < pLen - 1) {
    if (temp[i] !== 0x5c) i += 1;
    else if (temp[i + 1] !== 0x51) i += 2;
    else break;
  }
  if (i >= pLen - 1) return { points: temp, origin: from };
  const points = temp.slice(0, i);
  const origin = from.slice(0, i);
  const put = (c: number, at: number) => {
    points.push(c);
    origin.push(from[at] ?? from[from.length - 1]!);
  };
  i += 2;
  let inQuote = true;
  let beginQuote = true;
  while (i < pLen) {
    const at = i;
    const c = temp[i++]!;
    if (c > 0x7f || isAsciiAlpha(c)) {
      put(c, at);
    } else if (isAsciiDigit(c)) {
      if (beginQuote) {
        // \x3 before a digit at the start of a quote, so that an escape before \Q cannot absorb it
        put(0x5c, at);
        put(0x78, at);
        put(0x33, at);
      }
      put(c, at);
    } else if (c !== 0x5c) {
      if (inQuote) put(0x5c, at);
      put(c, at);
    } else if (inQuote) {
      if (temp[i] === 0x45) {
        i++;
        inQuote = false;
      } else {
        put(0x5c, at);
        put(0x5c, at);
      }
    } else if (temp[i] === 0x51) {
      i++;
      inQuote = true;
      beginQuote = true;
      continue;
    } else {
      put(c, at);
      if (i !== pLen) {
        put(temp[i]!, i);
        i++;
      }
    }
    beginQuote = false;
  }
  return { points, origin };
}
