import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Package names to try for a short name, most specific first, as ESLint does:
 * `acme` -> `tclint-plugin-acme`, `acme`; `@scope/acme` -> `@scope/tclint-plugin-acme`,
 * `@scope/acme`; `@scope` -> `@scope/tclint-plugin`. Names that already carry
 * the prefix, and paths, are tried as given.
 */
export function packageCandidates(name: string, prefix: string): string[] {
  if (isPathLike(name)) return [name];
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    if (slash === -1) return [`${name}/${prefix}`];
    const scope = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    return rest.startsWith(`${prefix}-`) || rest === prefix ? [name] : [`${scope}/${prefix}-${rest}`, name];
  }
  return name.startsWith(`${prefix}-`) ? [name] : [`${prefix}-${name}`, name];
}

export function isPathLike(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || isAbsolute(specifier) || /^[A-Za-z]:[\\/]/.test(specifier);
}

/**
 * Finds the file a specifier names, resolved from `fromDir` the way Node
 * resolves an `import` there: paths (with `.js`/`.mjs`/`.cjs`/`index.js`
 * tried), or packages in `node_modules` up the tree through their `exports`
 * (`import`, `node`, `default`, `require` conditions) or `main`.
 * Undefined when nothing is found.
 */
export function resolveFrom(fromDir: string, specifier: string): string | undefined {
  if (isPathLike(specifier)) return resolveFile(resolve(fromDir, specifier));
  const { name, subpath } = splitSpecifier(specifier);
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const packageDir = join(dir, 'node_modules', name);
    if (existsSync(join(packageDir, 'package.json'))) return packageEntry(packageDir, subpath);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Imports a module file (ESM or CommonJS). */
export async function importFile(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  const rest = parts.slice(count).join('/');
  return { name: parts.slice(0, count).join('/'), subpath: rest ? `./${rest}` : '.' };
}

function resolveFile(path: string): string | undefined {
  for (const candidate of [path, `${path}.js`, `${path}.mjs`, `${path}.cjs`, join(path, 'index.js'), join(path, 'index.mjs'), join(path, 'index.cjs')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const CONDITIONS = ['import', 'node', 'default', 'require'];

function pickTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const picked = pickTarget(t);
      if (picked) return picked;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    const map = target as Record<string, unknown>;
    for (const condition of CONDITIONS) {
      if (condition in map) {
        const picked = pickTarget(map[condition]);
        if (picked) return picked;
      }
    }
  }
  return undefined;
}

function packageEntry(packageDir: string, subpath: string): string | undefined {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const exportsField = manifest.exports;
  if (exportsField !== undefined && exportsField !== null) {
    const isSubpathMap = typeof exportsField === 'object' && !Array.isArray(exportsField) && Object.keys(exportsField).some((k) => k.startsWith('.'));
    const target = isSubpathMap ? (exportsField as Record<string, unknown>)[subpath] : subpath === '.' ? exportsField : undefined;
    const picked = pickTarget(target);
    return picked ? resolveFile(join(packageDir, picked)) : undefined;
  }
  if (subpath !== '.') return resolveFile(join(packageDir, subpath));
  return resolveFile(join(packageDir, typeof manifest.main === 'string' ? manifest.main : 'index.js'));
}
