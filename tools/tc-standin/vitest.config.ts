import { defineProject } from 'vitest/config';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
export default defineProject({
  test: { name: '@tclint/tc-standin', include: ['src/**/*.test.ts'], setupFiles: ['../vitest-setup.ts'] },
});
