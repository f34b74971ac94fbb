// The I/O floor: read a file line by line and write every line back to stdout, unchanged.
// Output is batched into 64 KiB writes, as any reasonable line filter does.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { writeOut, flushOut } from './out.mjs';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) await writeOut(`${line}\n`);
await flushOut();
