import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILES = ['tclint.config.js', 'tclint.config.mjs', 'tclint.config.json', 'tclint.config.yaml', 'tclint.config.yml'] as const;

/**
 * The nearest config file: looked for in `cwd`, then each parent, stopping
 * after a package root (a directory with package.json) or the filesystem root.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) return undefined;
  }
}
