import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@tclint/bench', include: ['src/**/*.test.mjs'], testTimeout: 30_000 },
});
