import { fileURLToPath } from 'node:url';
import { packageProject } from '../../tools/vitest-project.js';

// Lets `vitest run` work from this directory (the root config's project globs
// resolve against the working directory); the root workspace uses it as this
// package's project config. The package imports its IDNA module by its own
// name (see tsup.config.ts); tests read it from the source.
export default packageProject('@tclint/hostname', { alias: { '@tclint/hostname/idna': fileURLToPath(new URL('./src/idna.ts', import.meta.url)) } });
