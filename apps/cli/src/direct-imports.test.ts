import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRewriter } from '../build/direct-imports.js';

// The build's rewrite of package-index imports (build/direct-imports.ts), on a small package laid out as the bundled ones are.
function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'tclint-direct-imports-'));
  const src = join(root, 'pkg', 'src');
  mkdirSync(join(src, 'nested'), { recursive: true });
  writeFileSync(join(src, 'index.ts'), `export { lintIt, type Options } from './lint.js';\nexport * from './nested/index.js';\nexport { shared as sharedName } from 'other-package';\n`);
  writeFileSync(join(src, 'lint.ts'), 'export function lintIt() {}\nexport interface Options {}\n');
  writeFileSync(join(src, 'nested', 'index.ts'), `export { readIt } from './read.js';\n`);
  writeFileSync(join(src, 'nested', 'read.ts'), 'export const readIt = 1;\n');
  const api = join(root, 'app', 'api.ts');
  mkdirSync(join(root, 'app'));
  writeFileSync(api, `export { lintIt } from '@x/pkg';\n`);
  return { root, src, api, rewrite: importRewriter({ '@x/pkg': join(src, 'index.ts') }, [api]) };
}

describe('importRewriter', () => {
  it('points each named import at the module that defines it, through nested indexes and renames', () => {
    const { src, rewrite, root } = fixture();
    const out = rewrite(join(root, 'app', 'main.ts'), `import { lintIt, readIt as read, type Options } from '@x/pkg';\nlintIt(read);\n`);
    expect(out).toContain(`import { lintIt as lintIt } from ${JSON.stringify(join(src, 'lint.ts'))};`);
    expect(out).toContain(`import { readIt as read } from ${JSON.stringify(join(src, 'nested', 'read.ts'))};`);
    expect(out).not.toContain(`'@x/pkg'`);
    expect(out).toContain('lintIt(read);');
  });

  it('resolves a name the index re-exports from another package from the index, and rewrites re-exports of a barrel file', () => {
    const { src, rewrite, root, api } = fixture();
    expect(rewrite(join(root, 'app', 'main.ts'), `import { sharedName } from '@x/pkg';\n`)).toBe(`import { shared as sharedName } from ${JSON.stringify(`direct-imports:${src}|other-package`)};\n`);
    expect(rewrite(join(root, 'app', 'main.ts'), `import { lintIt } from './api.js';\n`)).toBe(`import { lintIt as lintIt } from ${JSON.stringify(join(src, 'lint.ts'))};\n`);
    expect(rewrite(api, `export { lintIt } from '@x/pkg';\n`)).toBe(`export { lintIt as lintIt } from ${JSON.stringify(join(src, 'lint.ts'))};\n`);
  });

  it('leaves type-only imports, other packages and import statements shown in templates alone', () => {
    const { rewrite, root } = fixture();
    const text = "import type { Options } from '@x/pkg';\nimport { other } from 'another';\nconst config = `\nimport { lintIt } from '@x/pkg';\n`;\n";
    expect(rewrite(join(root, 'app', 'main.ts'), text)).toBe(text);
  });
});
