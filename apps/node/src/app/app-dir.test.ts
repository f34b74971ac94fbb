import { plugin as tcexMain } from '@tclint/error-tcex-main';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFromDirectory, writeAppChanges } from './app-dir.js';
import { createLinter } from '@tclint/preset';
import { tempDir } from '../testing/temp.js';

const APP = {
  'install.json': JSON.stringify({ programMain: 'run', programLanguage: 'PYTHON', programVersion: '1.0.0', runtimeLevel: 'Playbook', displayName: 'Example App', appId: '0b4ec7c3-2b2e-4e8e-9c1b-1c1f2a6c8a1d' }),
  'run.py': '"""Run."""\nfrom app import App\n\n\ndef run():\n    App()\n',
  'app.py': 'class App:\n    pass\n',
  'app_inputs.py': 'class AppInputs:\n    pass\n',
  'tcex.json': '{"package": {"app_name": "example"}}\n',
  'requirements.txt': 'tcex\n',
  'README.md': '# Example\n',
};

describe('appFromDirectory', () => {
  it('lists the regular files, sorted and /-separated, without dependency, cache or hidden directories', async () => {
    const t = tempDir({
      ...APP,
      'src/util.py': '',
      'src/deep/er/too-deep.py': '',
      'lib_3.11.4/tcex/__init__.py': '',
      'node_modules/x/index.js': '',
      '.git/HEAD': '',
      '.venv/bin/python': '',
      'src/__pycache__/util.cpython-311.pyc': '',
      '.gitignore': 'lib_*\n',
    });
    const app = await appFromDirectory(t.dir);
    expect(app.kind).toBe('app');
    expect(app.root).toBe(t.dir);
    expect(app.files).toEqual(['.gitignore', 'README.md', 'app.py', 'app_inputs.py', 'install.json', 'requirements.txt', 'run.py', 'src/util.py', 'tcex.json']);
    expect((await appFromDirectory(t.dir, { maxDepth: 1 })).files).not.toContain('src/util.py');
    expect((await appFromDirectory(t.dir, { maxFiles: 2 })).files).toHaveLength(2);
  });

  it('reads files inside the directory only', async () => {
    const outside = tempDir({ 'secret.txt': 'outside' });
    const t = tempDir({ ...APP, 'src/util.py': 'util' });
    symlinkSync(outside.path('secret.txt'), t.path('link.txt'));
    symlinkSync(outside.dir, t.path('linked-dir'));
    symlinkSync(t.path('app.py'), t.path('inner-link.py'));
    const app = await appFromDirectory(t.dir);
    expect(app.readFile('run.py')).toBe(APP['run.py']);
    expect(app.readFile('src/util.py')).toBe('util');
    expect(app.readFile('./src/../run.py')).toBe(APP['run.py']);
    expect(app.readFile('inner-link.py')).toBe(APP['app.py']);
    for (const path of ['../secret.txt', `../${outside.dir.split('/').pop()}/secret.txt`, outside.path('secret.txt'), 'link.txt', 'linked-dir/secret.txt', 'src', '', '.', 'missing.py', 'a\0b']) {
      expect(app.readFile(path), path).toBeUndefined();
    }
    // symbolic links are not listed
    expect(app.files).not.toContain('link.txt');
    expect(app.files).not.toContain('inner-link.py');
  });

  it('treats files over the size limit as missing', async () => {
    const t = tempDir({ 'big.py': 'x'.repeat(2000) });
    expect((await appFromDirectory(t.dir, { maxFileBytes: 1000 })).readFile('big.py')).toBeUndefined();
  });

  it('throws for a directory that does not exist or is a file', async () => {
    const t = tempDir({ 'file.txt': '' });
    await expect(appFromDirectory(t.path('missing'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(appFromDirectory(t.path('file.txt'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('writeAppChanges', () => {
  it('writes each file atomically, creating directories, and leaves no temp file behind', async () => {
    const t = tempDir({ 'run.py': 'old\n' });
    chmodSync(t.path('run.py'), 0o755);
    const written = await writeAppChanges(t.dir, [
      { field: 'run.py', value: 'new\n' },
      { field: 'pkg/sub/__init__.py', value: '' },
    ]);
    expect(written).toEqual(['run.py', 'pkg/sub/__init__.py']);
    expect(t.read('run.py')).toBe('new\n');
    expect(statSync(t.path('run.py')).mode & 0o777).toBe(0o755);
    expect(existsSync(t.path('pkg/sub/__init__.py'))).toBe(true);
    expect(readdirSync(t.dir).sort()).toEqual(['pkg', 'run.py']);
  });

  it('takes a single change; when a path is changed twice the last change wins', async () => {
    const t = tempDir();
    expect(await writeAppChanges(t.dir, { field: 'a.py', value: '1' })).toEqual(['a.py']);
    expect(await writeAppChanges(t.dir, [{ field: 'a.py', value: '2' }, { field: './a.py', value: '3' }])).toEqual(['a.py']);
    expect(t.read('a.py')).toBe('3');
  });

  it('refuses paths outside the directory before writing anything', async () => {
    const outside = tempDir();
    const t = tempDir({ 'keep.py': 'keep' });
    mkdirSync(t.path('dir'));
    symlinkSync(outside.dir, t.path('escape'));
    symlinkSync(outside.path('target.py'), t.path('dangling.py'));
    const bad = ['../x.py', 'a/../../x.py', outside.path('x.py'), 'escape/x.py', 'escape/new/x.py', 'dangling.py', 'dir', '', '.'];
    for (const field of bad) {
      await expect(writeAppChanges(t.dir, [{ field: 'keep.py', value: 'changed' }, { field, value: 'x' }]), field).rejects.toThrow(TypeError);
    }
    expect(t.read('keep.py')).toBe('keep');
    expect(readdirSync(outside.dir)).toEqual([]);
    expect(readdirSync(t.dir).sort()).toEqual(['dangling.py', 'dir', 'escape', 'keep.py']);
  });

  it('fixes a TcEx app: the missing __main__.py is written and the app then diagnoses clean', async () => {
    const t = tempDir(APP);
    const linter = createLinter({ plugins: [tcexMain] });
    const before = linter.diagnose(await appFromDirectory(t.dir));
    expect(before.diagnoses.map((d) => d.ruleId)).toEqual(['tcex-main/main-module']);
    const changes = before.diagnoses.flatMap((d) => (d.fix === undefined ? [] : Array.isArray(d.fix) ? d.fix : [d.fix]));
    expect(await writeAppChanges(t.dir, changes)).toEqual(['__main__.py']);
    expect(readFileSync(join(t.dir, '__main__.py'), 'utf8')).toContain('from run import run');
    expect(linter.diagnose(await appFromDirectory(t.dir)).diagnoses).toEqual([]);
  });
});
