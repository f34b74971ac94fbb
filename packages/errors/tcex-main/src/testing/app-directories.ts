/**
 * Test helpers: real App directories in the system's temp directory, and a
 * small reader that turns one into an app subject (the Node adapter has the
 * real one).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { AppSubject } from '@tclint/core';
import { STANDARD_MAIN_PY } from '../main-py.js';

const SKIPPED = new Set(['.git', 'node_modules', '__pycache__']);

/** Lists a directory recursively ('/'-separated relative paths) and reads its files on demand. */
export function readAppDirectory(root: string): AppSubject {
  const files: string[] = [];
  const walk = (dir: string, prefix: string, depth: number) => {
    if (depth > 8) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`, depth + 1);
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(root, '', 0);
  return {
    kind: 'app',
    root,
    files: files.sort(),
    readFile(path) {
      if (path.startsWith('/') || path.split('/').includes('..')) return undefined;
      try {
        return readFileSync(join(root, ...path.split('/')), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

const created: string[] = [];

/** Writes the files (relative '/'-separated paths) into a new temporary directory and returns its path. */
export function makeAppDirectory(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), `tclint-tcex-main-`));
  created.push(root);
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Removes every directory makeAppDirectory made. */
export function removeAppDirectories(): void {
  for (const root of created.splice(0)) if (root.startsWith(tmpdir() + sep)) rmSync(root, { recursive: true, force: true });
}

/** An App as `python .` in a real directory can run it: run.py's run() prints a line. */
export const RUN_PY = `"""Job App"""
import sys


def run() -> None:
    """Run the App."""
    print('the App ran', file=sys.stdout)


if __name__ == '__main__':
    run()
`;

export const INSTALL_JSON = `${JSON.stringify(
  {
    allowOnDemand: true,
    appId: '6e26ba55-0300-5462-aca7-ea049494c8a5',
    displayName: 'Example Basic Organization App',
    features: ['aotExecutionEnabled', 'appBuilderCompliant', 'fileParams'],
    languageVersion: '3.11',
    listDelimiter: '|',
    params: [{ label: 'A Sample Input', name: 'sample_input', required: true, type: 'String' }],
    programLanguage: 'PYTHON',
    programMain: 'run',
    programVersion: '1.0.0',
    runtimeLevel: 'Organization',
  },
  null,
  2,
)}\n`;

/** A complete App directory, as the TcEx templates lay it out. */
export const COMPLETE_APP: Readonly<Record<string, string>> = {
  '__main__.py': STANDARD_MAIN_PY,
  'run.py': RUN_PY,
  'app.py': '"""App"""\n\n\nclass App:\n    """The App."""\n\n    def __init__(self, tcex):\n        self.tcex = tcex\n',
  'app_inputs.py': '"""App Inputs"""\n\n\nclass AppInputs:\n    """The App inputs."""\n',
  'install.json': INSTALL_JSON,
  'tcex.json': '{\n  "package": {"app_name": "TCOA_-_Example", "excludes": ["tests"]}\n}\n',
  'requirements.txt': 'tcex>=4.0,<5\n',
  'README.md': '# Example App\n',
};

/** The complete App with some files left out and others added. */
export function appWith(changes: Record<string, string | null>): Record<string, string> {
  const files: Record<string, string> = { ...COMPLETE_APP };
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) delete files[path];
    else files[path] = content;
  }
  return files;
}

/** An app subject over a new real directory with the complete App changed as given. */
export function appDirectory(changes: Record<string, string | null> = {}): AppSubject {
  return readAppDirectory(makeAppDirectory(appWith(changes)));
}
