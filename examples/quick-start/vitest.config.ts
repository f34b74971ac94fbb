import { packageProject } from '../../tools/vitest-project.js';

export default packageProject('tclint-example-quick-start');
