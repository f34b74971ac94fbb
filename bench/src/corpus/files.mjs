import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean95Record } from './clean95.mjs';
import { ipv6CidrBlock } from './ipv6-cidr.mjs';
import { mixedRecord } from './mixed.mjs';
import { createRng } from './prng.mjs';

/** Bump when a generator changes its output, so stale corpora are rebuilt. */
export const GENERATOR_VERSION = 1;
export const SEED = 'tclint-bench-1';
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

export const CORPORA = {
  cidr6: { describe: 'IPv6 CIDR blocks in assorted notations', line: (rng) => ipv6CidrBlock(rng) },
  mixed: { describe: 'mixed feed of all twelve indicator types, ~20% malformed', line: (rng) => mixedRecord(rng).line },
  clean95: { describe: 'the mixed feed\'s types, 95% already in ThreatConnect\'s stored form, 5% malformed', line: (rng) => clean95Record(rng).line },
};

/** `100k` -> 100000, `1M` -> 1000000, `2500` -> 2500. */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(text).trim());
  if (!match) throw new Error(`bad size "${text}" (use e.g. 100k, 1M, 10M)`);
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]];
  return Math.round(Number(match[1]) * scale);
}

export function sizeLabel(records) {
  if (records % 1e6 === 0) return `${records / 1e6}M`;
  if (records % 1e3 === 0) return `${records / 1e3}k`;
  return String(records);
}

export function corpusPath(kind, records) {
  return join(CORPUS_DIR, `${kind}-${sizeLabel(records)}.txt`);
}

/**
 * Writes `records` lines of a corpus kind, streaming in 1 MiB chunks (memory
 * stays constant at any size), and its `.meta.json` (generator version, seed,
 * byte count, SHA-256). An existing corpus from the same generator is kept.
 */
export function ensureCorpus(kind, records, { force = false, log = () => {} } = {}) {
  const path = corpusPath(kind, records);
  const metaPath = `${path}.meta.json`;
  if (!force && existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.generator === GENERATOR_VERSION && meta.seed === SEED && meta.records === records) return { path, meta };
  }
  mkdirSync(CORPUS_DIR, { recursive: true });
  log(`generating ${kind} ${sizeLabel(records)} -> ${path}`);
  const rng = createRng(`${SEED}/${kind}`);
  const hash = createHash('sha256');
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  let bytes = 0;
  let chunk = '';
  const flush = () => {
    const buffer = Buffer.from(chunk);
    writeSync(fd, buffer);
    hash.update(buffer);
    bytes += buffer.length;
    chunk = '';
  };
  try {
    const { line } = CORPORA[kind];
    for (let i = 0; i < records; i++) {
      chunk += `${line(rng)}\n`;
      if (chunk.length >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  const meta = { kind, describe: CORPORA[kind].describe, generator: GENERATOR_VERSION, seed: SEED, records, bytes, sha256: hash.digest('hex') };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return { path, meta };
}
