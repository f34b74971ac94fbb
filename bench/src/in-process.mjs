#!/usr/bin/env node
// In-process figures: linter.fix per indicator type (tinybench), and the layers of `tclint fix --type cidr`.
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ipaddr from 'ipaddr.js';
import { Bench } from 'tinybench';
import { indicatorFromSummary } from '@tclint/core';
import { normalizeCidr } from '@tclint/indicator-cidr';
import { ensureCorpus } from './corpus/files.mjs';
import { TYPE_SHARES } from './corpus/mixed.mjs';
import { createRng } from './corpus/prng.mjs';
import { fileLines } from './measure/compare.mjs';
import { median } from './measure/stats.mjs';
import { benchLinter } from './linter.mjs';
import { scriptArgs } from './args.mjs';

const SAMPLE = 2000;

/** tinybench over `linter.fix`, one task per type (20% malformed values, as in the mixed feed) and one untyped. */
export async function perTypeFigures({ time = 500, log = () => {} } = {}) {
  const setup = await benchLinter();
  const bench = new Bench({ time, warmupTime: 100 });
  const rng = createRng('tclint-bench-1/in-process');
  for (const [, type, generate] of TYPE_SHARES) {
    const subjects = Array.from({ length: SAMPLE }, (_, i) => indicatorFromSummary(generate(rng, i % 5 === 0), type));
    let i = 0;
    bench.add(type, () => setup.linter.fix(subjects[i++ % SAMPLE]));
  }
  const mixedLines = [];
  for (let n = 0; n < SAMPLE; n++) {
    const [, , generate] = TYPE_SHARES[pickIndex(rng)];
    mixedLines.push(generate(rng, rng.chance(0.2)));
  }
  const untyped = mixedLines.map((line) => indicatorFromSummary(line));
  let j = 0;
  bench.add('(mixed, type inferred)', () => setup.linter.fix(untyped[j++ % SAMPLE]));
  log(`in-process: linter.fix per type via ${setup.via}`);
  await bench.warmup();
  await bench.run();
  const tasks = bench.tasks.map((t) => ({ name: t.name, opsPerSec: t.result.hz, meanUs: t.result.mean * 1000, p99Us: t.result.p99 * 1000, rme: t.result.rme, samples: t.result.samples.length }));
  return { via: setup.via, extra: setup.extra, missing: setup.missing, tasks };
}

function pickIndex(rng) {
  const total = TYPE_SHARES.reduce((s, [w]) => s + w, 0);
  let x = rng.float() * total;
  for (let i = 0; i < TYPE_SHARES.length; i++) if ((x -= TYPE_SHARES[i][0]) < 0) return i;
  return TYPE_SHARES.length - 1;
}

/**
 * Where the time of `tclint fix --type cidr` goes, layer by layer, over the
 * IPv6 corpus (median of `repeat` passes each): the bare normalizer, the
 * ipaddr.js loop, the engine, the reader, and the whole read-fix-write
 * pipeline of @tclint/node (no process start-up, no CLI report).
 */
export async function cidrLayers({ records = 100_000, repeat = 3, log = () => {} } = {}) {
  const setup = await benchLinter();
  const { path } = ensureCorpus('cidr6', records, { log });
  const lines = [];
  for await (const line of fileLines(path)) lines.push(line);
  const typed = lines.map((line) => indicatorFromSummary(line, 'CIDR'));
  const layers = [
    ['normalizeCidr (fast path + slow path), strings in memory', () => { for (const l of lines) normalizeCidr(l); }],
    ['ipaddr.js parseCIDR + toNormalizedString, strings in memory', () => { let out; for (const l of lines) { const [a, b] = ipaddr.parseCIDR(l); out = `${a.toNormalizedString()}/${b}`; } return out; }],
    ['linter.fix on typed subjects in memory', () => { for (const s of typed) setup.linter.fix(s); }],
    ['indicatorFromSummary + linter.fix, strings in memory', () => { for (const l of lines) setup.linter.fix(indicatorFromSummary(l, 'CIDR')); }],
  ];
  if (setup.node) {
    const { readRecords, lintInput } = setup.node;
    layers.push(['readRecords (lines reader) alone, from the file', async () => { for await (const _ of readRecords(path, { format: 'lines', type: 'CIDR' })) void _; }]);
    layers.push(['lintInput fix, reader → engine → writer to a null stream', async () => {
      const sink = new Writable({ write: (_chunk, _enc, done) => done() });
      for await (const _ of lintInput(setup.linter, path, { format: 'lines', type: 'CIDR', fix: true, output: { stream: sink } })) void _;
    }]);
  }
  const results = [];
  for (const [name, run] of layers) {
    await run(); // warm-up
    const times = [];
    for (let i = 0; i < repeat; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    const ms = median(times);
    results.push({ name, ms, recordsPerSec: records / (ms / 1000), nsPerRecord: (ms * 1e6) / records });
    log(`  ${name}: ${ms.toFixed(0)} ms`);
  }
  return { records, results };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ args: scriptArgs(), options: { time: { type: 'string', default: '500' }, records: { type: 'string', default: '100000' } } });
  const { formatInProcess } = await import('./report/in-process.mjs');
  const perType = await perTypeFigures({ time: Number(values.time), log: console.error });
  const layers = await cidrLayers({ records: Number(values.records), log: console.error });
  console.log(formatInProcess(perType, layers, 'text'));
}
