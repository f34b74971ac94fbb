import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The folders pnpm-workspace.yaml lists packages in. */
const WORKSPACE_FOLDERS = ['packages', 'apps', 'tools', 'examples', 'bench'];

export interface WorkspaceManifest {
  /** Directory relative to the root, with `/`. */
  path: string;
  dir: string;
  manifest: { name?: string; private?: boolean; bin?: string | Record<string, string>; files?: string[]; scripts?: Record<string, string> };
}

/** Every package.json of the workspace (not in node_modules), sorted by path. */
export function workspaceManifests(root = ROOT): WorkspaceManifest[] {
  const found: WorkspaceManifest[] = [];
  const visit = (dir: string) => {
    const manifestPath = join(dir, 'package.json');
    if (existsSync(manifestPath)) {
      found.push({ path: relative(root, dir).split('\\').join('/'), dir, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as WorkspaceManifest['manifest'] });
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(dir, entry.name));
    }
  };
  for (const folder of WORKSPACE_FOLDERS) if (existsSync(join(root, folder))) visit(join(root, folder));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** A manifest's `bin` as command name -> file (a string `bin` is named after the package). */
export function binsOf({ manifest }: WorkspaceManifest): Record<string, string> {
  if (typeof manifest.bin === 'string') return { [String(manifest.name).replace(/^@[^/]+\//, '')]: manifest.bin };
  return manifest.bin ?? {};
}
