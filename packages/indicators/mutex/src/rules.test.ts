import { RuleTester } from '@tclint/rule-tester';
import { plugin } from './index.js';

// The first four rules come from core's defineTextRules; these cases pin down
// what they mean for Mutex names, which are case-sensitive data: brackets,
// backslashes and dots are part of the name and never "refanged". ThreatConnect's
// Mutex pattern, `(?:Global\\|Local\\)?(?:\S| ){1,260}`, refuses Java's \s
// (tab, line feed, vertical tab, form feed, carriage return) and accepts every
// other character: those are errors, the other control characters warnings.
const tester = new RuleTester();

const names = [
  'Global\\MSCTF.Shared.MUTEX.ZRX',
  'Local\\ZonesCacheCounterMutex',
  'Session\\1\\MyMutex',
  '\\BaseNamedObjects\\SM0:1234:168:WilStaging_02',
  'DC_MUTEX-K5CAEA3',
  'Global\\[.]example',
  'hxxp://not-a-url',
  'a  b',
  'Ünïcödé-😀',
];

tester.run(plugin, 'empty', {
  valid: [...names, '   '],
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'Mutex', message: 'The Mutex field is empty; Mutex indicators need a value' }] },
    { name: 'missing Mutex field', values: {}, errors: [{ messageId: 'missing', message: 'The Mutex field is missing; Mutex indicators need a value' }] },
  ],
});

tester.run(plugin, 'control-characters', {
  valid: [...names, ' Global\\x ', '', 'Global\\a\u0000', 'a\u001bb', 'a\u0085b', 'a\u2028b', '\u00a0x'],
  invalid: [
    {
      value: 'Global\\a\nb',
      errors: [
        {
          messageId: 'inside',
          field: 'Mutex',
          data: { character: 'line feed (U+000A)', position: 9 },
          message: 'Mutex "Global\\\\a\\nb" contains line feed (U+000A) at position 9, which ThreatConnect\'s Mutex pattern refuses. Not fixed: only you know what belongs there',
        },
      ],
    },
    { value: 'a\tb', errors: [{ messageId: 'inside', data: { character: 'tab (U+0009)' } }] },
    { value: 'a\u000bb', errors: [{ messageId: 'inside', data: { character: 'vertical tab (U+000B)' } }] },
    { value: 'a\fb', errors: [{ messageId: 'inside', data: { character: 'form feed (U+000C)' } }] },
    { value: 'Global\\x\r\n', errors: [{ messageId: 'surrounding', data: { character: 'carriage return (U+000D)', where: 'ends with', position: 9 } }] },
    { value: '\tGlobal\\x', errors: [{ messageId: 'surrounding', data: { where: 'starts with' } }] },
    { name: 'only whitespace, with a line break', value: '\r\n', errors: [{ messageId: 'inside', data: { position: 1 } }] },
  ],
});

tester.run(plugin, 'surrounding-whitespace', {
  valid: [...names, 'a\nb'],
  invalid: [
    {
      value: ' Global\\x ',
      errors: [
        {
          messageId: 'surroundingWhitespace',
          field: 'Mutex',
          severity: 'warning',
          message: 'Mutex " Global\\\\x " has whitespace before and after it, which would be stored as part of the Mutex; remove it: "Global\\\\x"',
        },
      ],
      output: 'Global\\x',
    },
    { value: 'Global\\x\r\n', errors: [{ messageId: 'surroundingWhitespace', data: { where: 'after it' } }], output: 'Global\\x' },
    { value: '\u00a0\u3000Local\\y', errors: [{ messageId: 'surroundingWhitespace', data: { where: 'before it' } }], output: 'Local\\y' },
    { value: ' Global\\[.]x ', errors: ['surroundingWhitespace'], output: 'Global\\[.]x' },
    { value: ' A  b ', errors: ['surroundingWhitespace'], output: 'A  b' },
    {
      name: 'only spaces: ThreatConnect accepts them, so a warning, and nothing to fix',
      value: '   ',
      errors: [{ messageId: 'blank', severity: 'warning', data: { value: '"   "' }, message: 'The Mutex field is only whitespace ("   "), which is no Mutex; write the value. Not fixed' }],
      output: null,
    },
    { value: '\r\n', errors: ['blank'], output: null },
  ],
});

tester.run(plugin, 'invisible-characters', {
  valid: [...names, 'a\tb', 'Global\\a\nb', ''],
  invalid: [
    {
      value: 'Global\\a\u0000',
      errors: [
        {
          messageId: 'inside',
          severity: 'warning',
          data: { character: 'NUL (U+0000)', position: 9 },
          message:
            'Mutex "Global\\\\a\\u0000" contains NUL (U+0000) at position 9; ThreatConnect accepts it, but a control character is invisible and almost always damage (a pasted line, a broken encoding). Not fixed: only you know what belongs there',
        },
      ],
    },
    { value: 'a\u001bb', errors: [{ messageId: 'inside', data: { character: 'escape (U+001B)' } }] },
    { value: 'a\u007fb', errors: [{ messageId: 'inside', data: { character: 'delete (U+007F)' } }] },
    { value: 'a\u0085b', errors: [{ messageId: 'inside', data: { character: 'next line (U+0085)' } }] },
    { value: 'a\u2028b', errors: [{ messageId: 'inside', data: { character: 'line separator (U+2028)' } }] },
    { name: 'a line separator at the end, which trimming removes', value: 'Global\\x\u2028', errors: [{ messageId: 'surrounding', data: { where: 'ends with' } }] },
  ],
});
