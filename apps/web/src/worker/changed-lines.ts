const NEWLINE = 0x0a;

/** Where each line starts: the offset after each `\n` (CR stays part of its line, as the writers keep it). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The 1-based numbers of the output lines that differ from the input's. The
 * writers keep every line they do not fix, so input and output have the same
 * lines; when they do not (a fix that adds a line break), `fallback` (the
 * lines of the records that were fixed) is used instead.
 */
export function changedLines(input: Uint8Array, output: Uint8Array, fallback: readonly number[]): number[] {
  const before = lineStarts(input);
  const after = lineStarts(output);
  if (before.length !== after.length) return [...fallback];
  const changed: number[] = [];
  for (let line = 0; line < before.length; line++) {
    const a = input.subarray(before[line]!, line + 1 < before.length ? before[line + 1]! : input.length);
    const b = output.subarray(after[line]!, line + 1 < after.length ? after[line + 1]! : output.length);
    if (!sameBytes(a, b)) changed.push(line + 1);
  }
  return changed;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
