import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_CORRECT_KEY } from '../seeds.js';

const r = String.raw;

new RuleTester().run(plugin, 'value-name', {
  valid: [
    { name: 'seed request body (Value Name " ")', values: SEED_BODY },
    r`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run : Updater : REG_SZ`,
    r`HKEY_LOCAL_MACHINE\Software :   : REG_SZ`,
    { values: { 'Key Name': r`HKEY_CURRENT_USER\Software`, 'Value Name': '(Default)', 'Value Type': 'REG_SZ' } },
    { name: '214 characters', values: { ...SEED_BODY, 'Value Name': 'v'.repeat(214) } },
    { name: '214 emoji are 214 characters to Java', values: { ...SEED_BODY, 'Value Name': '😀'.repeat(214) } },
    { name: 'a tab is no line break', values: { ...SEED_BODY, 'Value Name': 'a\tb' } },
  ],
  invalid: [
    {
      name: 'seed body without the space',
      values: { ...SEED_BODY, 'Value Name': '' },
      errors: [
        {
          messageId: 'empty',
          field: 'Value Name',
          message: 'Value Name is empty; ThreatConnect rejects an empty Value Name. For a key without a value name, send a single space " " (the API treats it as no value name)',
        },
      ],
      output: { 'Value Name': ' ' },
    },
    {
      name: 'seed body without a Value Name',
      values: { 'Key Name': SEED_BODY['Key Name']!, 'Value Type': 'REG_NONE' },
      errors: [{ messageId: 'missing', field: 'Value Name' }],
      output: { 'Value Name': ' ', 'Value Type': 'REG_NONE' },
    },
    { value: r`HKEY_LOCAL_MACHINE\Software :  : REG_SZ`, errors: ['empty'], output: r`HKEY_LOCAL_MACHINE\Software :   : REG_SZ` },
    { name: 'seed CORRECT key alone has no Value Name', value: SEED_CORRECT_KEY, errors: ['missing'], output: `${SEED_CORRECT_KEY} :  ` },
    {
      name: '215 characters',
      values: { ...SEED_BODY, 'Value Name': 'v'.repeat(215) },
      errors: [{ messageId: 'tooLong', field: 'Value Name', data: { length: 215 } }],
      output: null,
    },
    {
      values: { ...SEED_BODY, 'Value Name': 'Updater\r\n' },
      errors: [{ messageId: 'lineBreak', data: { character: 'carriage return (U+000D)', position: 8 }, message: 'Value Name "Updater\\r\\n" contains carriage return (U+000D) at position 8, which ThreatConnect\'s Registry Key pattern refuses. Not fixed' }],
      output: null,
    },
  ],
});
