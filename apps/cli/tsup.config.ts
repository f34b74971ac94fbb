import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageConfig } from '../../tsup.base.js';
import { directImports } from './build/direct-imports.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// The packages between the command and the rules, bundled in from their sources (tree-shaken).
const BUNDLED = {
  '@tclint/node': path('../node/src/index.ts'),
  '@tclint/preset': path('../../packages/preset/src/index.ts'),
  '@tclint/formats': path('../../packages/formats/src/index.ts'),
  '@tclint/diagnosis': path('../../packages/diagnosis/src/index.ts'),
};

// src/cli.ts starts with `#!/usr/bin/env node`; esbuild keeps that line at the top of dist/cli.js.
// `shims` gives the CommonJS build an import.meta.url, which `tclint rules ID` uses to find @tclint/node.
// Start-up (issue 18): dist/cli.js holds only argv dispatch; each command is a chunk of its own (`splitting`, with
// commands/index.ts importing them dynamically), and `directImports` keeps a package's index from pulling every module
// of that package into each command's chunk, so `tclint check` parses neither diagnose's readers nor sign's hashes.
// jsonc-parser is bundled (its ES build, tree-shaken) rather than loaded as CommonJS from its UMD files.
// Core, @tclint/tc-types (with java-regex) and the rule packages stay external: a rule package loads the same instance
// the command uses, and a config file that imports them shares their instances. A run loads the rule packages it needs
// (`OFFICIAL_PLUGIN_LOADERS`), never the eager OFFICIAL_PLUGINS list. The --jobs pool starts dist/lint-worker.js.
export default packageConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/lint-worker.ts'],
  shims: true,
  splitting: true,
  noExternal: Object.keys(BUNDLED),
  esbuildOptions(options) {
    options.alias = BUNDLED;
  },
  esbuildPlugins: [directImports(BUNDLED, [path('src/'), ...Object.values(BUNDLED).map((index) => index.replace(/index\.ts$/, ''))], [path('src/node-api.ts')])],
  define: { __TCLINT_VERSION__: JSON.stringify(version) },
});
