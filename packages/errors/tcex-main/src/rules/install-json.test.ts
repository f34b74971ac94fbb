import { RuleTester } from '@tclint/rule-tester';
import { afterAll } from 'vitest';
import { plugin } from '../index.js';
import { appDirectory, INSTALL_JSON, removeAppDirectories } from '../testing/app-directories.js';

afterAll(removeAppDirectories);

const installJson = (changes: Record<string, unknown>) => {
  const json: Record<string, unknown> = JSON.parse(INSTALL_JSON);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete json[key];
    else json[key] = value;
  }
  return { 'install.json': JSON.stringify(json, null, 2) };
};

new RuleTester().run(plugin, 'install-json', {
  valid: [
    { name: 'the template install.json', subject: appDirectory() },
    { name: 'no install.json (required-files reports it)', subject: appDirectory({ 'install.json': null }) },
    { name: 'runtimeLevel as a list', subject: appDirectory(installJson({ runtimeLevel: ['Playbook'] })) },
    { name: 'programMain naming an existing module', subject: appDirectory({ ...installJson({ programMain: 'tc_-_my_job_app' }), 'tc_-_my_job_app.py': 'x = 1\n' }) },
    // ThreatConnect's own templates (spec section 4): the service templates write programMain "run.py",
    // the trigger service template has no appId and an empty displayName, real Apps write "python"
    { name: 'programMain with .py, as the service templates write it', subject: appDirectory(installJson({ programMain: 'run.py' })) },
    { name: 'no appId (the core product does not use it)', subject: appDirectory(installJson({ appId: undefined })) },
    { name: 'an appId that is not a UUID', subject: appDirectory(installJson({ appId: 'my-app' })) },
    { name: 'no displayName', subject: appDirectory(installJson({ displayName: undefined })) },
    { name: 'an empty displayName, as in a template', subject: appDirectory(installJson({ displayName: '' })) },
    { name: 'programLanguage in lower case', subject: appDirectory(installJson({ programLanguage: 'python' })) },
  ],
  invalid: [
    ...(['programMain', 'programLanguage', 'programVersion', 'runtimeLevel'] as const).map((field) => ({
      name: `no ${field}`,
      subject: appDirectory(installJson({ [field]: undefined })),
      errors: [{ messageId: 'missingField', field: 'install.json', data: { field } }],
      output: null,
    })),
    { name: 'not JSON', subject: appDirectory({ 'install.json': '{\n  "programMain": "run",\n}\n' }), errors: [{ messageId: 'invalidJson', data: { reason: 'syntax error at line 3, column 1' } }], output: null },
    { name: 'an empty file', subject: appDirectory({ 'install.json': '' }), errors: [{ messageId: 'invalidJson', data: { reason: 'the file is empty' } }], output: null },
    { name: 'nested too deep for Python', subject: appDirectory({ 'install.json': `${'['.repeat(1000)}${']'.repeat(1000)}` }), errors: [{ messageId: 'invalidJson', data: { reason: "it nests arrays or objects more than 900 levels deep, beyond what Python's json module reads" } }], output: null },
    { name: 'an array', subject: appDirectory({ 'install.json': '[]' }), errors: [{ messageId: 'notObject', data: { kind: 'an array' } }], output: null },
    { name: 'a byte order mark', subject: appDirectory({ 'install.json': `\ufeff${INSTALL_JSON}` }), errors: ['byteOrderMark'], output: { 'install.json': INSTALL_JSON } },
    { name: 'programVersion as a number', subject: appDirectory(installJson({ programVersion: 1 })), errors: [{ messageId: 'wrongType', data: { field: 'programVersion', expected: 'a string', actual: 'number 1' } }], output: null },
    { name: 'programLanguage no language', subject: appDirectory(installJson({ programLanguage: 'perl' })), errors: [{ messageId: 'invalidValue', data: { field: 'programLanguage' } }], output: null },
    { name: 'an empty programVersion', subject: appDirectory(installJson({ programVersion: ' ' })), errors: [{ messageId: 'invalidValue', data: { field: 'programVersion', problem: 'it is empty' } }], output: null },
    { name: 'displayName as a number', subject: appDirectory(installJson({ displayName: 7 })), errors: [{ messageId: 'wrongType', data: { field: 'displayName', expected: 'a string' } }], output: null },
    { name: 'programMain naming a missing module', subject: appDirectory(installJson({ programMain: 'main_app' })), errors: [{ messageId: 'programMainMissing', data: { programMain: '"main_app"', file: 'main_app.py' } }], output: null },
    { name: 'programMain naming a missing file', subject: appDirectory(installJson({ programMain: 'main_app.py' })), errors: [{ messageId: 'programMainMissing', data: { programMain: '"main_app.py"', file: 'main_app.py' } }], output: null },
  ],
});
