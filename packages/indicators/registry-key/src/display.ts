const MAX_SHOWN = 200;
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A value as it appears in a message: in double quotes, cut to a readable
 * length with the full length named (a 1 MB input does not make a 1 MB
 * message). Backslashes are shown as they are, since registry paths are made
 * of them; only control characters and lone surrogates are escaped (`\u000a`).
 */
export function display(value: string): string {
  if (value.length <= MAX_SHOWN) return `"${escapeInvisible(value)}"`;
  const cut = isHighSurrogate(value.charCodeAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
  return `"${escapeInvisible(value.slice(0, cut))}…" (${value.length} characters)`;
}

function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
