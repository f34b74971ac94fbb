import { packageProject } from '../../tools/vitest-project.js';

// Lets `vitest run` work from this directory (the root config's project globs
// resolve against the working directory); the root workspace uses it as this
// package's project config.
// A plugin outside this repository needs only `defineProject({ test: { include: ['src/**/*.test.ts'] } })`
// from 'vitest/config'; packageProject adds this repository's fast-check seeds and hang limits.
export default packageProject('tclint-plugin-acme');
