import { readFileSync } from 'node:fs';
import { packageConfig } from '../../tsup.base.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// src/cli.ts starts with `#!/usr/bin/env node`; esbuild keeps that line at the top of dist/cli.js.
export default packageConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  define: { __TCLINT_VERSION__: JSON.stringify(version) },
});
