import punycode from 'punycode/punycode.js';

/**
 * Whether an ASCII host name may be a Bidi domain name (RFC 5893, 1.4): one
 * that holds a right-to-left (R, AL) or Arabic-number (AN) character. Only
 * such a name is subject to the Bidi rule, so when this is false the rule
 * cannot fail and the IDNA tables need not be asked. In an ASCII name such
 * characters can only be encoded in a Punycode label, so each `xn--` label is
 * decoded (with the punycode package, as tr46 decodes it) and its code points
 * compared with the blocks where Unicode places every R, AL and AN character
 * (a superset: see `mayBeRtl`). A label that does not decode, and any name
 * that is not ASCII, counts as "may be".
 */
export function mayBeBidiDomain(name: string): boolean {
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : DOT;
    if (code > 0x7f) return true;
    if (code !== DOT) continue;
    if (i - start >= 4 && isAcePrefix(name, start) && punycodeMayBeRtl(name.slice(start + 4, i))) return true;
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

/** Decodes a Punycode label body (after `xn--`); where the decoder throws, the answer is "may be", left to tr46. */
function punycodeMayBeRtl(body: string): boolean {
  let decoded: string;
  try {
    decoded = punycode.decode(body);
  } catch {
    return true;
  }
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    // a surrogate is half of a code point beyond the BMP
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (mayBeRtl(code)) return true;
  }
  return false;
}
