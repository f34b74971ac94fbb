import { RuleTester } from '@tclint/rule-tester';
import { VALUE_TYPES } from '../constants.js';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_CORRECT_KEY } from '../seeds.js';

const r = String.raw;
const key = r`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run`;
const withType = (type: string) => ({ 'Key Name': key, 'Value Name': 'Updater', 'Value Type': type });
const accepted = VALUE_TYPES.join(', ');

new RuleTester().run(plugin, 'value-type', {
  valid: [{ name: 'seed request body (REG_NONE)', values: SEED_BODY }, ...VALUE_TYPES.map((type) => `${key} : Updater : ${type}`)],
  invalid: [
    {
      value: `${key} : Updater : reg_sz`,
      errors: [{ messageId: 'lowercase', field: 'Value Type', message: 'Value Type "reg_sz" must be upper case: REG_SZ' }],
      output: `${key} : Updater : REG_SZ`,
    },
    { values: withType('Reg_Dword_Big_Endian'), errors: ['lowercase'], output: { 'Value Type': 'REG_DWORD_BIG_ENDIAN' } },
    { values: withType(' REG_SZ'), errors: ['whitespace'], output: { 'Value Type': 'REG_SZ' } },
    { values: withType(' reg_expand_sz\n'), errors: ['lowercase', 'whitespace'], output: { 'Value Type': 'REG_EXPAND_SZ' } },
    {
      values: withType('REG_RESOURCE_LIST'),
      errors: [
        {
          messageId: 'unaccepted',
          message: `Value Type "REG_RESOURCE_LIST" is a real Windows registry type, but ThreatConnect does not accept it; it must be one of: ${accepted}`,
        },
      ],
      output: null,
    },
    { values: withType('REG_FULL_RESOURCE_DESCRIPTOR'), errors: ['unaccepted'], output: null },
    { values: withType('REG_RESOURCE_REQUIREMENTS_LIST'), errors: ['unaccepted'], output: null },
    { values: withType('reg_resource_list'), errors: ['unaccepted'], output: null },
    { values: withType('DWORD'), errors: [{ messageId: 'unknown', data: { hint: ' (did you mean REG_DWORD?)' } }], output: null },
    { values: withType('String'), errors: [{ messageId: 'unknown', data: { hint: '' } }], output: null },
    { values: withType('REG_SZX'), errors: ['unknown'], output: null },
    { values: withType('4'), errors: ['unknown'], output: null },
    { name: 'long s is not an ASCII s', values: withType('reg_ſz'), errors: ['unknown'], output: null },
    { values: withType(''), errors: [{ messageId: 'missing', field: 'Value Type' }], output: null },
    { name: 'no Value Type: never invented', values: { 'Key Name': key, 'Value Name': ' ' }, errors: ['missing'], output: null },
    { name: 'seed CORRECT key alone has no Value Type', value: SEED_CORRECT_KEY, errors: ['missing'], output: null },
    {
      value: `${key} : REG_SZ`,
      errors: [
        {
          messageId: 'missingShifted',
          message:
            'Value Type is missing, and the Value Name "REG_SZ" looks like one: for a key without a value name, give Value Name " " and Value Type "REG_SZ" (summary "Key Name :   : Value Type")',
        },
      ],
      output: null,
    },
  ],
});
