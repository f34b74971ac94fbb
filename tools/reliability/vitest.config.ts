import { defineProject } from 'vitest/config';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The suites run the real CLI on 50 MB files and one python3 process over 100,000+ values: timeouts are generous.
export default defineProject({
  test: { name: '@tclint/reliability', include: ['src/**/*.test.ts'], setupFiles: ['../vitest-setup.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
