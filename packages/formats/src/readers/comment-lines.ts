/**
 * A comment line of `lines` input: after any spaces and tabs, `#` followed by
 * a space or a tab (a hashtag never has one), or `//`. Report headers such
 * as `# IOCs for campaign X, 2024` are comments, `#Emotet` is a value.
 */
export function isCommentLine(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const first = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (first === 0x23) return next === 0x20 || next === 0x09;
  return first === 0x2f && next === 0x2f;
}
