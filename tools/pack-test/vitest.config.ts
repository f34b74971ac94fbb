import { defineProject } from 'vitest/config';

// The pack test packs every publishable package and runs `npm install` in
// temporary projects, which takes minutes rather than seconds: generous
// timeouts, and one file at a time.
export default defineProject({
  test: {
    name: '@tclint/pack-test',
    include: ['src/**/*.test.ts'],
    setupFiles: ['../vitest-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
