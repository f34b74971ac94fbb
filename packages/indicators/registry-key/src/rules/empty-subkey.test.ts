import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_BODY_JSON, SEED_CORRECT_KEY } from '../seeds.js';

const r = String.raw;

new RuleTester().run(plugin, 'empty-subkey', {
  valid: [
    SEED_CORRECT_KEY,
    { name: 'seed request body', values: SEED_BODY },
    'HKEY_LOCAL_MACHINE',
    r`HKEY_CLASSES_ROOT\MIME\Database\Content Type\text/plain`,
    // right after the root, ThreatConnect's pattern refuses them: registry-key/key-name's errors
    { name: 'seed body key copied with its JSON escaping', value: /"Key Name": "([^"]*)"/.exec(SEED_BODY_JSON)![1]! },
    'HKEY_LOCAL_MACHINE\\',
  ],
  invalid: [
    {
      name: 'doubled further on: ThreatConnect accepts it, a warning',
      value: r`HKEY_LOCAL_MACHINE\Software\\Microsoft`,
      errors: [{ messageId: 'doubledBackslash', field: 'Key Name', severity: 'warning' }],
    },
    {
      value: 'HKEY_LOCAL_MACHINE\\Software\\',
      errors: [{ messageId: 'trailingBackslash', message: 'Key Name "HKEY_LOCAL_MACHINE\\Software\\" ends with "\\"; a key path does not end with a separator' }],
    },
    { value: 'HKEY_LOCAL_MACHINE\\Software\\\\Microsoft\\', errors: ['doubledBackslash', 'trailingBackslash'] },
    { name: 'a doubled pair right after the root and nothing after it passes the pattern: a warning', value: 'HKEY_LOCAL_MACHINE\\\\', errors: ['doubledBackslash'] },
    { value: r`HKEY_LOCAL_MACHINE\Software\\`, errors: ['doubledBackslash'] },
  ],
});
