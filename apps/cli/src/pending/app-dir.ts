import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Subject } from '../node-api.js';

// Stand-in until @tclint/node builds app subjects from a directory and writes app fixes.

type AppSubject = Extract<Subject, { kind: 'app' }>;

const SKIP = new Set(['node_modules', '.git', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache']);
const MAX_DEPTH = 3;
const MAX_FILES = 5000;

/** A TcEx app directory as an app subject: its listing, and a reader that stays inside it. */
export function appFromDirectory(root: string): AppSubject {
  const files: string[] = [];
  const walk = (dir: string, prefix: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (files.length >= MAX_FILES) return;
      const relative = prefix + entry.name;
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIP.has(entry.name) && !entry.name.startsWith('lib_')) walk(join(dir, entry.name), `${relative}/`, depth + 1);
      } else if (entry.isFile()) files.push(relative);
    }
  };
  walk(root, '', 1);
  files.sort();
  return {
    kind: 'app',
    root,
    files,
    readFile(path) {
      const inside = insidePath(root, path);
      if (inside === undefined) return undefined;
      try {
        return readFileSync(inside, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Writes one file of an app fix atomically (temp file, then rename); returns the path written. */
export function writeAppFile(root: string, path: string, content: string): string {
  const target = insidePath(root, path);
  if (target === undefined) throw new Error(`refusing to write "${path}": not a path inside ${root}`);
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.tclint.tmp`);
  writeFileSync(temp, content, { flag: 'wx' });
  renameSync(temp, target);
  return target;
}

function insidePath(root: string, path: string): string | undefined {
  if (path === '' || isAbsolute(path)) return undefined;
  const normal = normalize(path);
  if (normal === '..' || normal.startsWith(`..${sep}`)) return undefined;
  return join(root, normal);
}
