import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, ensureCorpus, sizeLabel } from '../corpus/files.mjs';
import { loadAverage } from './machine.mjs';
import { compareLines } from './compare.mjs';
import { runProcess } from './process.mjs';
import { max, median, min } from './stats.mjs';

export const OUT_DIR = join(CORPUS_DIR, 'out');

/**
 * Runs every command on every corpus and size, `runs` times, interleaved
 * (run 1 of every command, then run 2, ...) so a change in machine load
 * touches all of them alike; then checks each command's output. Returns one
 * group per corpus and size with a row per command.
 */
export async function runSuite({ kinds, sizes, runs, commands, pythonMaxRecords = 1e6, log = () => {} }) {
  mkdirSync(OUT_DIR, { recursive: true });
  const groups = [];
  for (const records of sizes) {
    for (const kind of kinds) {
      const { path, meta } = ensureCorpus(kind, records, { log });
      const rows = commands
        .filter((c) => c.corpus.includes(kind))
        .filter((c) => c.id !== 'python' || records <= pythonMaxRecords)
        .map((command) => ({ command, runs: [], outPath: join(OUT_DIR, `${kind}-${sizeLabel(records)}.${command.id}.out`), errPath: join(OUT_DIR, `${kind}-${sizeLabel(records)}.${command.id}.err`) }));
      const group = { kind, records, size: sizeLabel(records), path, meta, rows, loadBefore: loadAverage() };
      for (let run = 1; run <= runs; run++) {
        for (const row of rows) {
          if (row.failed) continue;
          const [file, args] = row.command.run(path);
          const result = await runProcess(file, args, { stdoutPath: row.outPath, stderrPath: row.errPath });
          const ok = (row.command.okCodes ?? [0]).includes(result.code);
          log(`  ${kind} ${group.size} run ${run}/${runs} ${row.command.id.padEnd(18)} ${(result.wallMs / 1000).toFixed(2).padStart(7)} s ${(result.peakRssKb / 1024).toFixed(0).padStart(5)} MB${ok ? '' : `  FAILED (exit ${result.code}, see ${row.errPath})`}`);
          if (!ok) row.failed = `exit ${result.code}`;
          else row.runs.push(result);
        }
      }
      group.loadAfter = loadAverage();
      summarize(group);
      await checkOutputs(group);
      groups.push(group);
    }
  }
  return groups;
}

function summarize(group) {
  const floor = group.rows.find((r) => r.command.floor && !r.failed);
  for (const row of group.rows) {
    if (row.runs.length === 0) continue;
    const walls = row.runs.map((r) => r.wallMs);
    row.medianMs = median(walls);
    row.minMs = min(walls);
    row.maxMs = max(walls);
    row.peakRssKb = max(row.runs.map((r) => r.peakRssKb));
    row.recordsPerSec = group.records / (row.medianMs / 1000);
    const cpus = row.runs.map((r) => r.cpuMs);
    if (cpus.every((c) => c !== undefined)) row.medianCpuMs = median(cpus);
  }
  if (floor?.medianMs) for (const row of group.rows) if (row.medianMs) row.ratio = row.medianMs / floor.medianMs;
  if (floor?.medianCpuMs) for (const row of group.rows) if (row.medianCpuMs !== undefined) row.cpuRatio = row.medianCpuMs / Math.max(floor.medianCpuMs, 1);
}

/** Compares each output with what it must equal (or, for fixers without an oracle, counts the lines they changed). */
async function checkOutputs(group) {
  const byId = new Map(group.rows.map((r) => [r.command.id, r]));
  for (const row of group.rows) {
    if (row.runs.length === 0) continue;
    const { check } = row.command;
    const against = check === 'python' ? byId.get('python') : check === 'serial' ? byId.get(row.command.serial) : undefined;
    if (against && against.runs.length) {
      const diff = await compareLines(row.outPath, against.outPath);
      row.check = { against: against.command.id, ...diff, records: group.records };
    } else {
      const diff = await compareLines(row.outPath, group.path);
      row.check = { against: 'input', ...diff, records: group.records };
    }
  }
  for (const row of group.rows) if (row.command.tclint && row.runs.length) row.problems = problemsReported(row.errPath);
}

/** The problem count from the summary line tclint's stylish report ends with (`✖ 12 problems (...)`). */
function problemsReported(errPath) {
  try {
    const size = statSync(errPath).size;
    const fd = openSync(errPath, 'r');
    const tail = Buffer.alloc(Math.min(size, 4096));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    closeSync(fd);
    const match = /(\d+) problems? \((\d+) errors?, (\d+) warnings?\)/.exec(tail.toString('utf8'));
    return match ? { problems: Number(match[1]), errors: Number(match[2]), warnings: Number(match[3]) } : { problems: 0, errors: 0, warnings: 0 };
  } catch {
    return undefined;
  }
}
