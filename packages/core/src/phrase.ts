/**
 * Index of `phrase` (ASCII) in `text` from `from` on, ignoring ASCII letter
 * case, or -1. ThreatConnect's and Python's error texts are ASCII, and newer
 * servers vary their case. The phrases have no repeated prefix, so this scan
 * is linear in practice and never backtracks.
 */
export function findPhrase(text: string, phrase: string, from = 0): number {
  const wanted = phrase.toLowerCase();
  const first = wanted.charCodeAt(0);
  const last = text.length - wanted.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    if (lowerAscii(text.charCodeAt(i)) !== first) continue;
    for (let j = 1; j < wanted.length; j++) if (lowerAscii(text.charCodeAt(i + j)) !== wanted.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Like `findPhrase`, for a phrase standing as a whole word: no letter, digit or `_` right before or after it. */
export function findWord(text: string, word: string, from = 0): number {
  for (let i = findPhrase(text, word, from); i !== -1; i = findPhrase(text, word, i + 1)) {
    if (!isWordCharacter(text.charCodeAt(i - 1)) && !isWordCharacter(text.charCodeAt(i + word.length))) return i;
  }
  return -1;
}

/** The 1-based line of an index in a text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where a phrase first occurs (see `findPhrase`): its index, the text as written there, and its line. */
export function locatePhrase(text: string, phrase: string): { index: number; found: string; line: number } | undefined {
  const index = findPhrase(text, phrase);
  if (index < 0) return undefined;
  return { index, found: text.slice(index, index + phrase.length), line: lineAt(text, index) };
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isWordCharacter(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}
