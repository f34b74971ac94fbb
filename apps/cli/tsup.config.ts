import { readFileSync } from 'node:fs';
import { packageConfig } from '../../tsup.base.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// src/cli.ts starts with `#!/usr/bin/env node`; esbuild keeps that line at the top of dist/cli.js.
// `shims` gives the CommonJS build an import.meta.url, which `tclint rules ID` uses to find @tclint/node.
export default packageConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  shims: true,
  define: { __TCLINT_VERSION__: JSON.stringify(version) },
});
