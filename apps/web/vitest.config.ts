import { fileURLToPath } from 'node:url';
import { packageProject } from '../../tools/vitest-project.js';
import { findTr46 } from './build.mjs';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The browser tests load the built page (dist/) and compare it with the built command: `pnpm build` comes first.
// They drive Chromium and spawn the command several times per test: a hang limit of three minutes.
// The Node tests see the modules as the worker bundle has them: tr46 behind idn.ts, the real one loaded on demand.
export default packageProject('@tclint/web', {
  alias: { tr46: fileURLToPath(new URL('./src/worker/idn.ts', import.meta.url)), 'tclint:idn-tables': await findTr46() },
});
