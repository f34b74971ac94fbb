import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageConfig } from '../../tsup.base.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// src/cli.ts starts with `#!/usr/bin/env node`; esbuild keeps that line at the top of dist/cli.js.
// `shims` gives the CommonJS build an import.meta.url, which `tclint rules ID` uses to find @tclint/node.
// The packages between the command and the rules are bundled in (tree-shaken): start-up then reads a few
// files, and never the eager OFFICIAL_PLUGINS list with its 18 imports; a run loads the rule packages it
// needs (`OFFICIAL_PLUGIN_LOADERS`). Core and the rule packages stay external, so a config file that
// imports them shares their instances. The --jobs pool starts dist/lint-worker.js beside the bundle.
export default packageConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/lint-worker.ts'],
  shims: true,
  noExternal: ['@tclint/node', '@tclint/preset', '@tclint/formats', '@tclint/diagnosis'],
  esbuildOptions(options) {
    // the preset from its modules, not its one-file build: what the command does not use (OFFICIAL_PLUGINS) drops out
    options.alias = { '@tclint/preset': fileURLToPath(new URL('../../packages/preset/src/index.ts', import.meta.url)) };
  },
  define: { __TCLINT_VERSION__: JSON.stringify(version) },
});
