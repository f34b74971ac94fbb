import { packageProject } from '../../tools/vitest-project.js';

// Lets `vitest run` work from this directory (the root config's project globs
// resolve against the working directory); the root workspace uses it as this
// package's project config.
export default packageProject('@tclint/java-regex');
