import { RuleTester } from '@tclint/rule-tester';
import { REGISTRY_ROOTS } from '../constants.js';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_CORRECT_KEY, SEED_INCORRECT_KEY } from '../seeds.js';

const r = String.raw;

new RuleTester().run(plugin, 'key-root', {
  valid: [
    // seed: CORRECT, and the seed's request body
    SEED_CORRECT_KEY,
    { name: 'seed request body', values: SEED_BODY },
    ...REGISTRY_ROOTS.map((root) => `${root}\\Software`),
    'HKEY_USERS',
    r`HKEY_CURRENT_USER_LOCAL_SETTINGS\Software\Microsoft`,
    // the rest of the key keeps its case and its brackets (data, never defanged)
    r`HKEY_CURRENT_USER\SOFTWARE\microsoft\Windows\CurrentVersion\Run`,
    r`HKEY_LOCAL_MACHINE\Software\Classes\[.]com\hxxp`,
    r`HKEY_LOCAL_MACHINE\Software\Run : Updater : REG_SZ`,
  ],
  invalid: [
    // seed: INCORRECT, verbatim
    {
      value: SEED_INCORRECT_KEY,
      errors: [
        {
          messageId: 'abbreviation',
          field: 'Key Name',
          message: r`Key Name "HKLM\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001" starts with the abbreviation "HKLM"; ThreatConnect wants the full root name HKEY_LOCAL_MACHINE: "HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001"`,
        },
      ],
      output: SEED_CORRECT_KEY,
    },
    { value: r`HKCU\Software\Run`, errors: [{ messageId: 'abbreviation', data: { root: 'HKEY_CURRENT_USER' } }], output: r`HKEY_CURRENT_USER\Software\Run` },
    { value: r`HKCR\.exe`, errors: ['abbreviation'], output: r`HKEY_CLASSES_ROOT\.exe` },
    { value: r`HKU\.DEFAULT\Software`, errors: ['abbreviation'], output: r`HKEY_USERS\.DEFAULT\Software` },
    { value: r`HKCC\System\CurrentControlSet`, errors: ['abbreviation'], output: r`HKEY_CURRENT_CONFIG\System\CurrentControlSet` },
    { value: r`hklm\software\Microsoft`, errors: ['abbreviation'], output: r`HKEY_LOCAL_MACHINE\software\Microsoft` },
    { value: 'HKLM', errors: ['abbreviation'], output: 'HKEY_LOCAL_MACHINE' },

    // PowerShell forms
    {
      value: r`HKLM:\SOFTWARE\Microsoft`,
      errors: [{ messageId: 'powershellDrive', data: { written: '"HKLM:"' } }, 'abbreviation'],
      output: r`HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft`,
    },
    { value: r`HKCU:\Software`, errors: ['powershellDrive', 'abbreviation'], output: r`HKEY_CURRENT_USER\Software` },
    { value: r`HKEY_USERS:\S-1-5-18`, errors: ['powershellDrive'], output: r`HKEY_USERS\S-1-5-18` },
    { value: r`Registry::HKEY_LOCAL_MACHINE\Software`, errors: [{ messageId: 'providerPrefix', data: { prefix: '"Registry::"' } }], output: r`HKEY_LOCAL_MACHINE\Software` },
    { value: r`Microsoft.PowerShell.Core\Registry::HKLM\Software`, errors: ['providerPrefix', 'abbreviation'], output: r`HKEY_LOCAL_MACHINE\Software` },

    // native NT paths
    {
      value: r`\REGISTRY\MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Run`,
      errors: [{ messageId: 'nativePath', data: { written: r`"\REGISTRY\MACHINE"`, root: 'HKEY_LOCAL_MACHINE' } }],
      output: r`HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Run`,
    },
    {
      value: r`\Registry\User\S-1-5-21-1004336348-1177238915-682003330-512\Software`,
      errors: [{ messageId: 'nativePath', data: { root: 'HKEY_USERS' } }],
      output: r`HKEY_USERS\S-1-5-21-1004336348-1177238915-682003330-512\Software`,
    },
    { value: r`\REGISTRY\MACHINE`, errors: ['nativePath'], output: 'HKEY_LOCAL_MACHINE' },

    // hive names in other case; the rest of the key keeps its case
    { value: r`hkey_local_machine\Software\Microsoft`, errors: [{ messageId: 'rootCase', data: { written: '"hkey_local_machine"' } }], output: r`HKEY_LOCAL_MACHINE\Software\Microsoft` },
    { value: r`Hkey_Current_User\SOFTWARE\mixedCase\[x]`, errors: ['rootCase'], output: r`HKEY_CURRENT_USER\SOFTWARE\mixedCase\[x]` },

    // regedit's address bar and stray leading whitespace
    { value: r`Computer\HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft`, errors: [{ messageId: 'regeditPrefix', data: { prefix: r`"Computer\"` } }], output: r`HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft` },
    { value: r`  HKLM\Software`, errors: ['leadingWhitespace', 'abbreviation'], output: r`HKEY_LOCAL_MACHINE\Software` },

    // fixed inside a summary, other fields untouched
    { value: r`HKLM\Software\Run : Updater : REG_SZ`, errors: ['abbreviation'], output: r`HKEY_LOCAL_MACHINE\Software\Run : Updater : REG_SZ` },

    // not fixed
    {
      value: r`HKEY_DYN_DATA\Config Manager\Enum`,
      errors: [
        {
          messageId: 'unsupportedRoot',
          message:
            'Key Name "HKEY_DYN_DATA\\Config Manager\\Enum" starts with "HKEY_DYN_DATA", a root ThreatConnect does not accept (HKEY_DYN_DATA existed only on Windows 95, 98 and ME); it must start with one of: HKEY_CLASSES_ROOT, HKEY_CURRENT_CONFIG, HKEY_CURRENT_USER, HKEY_CURRENT_USER_LOCAL_SETTINGS, HKEY_LOCAL_MACHINE, HKEY_PERFORMANCE_DATA, HKEY_PERFORMANCE_NLSTEXT, HKEY_PERFORMANCE_TEXT, HKEY_USERS',
        },
      ],
      output: null,
    },
    { value: r`hkdd\PerfStats`, errors: [{ messageId: 'unsupportedRoot', data: { root: 'HKEY_DYN_DATA' } }], output: null },
    { value: r`HKEY_LOCAL_MACHIN\Software`, errors: [{ messageId: 'unknownRoot', data: { written: '"HKEY_LOCAL_MACHIN"' } }], output: null },
    { value: r`HKPD\Counters`, errors: ['unknownRoot'], output: null },
    { value: r`C:\Windows\System32\drivers`, errors: [{ messageId: 'unknownRoot', data: { written: '"C:"' } }], output: null },
    { value: r`\HKEY_LOCAL_MACHINE\Software`, errors: [{ messageId: 'unknownRoot', data: { written: r`"\HKEY_LOCAL_MACHINE"` } }], output: null },
    { value: r`HKLM \Software`, errors: ['unknownRoot'], output: null },
    { value: 'HKLM:Software', errors: ['unknownRoot'], output: null },
    { name: 'dotless i is not an ASCII i', value: r`hkey_local_machıne\Software`, errors: ['unknownRoot'], output: null },
    { value: 'HKLM/Software/Microsoft', errors: [{ messageId: 'forwardSlash', data: { written: '"HKLM/"' } }], output: null },
    { value: r`\REGISTRY\A\{6d2fa1a3-6d84-4b7f-a5b7-1b1e2a3f9c1d}\Root`, errors: [{ messageId: 'unknownNative', data: { written: r`"\REGISTRY\A"` } }], output: null },
    { value: '', errors: ['missing'], output: null },
    { value: '   ', errors: ['missing'], output: null },
    { name: 'no Key Name field', values: { 'Value Name': ' ', 'Value Type': 'REG_SZ' }, errors: [{ messageId: 'missing', field: 'Key Name' }], output: null },
  ],
});
