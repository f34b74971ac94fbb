// A plain ipaddr.js loop: parseCIDR + toNormalizedString on every line (unparseable lines are written unchanged).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import ipaddr from 'ipaddr.js';
import { writeOut, flushOut } from './out.mjs';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  let text = line;
  try {
    const [address, bits] = ipaddr.parseCIDR(line);
    text = `${address.toNormalizedString()}/${bits}`;
  } catch {
    // not a block: keep the line
  }
  await writeOut(`${text}\n`);
}
await flushOut();
