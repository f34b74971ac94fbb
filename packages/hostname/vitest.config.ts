import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Lets `vitest run` work from this directory (the root config's project globs
// resolve against the working directory); the root workspace uses it as this
// package's project config. The package imports its IDNA module by its own
// name (see tsup.config.ts); tests read it from the source.
export default defineProject({
  resolve: { alias: { '@tclint/hostname/idna': fileURLToPath(new URL('./src/idna.ts', import.meta.url)) } },
  test: { name: '@tclint/hostname', include: ['src/**/*.test.ts'], setupFiles: ['../../tools/vitest-setup.ts'] },
});
