import { defineProject } from 'vitest/config';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The browser tests load the built page (dist/) and compare it with the built command: `pnpm build` comes first.
export default defineProject({
  test: { name: '@tclint/web', include: ['src/**/*.test.ts'], setupFiles: ['../../tools/vitest-setup.ts'], testTimeout: 180_000, hookTimeout: 120_000 },
});
