import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'packages/indicators/*', 'packages/errors/*', 'apps/*', 'tools/*', 'examples/*', 'bench', '!tools/*.ts', '!tools/*.mjs', '!tools/pack-test'],
    reporters: ['default', './tools/summary-reporter.ts'],
  },
});
