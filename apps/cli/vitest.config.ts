import { packageProject } from '../../tools/vitest-project.js';

// Lets `vitest run` work from this directory; the root workspace uses it as this package's project config.
// The end-to-end tests spawn the built command (dist/cli.js), so `pnpm build` comes first.
export default packageProject('tclint');
