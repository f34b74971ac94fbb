import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binsOf, ROOT, workspaceManifests } from './workspace.js';

// `pnpm install` links every workspace package's bin before anything is
// built; a bin that points into dist/ fails to link ("WARN Failed to create bin").
const withBins = workspaceManifests().filter((p) => Object.keys(binsOf(p)).length > 0);
const tracked = new Set(execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));

describe('workspace commands (bin)', () => {
  it('include tclint and tc-standin', () => {
    expect(withBins.flatMap((p) => Object.keys(binsOf(p))).sort()).toEqual(expect.arrayContaining(['tc-standin', 'tclint']));
  });

  it.each(withBins.map((p) => [p.path, p] as const))('%s: each bin is a file kept in the source, not a build output', (_path, pkg) => {
    for (const [name, target] of Object.entries(binsOf(pkg))) {
      const file = join(pkg.path, target).split('\\').join('/');
      expect(file.split('/'), `${name} -> ${target}`).not.toContain('dist');
      expect(tracked.has(file), `${name} -> ${file} is in the source, not ignored`).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8').split('\n')[0], `${name} starts with a node shebang`).toBe('#!/usr/bin/env node');
      if (pkg.manifest.private !== true) expect(pkg.manifest.files?.some((f) => file.startsWith(`${pkg.path}/${f.replace(/^\.\//, '')}`)), `${name}: ${target} is published`).toBe(true);
    }
  });
});
