// A leaner I/O floor, for reference: split 64 KiB chunks on "\n" by hand instead of readline, write every line back.
import { createReadStream } from 'node:fs';
import { writeOut, flushOut } from './out.mjs';

let rest = '';
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const text = rest + chunk;
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    await writeOut(`${text.slice(start, newline)}\n`);
    start = newline + 1;
  }
  rest = text.slice(start);
}
if (rest) await writeOut(rest);
await flushOut();
