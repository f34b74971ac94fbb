import { packageProject } from '../vitest-project.js';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The suites run the real CLI on 50 MB files and one python3 process over 100,000+ values: timeouts are generous.
export default packageProject('@tclint/reliability');
