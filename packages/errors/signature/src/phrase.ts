/**
 * Index of `phrase` in `text` ignoring ASCII case, or -1. The phrases tclint
 * looks for are ASCII without repeated prefixes, so this naive scan is linear
 * in practice and never backtracks.
 */
export function findPhrase(text: string, phrase: string): number {
  const wanted = phrase.toLowerCase();
  const first = wanted.charCodeAt(0);
  const last = text.length - wanted.length;
  outer: for (let i = 0; i <= last; i++) {
    if (lowerAscii(text.charCodeAt(i)) !== first) continue;
    for (let j = 1; j < wanted.length; j++) if (lowerAscii(text.charCodeAt(i + j)) !== wanted.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Where a phrase occurs: the text as written there and its 1-based line. */
export function locatePhrase(text: string, phrase: string): { found: string; line: number } | undefined {
  const at = findPhrase(text, phrase);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { found: text.slice(at, at + phrase.length), line };
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
