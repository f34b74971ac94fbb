import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';
import { SEED_BODY, SEED_BODY_JSON, SEED_CORRECT_KEY } from '../seeds.js';

const r = String.raw;
const root = 'HKEY_LOCAL_MACHINE';
/** A Key Name of `n` characters. */
const keyOf = (n: number) => `${root}\\${'k'.repeat(n - root.length - 1)}`;

new RuleTester().run(plugin, 'key-name', {
  valid: [
    SEED_CORRECT_KEY,
    { name: 'seed request body', values: SEED_BODY },
    root,
    keyOf(257),
    { name: '257 characters to Java: emoji count once', value: `${root}\\${'😀'.repeat(257 - root.length - 1)}` },
    { name: 'a doubled backslash further on passes the pattern (registry-key/empty-subkey warns)', value: r`HKEY_LOCAL_MACHINE\Software\\Microsoft` },
    { name: 'a trailing backslash further on passes the pattern', value: r`HKEY_LOCAL_MACHINE\Software\ ` .trimEnd() },
    { name: 'two backslashes right after the root and nothing after them pass the pattern', value: `${root}\\\\` },
    { name: 'a tab is no line break', value: `${root}\\a\tb` },
    { name: 'a root written otherwise is registry-key/key-root\'s', value: r`HKLM\\Software` },
  ],
  invalid: [
    {
      value: `${root}\\Software\n`,
      errors: [
        {
          messageId: 'lineBreak',
          field: 'Key Name',
          data: { character: 'line feed (U+000A)', position: 28 },
          message: 'Key Name "HKEY_LOCAL_MACHINE\\Software\\n" contains line feed (U+000A) at position 28, which ThreatConnect\'s Registry Key pattern refuses: a key path is one line. Not fixed',
        },
      ],
      output: null,
    },
    { value: `${root}\\Soft\u2028ware`, errors: [{ messageId: 'lineBreak', data: { character: 'line separator (U+2028)' } }], output: null },
    { value: `${root}\\Soft\u0085ware`, errors: [{ messageId: 'lineBreak', data: { character: 'next line (U+0085)' } }], output: null },
    {
      name: '258 characters',
      value: keyOf(258),
      errors: [{ messageId: 'tooLong', data: { length: 258 }, message: `Key Name "${keyOf(258).slice(0, 200)}… (258 characters)" has 258 characters; ThreatConnect's Registry Key pattern accepts at most 257. Not fixed` }],
      output: null,
    },
    {
      value: `${root}\\`,
      errors: [{ messageId: 'rootSeparator', message: 'Key Name "HKEY_LOCAL_MACHINE\\" ends with "\\" right after the root; ThreatConnect\'s Registry Key pattern refuses a separator with no key after it: "HKEY_LOCAL_MACHINE"' }],
      output: root,
    },
    {
      name: 'seed body key copied with its JSON escaping: every separator doubled, so halving them is safe',
      value: /"Key Name": "([^"]*)"/.exec(SEED_BODY_JSON)![1]!,
      errors: [
        {
          messageId: 'emptyFirstKey',
          message:
            'Key Name "HKEY_LOCAL_MACHINE\\\\Software\\\\Microsoft\\\\DRM\\\\{cd704ff3-cd05-479e-acf7-6474908031dd}" has two backslashes right after the root, an empty key that ThreatConnect\'s Registry Key pattern refuses; every separator is doubled, as in JSON text escaped twice: "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}"',
        },
      ],
      output: SEED_BODY['Key Name']!,
    },
    { name: 'escaped twice over', value: r`HKEY_USERS\\\\S-1-5-18\\\\Software`, errors: ['emptyFirstKey'], output: r`HKEY_USERS\S-1-5-18\Software` },
    {
      name: 'an empty first key among single separators: not fixed',
      value: r`HKEY_CURRENT_USER\\Software\Microsoft`,
      errors: [{ messageId: 'emptyFirstKey', data: { hint: '. Not fixed: only you know which key is missing' } }],
      output: null,
    },
  ],
});
