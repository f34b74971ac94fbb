import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package runs in browsers: no Node built-in in its shipped source.
const SOURCE = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the shipped source', () => {
  it('uses no Node built-in (node: modules, Buffer, process, require)', () => {
    const files = sourceFiles(SOURCE);
    expect(files.length).toBeGreaterThan(4);
    const offending = files.filter((file) => /from 'node:|import\('node:|\bBuffer\.|\bprocess\.|\brequire\(/.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(offending).toEqual([]);
  });
});
