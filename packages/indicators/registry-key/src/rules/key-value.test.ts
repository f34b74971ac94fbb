import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_CORRECT_KEY } from '../seeds.js';

const r = String.raw;
const run = r`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run`;

new RuleTester().run(plugin, 'key-value', {
  valid: [
    SEED_CORRECT_KEY,
    { name: 'seed request body', values: SEED_BODY },
    { name: 'a bare = is part of a key name', value: r`HKEY_CLASSES_ROOT\CLSID\a=b` },
    r`HKEY_CLASSES_ROOT\=`,
    { name: 'an = in the root segment is no value line', value: 'HKEY_LOCAL_MACHINE = x' },
    '',
  ],
  invalid: [
    {
      name: 'issue 16: a report line pasted as a Key Name',
      value: r`HKLM\Software\Microsoft\Windows\CurrentVersion\Run\Driver = "DEment.dll"`,
      errors: [
        {
          messageId: 'keyValue',
          field: 'Key Name',
          severity: 'warning',
          message: r`Key Name "HKLM\Software\Microsoft\Windows\CurrentVersion\Run\Driver = "DEment.dll"" ends with = "DEment.dll", which reads as a value and its data (name = data), not a key: the key is probably "HKLM\Software\Microsoft\Windows\CurrentVersion\Run" with Value Name "Driver"; the data ("DEment.dll") has no field in a Registry Key indicator and is dropped by the fix`,
        },
      ],
      output: { 'Key Name': r`HKLM\Software\Microsoft\Windows\CurrentVersion\Run`, 'Value Name': 'Driver', 'Value Type': 'REG_SZ' },
    },
    { name: '.reg notation, quoted name', value: `${run}\\"Updater"=dword:00000001`, errors: ['keyValue'], output: { 'Key Name': run, 'Value Name': 'Updater', 'Value Type': 'REG_DWORD' } },
    { name: 'data with backslashes', value: `${run}\\Updater = "C:\\Windows\\upd.exe"`, errors: ['keyValue'], output: { 'Key Name': run, 'Value Name': 'Updater', 'Value Type': 'REG_SZ' } },
    { name: 'a Value Type already given is kept', values: { 'Key Name': `${run}\\Updater = hex(2):25,00`, 'Value Name': ' ', 'Value Type': 'REG_SZ' }, errors: ['keyValue'], output: { 'Key Name': run, 'Value Name': 'Updater', 'Value Type': 'REG_SZ' } },
    {
      name: 'data not in .reg notation: not fixed',
      value: `${run}\\Updater = upd.exe`,
      errors: [{ messageId: 'keyValue', data: { how: '. Not fixed: the data is not in .reg notation ("...", dword:, hex:), so it may belong to the key' } }],
      output: null,
    },
    {
      name: 'a Value Name already given: not fixed',
      values: { 'Key Name': `${run}\\Updater = "upd.exe"`, 'Value Name': 'Other', 'Value Type': 'REG_SZ' },
      errors: [{ messageId: 'keyValue', data: { how: '. Not fixed: the indicator already has a Value Name' } }],
      output: null,
    },
  ],
});
