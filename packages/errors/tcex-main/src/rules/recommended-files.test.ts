import { RuleTester } from '@tclint/rule-tester';
import { afterAll } from 'vitest';
import { plugin } from '../index.js';
import { appDirectory, removeAppDirectories } from '../testing/app-directories.js';

afterAll(removeAppDirectories);

new RuleTester().run(plugin, 'recommended-files', {
  valid: [
    { name: 'a complete App', subject: appDirectory() },
    { name: 'args.py instead of app_inputs.py', subject: appDirectory({ 'app_inputs.py': null, 'args.py': 'def add_args(parser):\n    pass\n' }) },
    { name: 'ignored files', subject: appDirectory({ 'README.md': null, 'tcex.json': null }), options: { ignore: ['README.md', 'tcex.json'] } },
  ],
  invalid: [
    { name: 'no tcex.json', subject: appDirectory({ 'tcex.json': null }), errors: [{ messageId: 'missingFile', field: 'tcex.json', severity: 'warning' }] },
    { name: 'no requirements.txt', subject: appDirectory({ 'requirements.txt': null }), errors: [{ messageId: 'missingFile', field: 'requirements.txt' }] },
    { name: 'no README.md', subject: appDirectory({ 'README.md': null }), errors: [{ messageId: 'missingFile', field: 'README.md' }] },
    { name: 'no inputs module', subject: appDirectory({ 'app_inputs.py': null }), errors: [{ messageId: 'missingInputs', field: 'app_inputs.py' }] },
    { name: 'a README.md in a subdirectory does not count', subject: appDirectory({ 'README.md': null, 'docs/README.md': '# Docs\n' }), errors: ['missingFile'] },
    { name: 'an option that ignores another file', subject: appDirectory({ 'tcex.json': null }), options: { ignore: ['README.md'] }, errors: ['missingFile'] },
  ],
});
