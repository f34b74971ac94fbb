import { packageConfig } from '../../tsup.base.js';

// The testing entry runs real Java (node:child_process): a subpath of its own, so the main entry stays browser-safe.
export default packageConfig({ entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' }, shims: true });
