/**
 * Percent-decodes a text the way `urllib.parse.unquote` / `decodeURIComponent`
 * do (`+` stays `+`). A run of escapes that is not valid UTF-8 is left as written.
 */
export function percentDecode(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = i;
    while (i + 2 < text.length && text[i] === '%' && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) i += 3;
    if (i > start) {
      const run = text.slice(start, i);
      try {
        out += decodeURIComponent(run);
      } catch {
        out += run;
      }
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
