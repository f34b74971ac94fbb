#!/usr/bin/env node
// Generates the benchmark corpora: node src/generate.mjs [--sizes 100k,1M] [--kinds cidr6,mixed] [--force]
import { parseArgs } from 'node:util';
import { CORPORA, ensureCorpus, parseSize, sizeLabel } from './corpus/files.mjs';
import { scriptArgs } from './args.mjs';

const { values } = parseArgs({ args: scriptArgs(),
  options: { sizes: { type: 'string', default: '100k,1M' }, kinds: { type: 'string', default: Object.keys(CORPORA).join(',') }, force: { type: 'boolean', default: false } },
});
for (const kind of values.kinds.split(',')) {
  if (!CORPORA[kind]) throw new Error(`unknown corpus kind "${kind}" (known: ${Object.keys(CORPORA).join(', ')})`);
  for (const size of values.sizes.split(',').map(parseSize)) {
    const started = performance.now();
    const { path, meta } = ensureCorpus(kind, size, { force: values.force });
    console.log(`${kind} ${sizeLabel(size)}: ${path} (${(meta.bytes / 1048576).toFixed(1)} MiB, sha256 ${meta.sha256.slice(0, 12)}…, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}
