import { defineProject } from 'vitest/config';

// Lets `vitest run` work from this directory (the root config's project globs
// resolve against the working directory); the root workspace uses it as this
// package's project config.
export default defineProject({
  test: { name: '@tclint/ip', include: ['src/**/*.test.ts'], setupFiles: ['../../tools/vitest-setup.ts'] },
});
