/**
 * End to end with a real Python: the error Python prints for an App
 * directory without __main__.py is recognized, and the __main__.py the fix
 * writes makes `python .` run the App.
 */
import { spawnSync } from 'node:child_process';
import { createEngine, messageSubject } from '@tclint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { STANDARD_MAIN_PY } from './main-py.js';
import { appWith, makeAppDirectory, readAppDirectory, removeAppDirectories, writeFiles } from './testing/app-directories.js';

afterAll(removeAppDirectories);

const engine = createEngine({ config: [plugin.configs.recommended] });
const python = ['python3', 'python'].find((cmd) => spawnSync(cmd, ['--version']).status === 0);

describe.skipIf(!python)('with a real Python', () => {
  const run = (args: string[], cwd?: string) => spawnSync(python!, args, { encoding: 'utf8', ...(cwd ? { cwd } : {}) });

  it("recognizes the error Python prints and fixes the directory so that Python runs the App", () => {
    const root = makeAppDirectory(appWith({ '__main__.py': null }));
    const before = run([root]);
    expect(before.status).not.toBe(0);

    const diagnosis = engine.check(messageSubject(before.stderr)).messages;
    expect(diagnosis.map((m) => m.messageId)).toEqual(['missingMainModule']);
    expect(diagnosis[0]?.data).toEqual({ path: JSON.stringify(root) });

    const fixed = engine.fix(readAppDirectory(root));
    expect(fixed.changes).toEqual([{ ruleId: 'tcex-main/main-module', field: '__main__.py', from: undefined, to: STANDARD_MAIN_PY }]);
    writeFiles(root, Object.fromEntries(fixed.changes.map((c) => [c.field, c.to])));

    expect(engine.check(readAppDirectory(root)).messages).toEqual([]);
    const after = run(['.'], root);
    expect(after.stderr).toBe('');
    expect(after.stdout).toBe('the App ran\n');
  });

  it('recognizes the message for the current directory and for a path with a quote', () => {
    const root = makeAppDirectory({ "it's an app/run.py": 'x = 1\n' });
    const here = run(['.'], root);
    expect(engine.check(messageSubject(here.stderr)).messages[0]?.messageId).toBe('missingMainModule');
    const quoted = run([`${root}/it's an app`]);
    expect(engine.check(messageSubject(quoted.stderr)).messages[0]?.data).toEqual({ path: JSON.stringify(`${root}/it's an app`) });
  });
});
