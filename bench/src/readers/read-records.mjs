// One measurement of `readers.mjs`: reads every record of a file with a build of @tclint/formats, prints its CPU time.
import { createReadStream } from 'node:fs';

const [formatsDir, file, format] = process.argv.slice(2);
const { openStream, readRecordBatches } = await import(`${formatsDir}/dist/index.js`);
const start = process.cpuUsage();
const opened = await openStream(createReadStream(file, { highWaterMark: 64 * 1024 }), { path: file, format });
let records = 0;
for await (const batch of readRecordBatches(opened, { format })) records += batch.length;
const used = process.cpuUsage(start);
console.log(JSON.stringify({ format, records, cpuMs: (used.user + used.system) / 1000 }));
