/**
 * Whether an ASCII host name may be a Bidi domain name (RFC 5893, 1.4): one
 * that holds a right-to-left (R, AL) or Arabic-number (AN) character. Only
 * such a name is subject to the Bidi rule, so when this is false the rule
 * cannot fail and tr46 need not be asked. In an ASCII name such characters
 * can only be encoded in a Punycode label, so each `xn--` label is decoded
 * (RFC 3492, as tr46 does with the punycode package) far enough to see its
 * code points, which are compared with the blocks where Unicode places
 * every R, AL and AN character (a superset: see `mayBeRtl`). Anything this
 * cannot decode, and any name that is not ASCII, counts as "may be".
 */
export function mayBeBidiDomain(name: string): boolean {
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : DOT;
    if (code > 0x7f) return true;
    if (code !== DOT) continue;
    if (i - start >= 4 && isAcePrefix(name, start) && punycodeMayBeRtl(name, start + 4, i)) return true;
    start = i + 1;
  }
  return false;
}

const DOT = 0x2e;
const HYPHEN = 0x2d;

/** `xn--` in any ASCII case (tr46 lower-cases the name before it looks). */
function isAcePrefix(name: string, at: number): boolean {
  return (name.charCodeAt(at) | 0x20) === 0x78 && (name.charCodeAt(at + 1) | 0x20) === 0x6e && name.charCodeAt(at + 2) === HYPHEN && name.charCodeAt(at + 3) === HYPHEN;
}

/**
 * True when a code point may have the bidi class R, AL or AN: the Hebrew,
 * Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and Arabic Extended blocks
 * (U+0590..U+08FF), the right-to-left mark, the Hebrew and Arabic
 * presentation forms (U+FB1D..U+FEFF), and, to stay safe as Unicode grows,
 * everything beyond the BMP. Unicode gives unassigned code points of the
 * right-to-left blocks those classes by default, so new characters fall in
 * the same ranges; a test holds the ranges to tr46's own table.
 */
export function mayBeRtl(codePoint: number): boolean {
  return (codePoint >= 0x590 && codePoint <= 0x8ff) || codePoint === 0x200f || (codePoint >= 0xfb1d && codePoint <= 0xfeff) || codePoint >= 0x10000;
}

const MAX_INT = 0x7fffffff;
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;

/**
 * Runs the Punycode decoder over `name[start, end)` (the label after `xn--`)
 * and says whether any code point it inserts may be right-to-left. Where the
 * punycode package would throw, this answers true and leaves it to tr46.
 * The basic code points before the last `-` are ASCII, never right-to-left.
 */
function punycodeMayBeRtl(name: string, start: number, end: number): boolean {
  let basic = name.lastIndexOf('-', end - 1);
  if (basic < start) basic = start;
  let length = basic - start; // code points in the output so far
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > start ? basic + 1 : start; index < end; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= end) return true;
      const digit = basicToDigit(name.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return true;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      const baseMinusT = BASE - t;
      if (w > Math.floor(MAX_INT / baseMinusT)) return true;
      w *= baseMinusT;
    }
    length++;
    bias = adapt(i - oldi, length, oldi === 0);
    if (Math.floor(i / length) > MAX_INT - n) return true;
    n += Math.floor(i / length);
    i %= length;
    i++;
    if (mayBeRtl(n)) return true;
  }
  return false;
}

function basicToDigit(code: number): number {
  if (code >= 0x30 && code < 0x3a) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return BASE;
}

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let k = 0;
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + SKEW));
}
