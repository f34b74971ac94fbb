import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_BODY_JSON, SEED_CORRECT_KEY } from '../seeds.js';

const r = String.raw;

new RuleTester().run(plugin, 'empty-subkey', {
  valid: [SEED_CORRECT_KEY, { name: 'seed request body', values: SEED_BODY }, 'HKEY_LOCAL_MACHINE', r`HKEY_CLASSES_ROOT\MIME\Database\Content Type\text/plain`],
  invalid: [
    {
      name: 'seed body key copied with its JSON escaping',
      value: /"Key Name": "([^"]*)"/.exec(SEED_BODY_JSON)![1]!,
      errors: [{ messageId: 'doubledBackslash', field: 'Key Name', severity: 'warning' }],
    },
    {
      value: 'HKEY_LOCAL_MACHINE\\Software\\',
      errors: [{ messageId: 'trailingBackslash', message: 'Key Name "HKEY_LOCAL_MACHINE\\Software\\" ends with "\\"; a key path does not end with a separator' }],
    },
    { value: 'HKEY_LOCAL_MACHINE\\\\Software\\', errors: ['doubledBackslash', 'trailingBackslash'] },
    { value: r`HKEY_LOCAL_MACHINE\Software\\`, errors: ['doubledBackslash'] },
  ],
});
