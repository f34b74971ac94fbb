import type { AppSubject } from '@tclint/core';

/** The files at the top of the App directory (the listing also holds files in subdirectories). */
export function topLevelFiles(subject: AppSubject): Set<string> {
  return new Set(subject.files.filter((f) => !f.includes('/')));
}

/** The subdirectories that hold a file of this name, nearest first. */
export function foundBelow(subject: AppSubject, name: string): string[] {
  return subject.files
    .filter((f) => f.endsWith(`/${name}`))
    .map((f) => f.slice(0, -name.length - 1))
    .filter((dir) => !/(^|\/)(lib_[^/]*|deps|\.venv|venv|site-packages|node_modules)(\/|$)/.test(dir))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, 3);
}

/** How the App directory is named in evidence. */
export function describeRoot(subject: AppSubject): string {
  return subject.root ? `the App directory ${subject.root}` : 'the App directory';
}
