import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every package has its own vitest config; the pack test runs on its own (`pnpm test:pack`).
    projects: [
      'packages/*/vitest.config.ts',
      'packages/{indicators,errors}/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'tools/*/vitest.config.ts',
      'examples/*/vitest.config.ts',
      'bench/vitest.config.mjs',
      '!tools/pack-test/**',
    ],
    reporters: ['default', './tools/summary-reporter.ts'],
  },
});
