import type { AppSubject, FieldFix } from '@tclint/core';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { lstat, mkdir, readdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { atomicFileSink } from '../output/sink.js';

export interface AppDirectoryOptions {
  /** How deep the listing goes: 1 lists the top level only (default 3: two directories down). */
  maxDepth?: number;
  /** The most files listed (default 5000). */
  maxFiles?: number;
  /** Larger files read as missing (default 8 MiB). */
  maxFileBytes?: number;
}

/** Directories that are never part of an app's own files: dependencies, caches, virtual environments, VCS data. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '__pycache__', 'venv', 'site-packages']);

/**
 * A TcEx app directory as a core app subject: the listing of its regular
 * files (paths relative to the root, `/`-separated, sorted), and a reader
 * confined to the directory: a path that is absolute, climbs out with `..`,
 * or leads out through a symbolic link reads as missing. Dependency, cache
 * and hidden directories (`lib_*`, `node_modules`, `.venv`, `.git`, ...) are
 * not listed. Throws when `root` cannot be read as a directory.
 */
export async function appFromDirectory(root: string, options: AppDirectoryOptions = {}): Promise<AppSubject> {
  const base = resolve(root);
  const real = await realpath(base);
  const maxDepth = options.maxDepth ?? 3;
  const maxFiles = options.maxFiles ?? 5000;
  const maxFileBytes = options.maxFileBytes ?? 8 * 1024 * 1024;
  const files: string[] = [];
  const walk = async (dir: string, prefix: string, depth: number, top: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // the root must be readable; an unreadable subdirectory is left out
      if (top) throw error;
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (files.length >= maxFiles) return;
      if (entry.isFile()) files.push(prefix + entry.name);
      else if (entry.isDirectory() && depth < maxDepth && !skipped(entry.name)) await walk(join(dir, entry.name), `${prefix}${entry.name}/`, depth + 1, false);
    }
  };
  await walk(base, '', 1, true);
  files.sort();
  return {
    kind: 'app',
    root: base,
    files,
    readFile(path) {
      const target = pathInside(base, path);
      if (target === undefined) return undefined;
      try {
        const file = realpathSync(target);
        if (!contains(real, file)) return undefined;
        const info = statSync(file);
        if (!info.isFile() || info.size > maxFileBytes) return undefined;
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('lib_') || SKIPPED_DIRECTORIES.has(name);
}

/**
 * Writes the file changes of app fixes (`{ field: <relative path>, value:
 * <content> }`, as rules of app subjects give them) into the directory, each
 * file atomically: a temp file next to it, renamed over it. Every path is
 * checked before anything is written: one that is absolute, climbs out with
 * `..`, leads out through a symbolic link, or is a link or a directory itself
 * is refused with a TypeError.
 * Missing directories inside the root are created; when a path is changed
 * more than once, the last change wins. Returns the paths written (relative,
 * `/`-separated), in order.
 */
export async function writeAppChanges(root: string, changes: FieldFix | Iterable<FieldFix>): Promise<string[]> {
  const base = resolve(root);
  const real = await realpath(base);
  const planned = new Map<string, { target: string; value: string }>();
  for (const change of isFieldFix(changes) ? [changes] : changes) {
    const target = pathInside(base, change.field);
    if (target === undefined) throw new TypeError(`refusing to write "${change.field}": not a relative path inside ${base}`);
    if (typeof change.value !== 'string') throw new TypeError(`refusing to write "${change.field}": its content is not text`);
    const key = relative(base, target).split(sep).join('/');
    planned.delete(key);
    planned.set(key, { target, value: change.value });
  }
  for (const [key, { target }] of planned) {
    const existing = await nearestExisting(target);
    if (existing === target) {
      const info = await lstat(target);
      // a link is not written through, nor replaced: where it leads is not ours to decide
      if (info.isSymbolicLink()) throw new TypeError(`refusing to write "${key}": it is a symbolic link`);
      if (info.isDirectory()) throw new TypeError(`refusing to write "${key}": it is a directory`);
    }
    if (!contains(real, await realpath(existing))) throw new TypeError(`refusing to write "${key}": it leads outside ${base} through a symbolic link`);
  }
  const encoder = new TextEncoder();
  const written: string[] = [];
  for (const [key, { target, value }] of planned) {
    await mkdir(dirname(target), { recursive: true });
    const sink = atomicFileSink(target);
    try {
      await sink.write(encoder.encode(value));
      await sink.commit();
    } catch (error) {
      await sink.discard();
      throw error;
    }
    written.push(key);
  }
  return written;
}

function isFieldFix(value: FieldFix | Iterable<FieldFix>): value is FieldFix {
  return typeof (value as FieldFix).field === 'string' && !(Symbol.iterator in (value as object));
}

/** The absolute path of a relative path inside `base`; undefined for an absolute path or one that climbs out. */
function pathInside(base: string, path: string): string | undefined {
  if (typeof path !== 'string' || path === '' || path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path)) return undefined;
  const normal = normalize(path);
  if (normal === '.' || normal === '..' || normal.startsWith(`..${sep}`)) return undefined;
  const target = join(base, normal);
  return contains(base, target) && target !== base ? target : undefined;
}

function contains(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The path itself when it exists (a link is not followed), else its nearest existing ancestor. */
async function nearestExisting(path: string): Promise<string> {
  let current = path;
  for (;;) {
    try {
      await lstat(current);
      return current;
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}
