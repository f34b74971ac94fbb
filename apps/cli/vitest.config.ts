import { defineProject } from 'vitest/config';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The end-to-end tests spawn the built command (dist/cli.js), so `pnpm build` comes first.
export default defineProject({
  test: { name: 'tclint', include: ['src/**/*.test.ts'], setupFiles: ['../../tools/vitest-setup.ts'], testTimeout: 30_000 },
});
