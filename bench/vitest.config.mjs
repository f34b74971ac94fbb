import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@tclint/bench', include: ['src/**/*.test.mjs'], setupFiles: ['../tools/vitest-setup.ts'], testTimeout: 30_000 },
});
