// How fast the lines and CSV readers of @tclint/formats read the mixed corpus, in CPU time per record
// (no linting, no writing), each run a fresh process; `--compare DIR` measures another checkout's
// packages/formats the same way, interleaved, so that a change to the readers shows as a ratio.
//   node src/readers.mjs [--size 500k] [--runs 5] [--compare /path/to/other/packages/formats]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';
import { ensureCorpus, parseSize } from './corpus/files.mjs';
import { median, min } from './measure/stats.mjs';

const READ = fileURLToPath(new URL('./readers/read-records.mjs', import.meta.url));
const OURS = fileURLToPath(new URL('../../packages/formats', import.meta.url));

function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
}

/** The corpus as CSV: one `value` column, every value quoted (the mixed feed holds commas and quotes). */
function csvOf(linesPath) {
  const path = linesPath.replace(/\.txt$/, '.csv');
  if (existsSync(path)) return path;
  const lines = readFileSync(linesPath, 'utf8').split('\n').filter((l) => l !== '');
  writeFileSync(path, `value\n${lines.map((l) => `"${l.replaceAll('"', '""')}"`).join('\n')}\n`);
  return path;
}

function cpuMs(formats, file, format) {
  return JSON.parse(execFileSync(process.execPath, [READ, formats, file, format], { encoding: 'utf8' }));
}

const args = scriptArgs();
const size = parseSize(option(args, 'size', '500k'));
const runs = Number(option(args, 'runs', '5'));
const compare = option(args, 'compare', undefined);
const { path: lines } = ensureCorpus('mixed', size, { log: (m) => console.error(m) });
const inputs = [
  { format: 'lines', file: lines },
  { format: 'csv', file: csvOf(lines) },
];
const builds = [['this checkout', OURS], ...(compare ? [['compared', compare]] : [])];
console.log(`| reader | build | records | median µs/record | min µs/record |${compare ? ' median vs compared |' : ''}`);
console.log(`| --- | --- | ---: | ---: | ---: |${compare ? ' ---: |' : ''}`);
for (const { format, file } of inputs) {
  const times = new Map(builds.map(([name]) => [name, []]));
  let records = 0;
  for (let run = 0; run < runs; run++) {
    for (const [name, dir] of builds) {
      const measured = cpuMs(dir, file, format);
      records = measured.records;
      times.get(name).push((measured.cpuMs * 1000) / measured.records);
    }
  }
  for (const [name] of builds) {
    const t = times.get(name);
    const ratio = compare && name === 'this checkout' ? ` ${(median(t) / median(times.get('compared'))).toFixed(2)}× |` : compare ? ' |' : '';
    console.log(`| ${format} | ${name} | ${records} | ${median(t).toFixed(2)} | ${min(t).toFixed(2)} |${ratio}`);
  }
}
