import { defineProject } from 'vitest/config';

// Runs the repository's own `pnpm -s tclint` (a turbo build that is cached
// after the first one), so the timeouts allow for a first build.
export default defineProject({
  test: { name: '@tclint/first-run', include: ['src/**/*.test.ts'], testTimeout: 300_000 },
});
