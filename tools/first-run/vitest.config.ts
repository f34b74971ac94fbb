import { packageProject } from '../vitest-project.js';

// Runs the repository's own `pnpm -s tclint` (a turbo build that is cached
// after the first one), so the timeouts allow for a first build.
export default packageProject('@tclint/first-run');
