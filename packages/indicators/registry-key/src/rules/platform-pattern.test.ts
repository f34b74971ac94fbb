import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_CORRECT_KEY, SEED_INCORRECT_KEY } from '../seeds.js';

const r = String.raw;
const withKey = (key: string) => ({ ...SEED_BODY, 'Key Name': key });

// ThreatConnect's own Registry Key patterns and Value Types, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  valid: [
    { name: 'seed request body', values: SEED_BODY },
    { name: 'seed CORRECT key', values: withKey(SEED_CORRECT_KEY) },
    { name: 'the pattern allows an empty Value Name (the seed says the API does not: registry-key/value-name)', values: { ...SEED_BODY, 'Value Name': '' } },
    { values: withKey(r`HKEY_LOCAL_MACHINE\Software\\x`) },
    { values: withKey('HKEY_LOCAL_MACHINE\\\\') },
  ],
  invalid: [
    {
      name: 'seed INCORRECT key',
      values: withKey(SEED_INCORRECT_KEY),
      errors: [{ messageId: 'mismatch', field: 'Key Name' }],
    },
    { values: withKey('HKEY_LOCAL_MACHINE\\'), errors: [{ messageId: 'mismatch', field: 'Key Name' }] },
    { values: withKey(r`HKEY_LOCAL_MACHINE\\Software`), errors: ['mismatch'] },
    { values: withKey(`HKEY_LOCAL_MACHINE\\${'k'.repeat(239)}`), errors: ['mismatch'] },
    { values: { ...SEED_BODY, 'Value Name': 'v'.repeat(215) }, errors: [{ messageId: 'mismatch', field: 'Value Name' }] },
    {
      values: { ...SEED_BODY, 'Value Type': 'reg_sz' },
      errors: [{ messageId: 'notAnOption', field: 'Value Type', message: 'ThreatConnect refuses Value Type "reg_sz": the Registry Key type allows only REG_NONE, REG_BINARY, REG_DWORD, REG_DWORD_LITTLE_ENDIAN, REG_DWORD_BIG_ENDIAN, REG_EXPAND_SZ, REG_LINK, REG_MULTI_SZ, REG_QWORD, REG_QWORD_LITTLE_ENDIAN, REG_SZ' }],
    },
  ],
});
