import { defineProject } from 'vitest/config';

// CI only (`pnpm --filter @tclint/first-run test:fresh-clone`): clones the
// repository, installs it and builds it from nothing, which takes minutes.
export default defineProject({
  test: { name: '@tclint/first-run (fresh clone)', include: ['src/**/*.fresh-clone.ts'], testTimeout: 900_000, hookTimeout: 900_000 },
});
