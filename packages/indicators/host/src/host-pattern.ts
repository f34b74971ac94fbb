/**
 * What ThreatConnect's Host pattern (recorded reply, 2021) asks of a
 * top-level domain: `(?i)(?!apk|apt|arpa|...|dat($|\r\n)|gif($|\r\n)|xn$)(?:xn--[a-zA-Z0-9]{2,22}|[a-zA-Z]{2,13})`
 * after at least one `label.`. The words below may not begin a top-level
 * domain (so `.doctor`, `.flights` and `.bingo` are refused with `.exe`);
 * `dat`, `gif` and `xn` are refused only as whole top-level domains.
 */
export const HOST_PATTERN_EXCLUDED_PREFIXES: readonly string[] = Object.freeze([
  'apk', 'apt', 'arpa', 'asp', 'bat', 'bdoda', 'bin', 'bsspx', 'cer', 'cfg', 'cgi', 'class', 'close', 'cpl', 'cpp', 'crl', 'css', 'dll', 'doc', 'docx',
  'dyn', 'exe', 'fl', 'gz', 'hlp', 'htm', 'html', 'ico', 'ini', 'ioc', 'jar', 'jpg', 'js', 'jxr', 'lco', 'lnk', 'loader', 'log', 'lxdns', 'mdb', 'mp4',
  'odt', 'pcap', 'pdb', 'pdf', 'php', 'plg', 'plist', 'png', 'ppt', 'pptx', 'quit', 'rar', 'rtf', 'scr', 'sleep', 'ssl', 'torproject', 'tmp', 'txt',
  'vbp', 'vbs', 'w32', 'wav', 'xls', 'xlsx', 'xml', 'xpi',
]);

/** Refused only as the whole top-level domain (`dat($|\r\n)`, `gif($|\r\n)`, `xn$`). */
export const HOST_PATTERN_EXCLUDED_WORDS: readonly string[] = Object.freeze(['dat', 'gif', 'xn']);

/** Why the Host pattern refuses a (lower-case ASCII) top-level domain, if it does. */
export type TldRefusal =
  | { kind: 'numeric' }
  | { kind: 'digit' }
  | { kind: 'not-letters' }
  | { kind: 'too-short' }
  | { kind: 'too-long'; length: number }
  | { kind: 'punycode-shape' }
  | { kind: 'excluded'; word: string; whole: boolean };

const MAX_TLD_LETTERS = 13;
/** One scan instead of a startsWith per word (the clean path asks this of every Host). */
const EXCLUDED_PREFIX = new RegExp(`^(?:${HOST_PATTERN_EXCLUDED_PREFIXES.join('|')})`);

export function hostPatternTldRefusal(tld: string): TldRefusal | undefined {
  if (tld.startsWith('xn--')) return /^[a-z0-9]{2,22}$/.test(tld.slice(4)) ? undefined : { kind: 'punycode-shape' };
  let letters = true;
  let digits = true;
  let anyDigit = false;
  for (let i = 0; i < tld.length; i++) {
    const code = tld.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39;
    anyDigit ||= digit;
    if (!digit) digits = false;
    if (code < 0x61 || code > 0x7a) letters = false;
  }
  if (digits) return { kind: 'numeric' };
  if (!letters) return anyDigit ? { kind: 'digit' } : { kind: 'not-letters' };
  if (tld.length < 2) return { kind: 'too-short' };
  if (tld.length > MAX_TLD_LETTERS) return { kind: 'too-long', length: tld.length };
  if (EXCLUDED_PREFIX.test(tld)) {
    // the first word of the list that begins it, as the pattern's alternation tries them
    const word = HOST_PATTERN_EXCLUDED_PREFIXES.find((w) => tld.startsWith(w))!;
    return { kind: 'excluded', word, whole: false };
  }
  if (HOST_PATTERN_EXCLUDED_WORDS.includes(tld)) return { kind: 'excluded', word: tld, whole: true };
  return undefined;
}
