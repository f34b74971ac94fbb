import { packageConfig } from '../../tsup.base.js';

// The IDNA module (tr46 and its tables) is an entry of its own that the main entry imports by the
// package's own name, so that a browser build can swap it out or load it later (see the README).
export default packageConfig({ entry: { index: 'src/index.ts', idna: 'src/idna.ts' }, external: ['@tclint/hostname/idna'] });
