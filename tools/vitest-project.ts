// The vitest project of a workspace package: tests beside the code (src/**/*.test.ts), the shared setup, and hang limits.
import { fileURLToPath } from 'node:url';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

type TestOptions = NonNullable<UserWorkspaceConfig['test']>;

/** fast-check's seed, and how to re-run a failed property (see vitest-setup.ts). */
const SETUP = fileURLToPath(new URL('./vitest-setup.ts', import.meta.url));

/**
 * The one time limit of every test and hook: it only catches a test that hangs, so it is far above any test's
 * run on a 2-core machine shared with other jobs. Tests take ten times their idle time at a load average of 15,
 * and more: a Java differential test of 13-20 s (load 8) passed 120 s at a load average of 30-39 and failed.
 * Tests and packages set no limit of their own below it; where a child process or a browser wait needs its
 * own, it is this one (HANG_MS in the file).
 */
const HANG_MS = 600_000;

export function packageProject(name: string, test: Omit<TestOptions, 'name'> = {}): UserWorkspaceConfig {
  return defineProject({ test: { name, include: ['src/**/*.test.ts'], setupFiles: [SETUP], testTimeout: HANG_MS, hookTimeout: HANG_MS, ...test } });
}
