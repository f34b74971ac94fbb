import { createReadStream } from 'node:fs';

/** The lines of a file, without their endings, read in 64 KiB chunks. */
export async function* fileLines(path) {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield text.slice(start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield rest;
}

/** Compares two files line by line: line counts, how many lines differ, and the first difference. */
export async function compareLines(pathA, pathB) {
  const a = fileLines(pathA);
  const b = fileLines(pathB);
  let linesA = 0;
  let linesB = 0;
  let differing = 0;
  let first;
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    if (x.done && y.done) break;
    if (!x.done) linesA++;
    if (!y.done) linesB++;
    if (x.value !== y.value) {
      differing++;
      first ??= { line: Math.max(linesA, linesB), a: x.value, b: y.value };
    }
  }
  return { linesA, linesB, differing, first };
}
