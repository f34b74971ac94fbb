import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The main entry runs in browsers: no Node built-ins outside src/testing (the ./testing entry).
const SRC = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the main entry', () => {
  it('uses no Node built-ins (process, Buffer, node: modules)', () => {
    const offenders = sources(SRC).filter((file) => /from 'node:|\bprocess\.|\bBuffer\b|\brequire\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
    expect(sources(SRC).length).toBeGreaterThan(10);
  });
});
