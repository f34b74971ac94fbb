import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute directory. */
  dir: string;
  /** Directory relative to the root, with `/`. */
  path: string;
  manifest: Record<string, unknown>;
}

/** The folders whose packages are published (tools/ holds private test helpers). */
export const PUBLISHED_FOLDERS = ['packages', 'apps', 'examples'];

/** Every package under packages/, apps/ and examples/ that is not private, sorted by path. */
export function publishablePackages(root = ROOT): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  const visit = (dir: string) => {
    const manifestPath = join(dir, 'package.json');
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      if (manifest.private !== true) {
        found.push({ name: String(manifest.name), version: String(manifest.version), dir, path: relative(root, dir).split('\\').join('/'), manifest });
      }
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(dir, entry.name));
    }
  };
  for (const folder of PUBLISHED_FOLDERS) if (existsSync(join(root, folder))) visit(join(root, folder));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
