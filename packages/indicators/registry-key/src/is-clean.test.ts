import { indicator } from '@tclint/core';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { REGISTRY_ROOTS, VALUE_TYPES } from './constants.js';
import { plugin } from './index.js';
import { SEED_BODY, SEED_CORRECT_KEY, SEED_INCORRECT_KEY } from './seeds.js';

const r = String.raw;
const segment = fc.constantFrom('Software', 'Microsoft', 'Run', '', 'a b', 'x=y', 'Driver = "x.dll"', '😀', '\t', '\n', '{cd70}', 'k'.repeat(120));
const keyName = fc
  .tuple(fc.constantFrom(...REGISTRY_ROOTS, 'HKLM', 'hkey_users', ' HKEY_USERS'), fc.array(segment, { maxLength: 4 }), fc.constantFrom('\\', '\\', '\\', '\\\\'), fc.constantFrom('', '', '\\'))
  .map(([root, parts, separator, end]) => [root, ...parts].join(separator) + end);
const valueName = fc.constantFrom(' ', '', 'Updater', '(Default)', 'v'.repeat(214), 'v'.repeat(215), 'a\nb', 'a\tb');
const valueType = fc.constantFrom(...VALUE_TYPES, 'reg_sz', ' REG_SZ', 'REG_RESOURCE_LIST', '');
const summaries = fc.tuple(keyName, valueName, valueType).map((parts) => parts.join(' : '));

const corpus = [
  `${SEED_CORRECT_KEY} :   : REG_NONE`,
  `${SEED_INCORRECT_KEY} :   : REG_NONE`,
  `${SEED_BODY['Key Name']} :   : REG_NONE`,
  `${SEED_CORRECT_KEY} :  : REG_NONE`,
  `${SEED_CORRECT_KEY} : Updater : reg_sz`,
  r`HKEY_LOCAL_MACHINE\Software\\x :   : REG_SZ`,
  r`HKEY_LOCAL_MACHINE\ :   : REG_SZ`,
  r`HKEY_LOCAL_MACHINE\Run\Driver = "x.dll" :   : REG_SZ`,
  SEED_CORRECT_KEY,
];
/** Starts and bare roots that type inference must still ask about. */
const starts = ['HKLM', ' HKLM', '\tHKCU', 'hkcr', 'HKU', 'HKDD', 'HKLM:', 'HKLM/Software', r`Computer\HKEY_LOCAL_MACHINE\x`, r`Microsoft.PowerShell.Core\Registry::HKLM\x`, 'Registry::HKLM', r`\REGISTRY\MACHINE\x`, r`  \registry\user\x`, r`HKEY_BOGUS\x`, 'HKEY_LOCAL_MACHINE', ' x : y : REG_SZ', 'RE: x', 'REG: x'];

testIsClean(plugin, { arbitrary: summaries, exact: corpus });
testIsClean(plugin, { arbitrary: summaries, exact: corpus, settings: { indicatorTypes: recordedIndicatorTypes() } });
testIsClean(plugin, { values: ['', ' ', 'Updater'], subject: (name) => indicator('Registry Key', { ...SEED_BODY, 'Value Name': name }) });
testMayDetect(plugin, { arbitrary: fc.oneof(summaries, keyName, fc.string()), values: [...corpus, ...starts] });
