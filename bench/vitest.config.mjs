import { packageProject } from '../tools/vitest-project.ts';

export default packageProject('@tclint/bench', { include: ['src/**/*.test.mjs'] });
