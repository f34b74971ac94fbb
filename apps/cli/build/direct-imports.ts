// Hand-written (no maintained esbuild plugin does this): esbuild splits a bundle by file, and a file lands in the chunk of
// every entry that reaches it through any import, used or not. A package's index re-exports all its modules, so every
// command that imported '@tclint/node' reached all of them (diagnose's HAR reader, types pull's client, sign's hashes),
// and `tclint check` read one 290 kB chunk. This plugin points each named import of a bundled package at the module that
// defines the name, so a command's chunks hold what it uses: `tclint check` reads 190 kB of the command's code.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Options } from 'tsup';
import ts from 'typescript';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** Where a name comes from: a bundled source file, or another package (resolved from the file that re-exports it). */
interface Origin {
  from: string;
  name: string;
}

/** `import { a, b as c } from 'x'` or `export { a } from 'x'` (its value names), and where it stands in the text. */
interface NamedClause {
  kind: 'import' | 'export';
  specifier: string;
  names: { imported: string; local: string }[];
  start: number;
  end: number;
}

const PACKAGE = 'direct-imports:';

const sourceOf = (from: string, specifier: string) => resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));

/** A module's top-level named imports and re-exports, and its `export * from` specifiers (parsed: an import shown in a template is no import). */
function clausesOf(file: string, text: string): { named: NamedClause[]; stars: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const named: NamedClause[] = [];
  const stars: string[] = [];
  const namesOf = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) =>
    elements.filter((e) => !e.isTypeOnly).map((e) => ({ imported: (e.propertyName ?? e.name).text, local: e.name.text }));
  for (const statement of source.statements) {
    const place = { start: statement.getStart(source), end: statement.getEnd() };
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) continue;
      named.push({ kind: 'import', specifier: statement.moduleSpecifier.text, names: namesOf(clause.namedBindings.elements), ...place });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      if (!statement.exportClause) stars.push(statement.moduleSpecifier.text);
      else if (ts.isNamedExports(statement.exportClause)) named.push({ kind: 'export', specifier: statement.moduleSpecifier.text, names: namesOf(statement.exportClause.elements), ...place });
    }
  }
  return { named, stars };
}

/**
 * `packages`: package name -> its source index. Imports of those packages
 * (`import { a } from '@tclint/formats'`, and `export { a } from ...`) in
 * files under `roots` are rewritten to import each name from its own module;
 * so are imports of the files `barrels` (a module of re-exports such as src/node-api.ts).
 */
export function directImports(packages: Record<string, string>, roots: readonly string[], barrels: readonly string[] = []): Plugin {
  const rewrite = importRewriter(packages, barrels);
  return {
    name: 'direct-imports',
    setup(build) {
      // a package that a bundled package re-exports resolves from that package (the command need not depend on it)
      build.onResolve({ filter: new RegExp(`^${PACKAGE}`) }, async (args) => {
        const [resolveDir, specifier] = args.path.slice(PACKAGE.length).split('|') as [string, string];
        const found = await build.resolve(specifier, { resolveDir, kind: args.kind, importer: args.importer });
        if (found.errors.length) return { errors: found.errors };
        return { path: found.path, external: found.external, sideEffects: found.sideEffects, namespace: found.namespace };
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!roots.some((root) => args.path.startsWith(root))) return undefined;
        return { contents: rewrite(args.path, readFileSync(args.path, 'utf8')), loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** The source rewrite `directImports` applies to a module (`file`: its path, for relative specifiers). */
export function importRewriter(packages: Record<string, string>, barrels: readonly string[] = []): (file: string, text: string) => string {
  const maps = new Map<string, Map<string, Origin>>();
  const indexes = new Set([...Object.values(packages), ...barrels]);

  function exportsOf(file: string): Map<string, Origin> {
    const known = maps.get(file);
    if (known) return known;
    const map = new Map<string, Origin>();
    maps.set(file, map);
    const { named, stars } = clausesOf(file, readFileSync(file, 'utf8'));
    for (const clause of named) {
      if (clause.kind === 'export') for (const { imported, local } of clause.names) map.set(local, originOf(file, clause.specifier, imported));
    }
    for (const specifier of stars) {
      if (!specifier.startsWith('.')) continue;
      for (const [name, origin] of exportsOf(sourceOf(file, specifier))) if (!map.has(name)) map.set(name, origin);
    }
    return map;
  }

  function originOf(file: string, specifier: string, name: string): Origin {
    const index = packages[specifier];
    if (index !== undefined) return exportsOf(index).get(name) ?? { from: index, name };
    if (!specifier.startsWith('.')) return { from: `${PACKAGE}${dirname(file)}|${specifier}`, name };
    const source = sourceOf(file, specifier);
    // a name re-exported through a nested index is followed to its module
    return exportsOf(source).get(name) ?? { from: source, name };
  }

  function indexOf(file: string, specifier: string): string | undefined {
    if (packages[specifier] !== undefined) return packages[specifier];
    return specifier.startsWith('.') && indexes.has(sourceOf(file, specifier)) ? sourceOf(file, specifier) : undefined;
  }

  function rewrite(file: string, text: string): string {
    let out = '';
    let at = 0;
    for (const clause of clausesOf(file, text).named) {
      const index = indexOf(file, clause.specifier);
      if (index === undefined) continue;
      const groups = new Map<string, string[]>();
      for (const { imported, local } of clause.names) {
        const origin = exportsOf(index).get(imported) ?? { from: index, name: imported };
        groups.set(origin.from, [...(groups.get(origin.from) ?? []), `${origin.name} as ${local}`]);
      }
      const statements = [...groups].map(([from, names]) => `${clause.kind} { ${names.join(', ')} } from ${JSON.stringify(from)};`);
      out += text.slice(at, clause.start) + statements.join(' ');
      at = clause.end;
    }
    return out + text.slice(at);
  }

  return rewrite;
}
