import { packageConfig } from '../../tsup.base.js';

// The testing entry (value generators and seed examples for differential tests) is a subpath of its own.
export default packageConfig({ entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } });
