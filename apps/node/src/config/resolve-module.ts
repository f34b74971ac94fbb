import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** Export conditions tried, in the order a package's `exports` lists them: ESM or CommonJS plugins alike. */
const CONDITIONS = new Set(['node', 'import', 'require', 'default']);

/**
 * Finds the file a specifier names, resolved from `fromDir` the way Node
 * resolves an `import` there (import-meta-resolve: `exports` with subpath
 * patterns and conditions, self-references, `main`), or a path (with
 * `.js`/`.mjs`/`.cjs`/`index.js` tried, as for `require`). Undefined when
 * nothing is found.
 */
export async function resolveFrom(fromDir: string, specifier: string): Promise<string | undefined> {
  if (isPathLike(specifier)) return resolveFile(resolve(fromDir, specifier));
  const { moduleResolve } = await import('import-meta-resolve');
  try {
    const url = moduleResolve(specifier, pathToFileURL(join(resolve(fromDir), 'tclint-config.js')), CONDITIONS, false);
    return url.protocol === 'file:' ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}

/** Imports a module file (ESM or CommonJS). */
export async function importFile(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

function resolveFile(path: string): string | undefined {
  for (const candidate of [path, `${path}.js`, `${path}.mjs`, `${path}.cjs`, join(path, 'index.js'), join(path, 'index.mjs'), join(path, 'index.cjs')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
