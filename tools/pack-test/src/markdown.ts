/**
 * The code of the fenced block right below `<!-- test: MARKER -->` in a
 * Markdown file. The docs mark the blocks this test runs that way.
 */
export function markedBlock(markdown: string, marker: string): string {
  const found = markedBlocks(markdown).find((b) => b.marker === marker);
  if (!found) throw new Error(`no code block marked <!-- test: ${marker} -->`);
  return found.code;
}

export function markedBlocks(markdown: string): Array<{ marker: string; code: string }> {
  const lines = markdown.split('\n');
  const blocks: Array<{ marker: string; code: string }> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const marker = /^<!-- test: (.+?) -->$/.exec(lines[i]!)?.[1];
    if (marker === undefined || !lines[i + 1]!.startsWith('```')) continue;
    const code: string[] = [];
    for (let j = i + 2; j < lines.length && lines[j] !== '```'; j++) code.push(lines[j]!);
    blocks.push({ marker, code: code.join('\n') + '\n' });
  }
  return blocks;
}
