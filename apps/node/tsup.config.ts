import { packageConfig } from '../../tsup.base.js';

// The lint pool's worker is its own entry: worker threads start from a file (dist/lint-worker.js).
// `shims` gives the CommonJS build an import.meta.url, which the pool uses to find that file.
export default packageConfig({
  entry: { index: 'src/index.ts', 'lint-worker': 'src/pool/worker.ts' },
  shims: true,
});
