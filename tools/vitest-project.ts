// The vitest project of a workspace package: tests beside the code (src/**/*.test.ts), the shared setup, and hang limits.
import { fileURLToPath } from 'node:url';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

type TestOptions = NonNullable<UserWorkspaceConfig['test']>;

/** fast-check's seed, and how to re-run a failed property (see vitest-setup.ts). */
const SETUP = fileURLToPath(new URL('./vitest-setup.ts', import.meta.url));

/**
 * A timeout only catches a test that hangs, so it is far above any test's run on a 2-core machine shared
 * with other jobs, where tests take ten times their idle time (0.4 s tests took 4 s at a load average of 15).
 */
const HANG_MS = 60_000;

export function packageProject(name: string, test: Omit<TestOptions, 'name'> = {}): UserWorkspaceConfig {
  return defineProject({ test: { name, include: ['src/**/*.test.ts'], setupFiles: [SETUP], testTimeout: HANG_MS, hookTimeout: HANG_MS, ...test } });
}
