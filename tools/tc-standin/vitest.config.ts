import { packageProject } from '../vitest-project.js';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
export default packageProject('@tclint/tc-standin');
