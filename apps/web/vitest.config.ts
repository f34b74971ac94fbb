import { packageProject } from '../../tools/vitest-project.js';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The browser tests load the built page (dist/) and compare it with the built command: `pnpm build` comes first.
// They drive Chromium and spawn the command several times per test: a hang limit of three minutes.
export default packageProject('@tclint/web', { testTimeout: 180_000, hookTimeout: 120_000 });
