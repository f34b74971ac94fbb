import { packageProject } from '../vitest-project.js';

// The pack test packs every publishable package and runs `npm install` in
// temporary projects, which takes minutes rather than seconds: generous
// timeouts, and one file at a time.
export default packageProject('@tclint/pack-test', { testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false });
