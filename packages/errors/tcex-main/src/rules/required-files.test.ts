import { RuleTester } from '@tclint/rule-tester';
import { afterAll } from 'vitest';
import { plugin } from '../index.js';
import { appDirectory, removeAppDirectories } from '../testing/app-directories.js';

afterAll(removeAppDirectories);

new RuleTester().run(plugin, 'required-files', {
  valid: [
    { name: 'a complete App', subject: appDirectory() },
    { name: 'an App without the recommended files', subject: appDirectory({ 'tcex.json': null, 'requirements.txt': null, 'README.md': null, 'app_inputs.py': null }) },
  ],
  invalid: [
    { name: 'no run.py', subject: appDirectory({ 'run.py': null }), errors: [{ messageId: 'missingFile', field: 'run.py', data: { file: 'run.py' } }] },
    { name: 'no app.py', subject: appDirectory({ 'app.py': null }), errors: [{ messageId: 'missingFile', field: 'app.py' }] },
    { name: 'no install.json', subject: appDirectory({ 'install.json': null }), errors: [{ messageId: 'missingFile', field: 'install.json' }] },
    { name: 'run.py only in a subdirectory', subject: appDirectory({ 'run.py': null, 'app.py': null, 'example/run.py': 'x', 'example/app.py': 'x' }), errors: [{ messageId: 'missingFile', field: 'run.py' }, { messageId: 'missingFile', field: 'app.py' }] },
    { name: 'an empty directory', subject: appDirectory(Object.fromEntries(['__main__.py', 'run.py', 'app.py', 'app_inputs.py', 'install.json', 'tcex.json', 'requirements.txt', 'README.md'].map((f) => [f, null]))), errors: 3 },
  ],
});
