import { RuleTester } from '@tclint/rule-tester';
import { plugin } from './index.js';

// The first three rules come from core's defineTextRules; these cases pin down
// what they mean for User-Agent strings, which are case-sensitive data: brackets
// and URLs inside them are part of the string and never touched. ThreatConnect's
// User Agent character set has no control character, so every one is an error;
// its other refusals (a backslash, an apostrophe, non-ASCII) are
// user-agent/characters'.
const tester = new RuleTester();

const agents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'curl/7.88.1',
  'python-requests/2.31.0',
  'Microsoft-CryptoAPI/10.0',
  'MOZILLA/4.0 (compatible; MSIE 6.0)',
  'Mozilla/4.0 (compatible; hxxp://example[.]com)',
  'agent\\with\\backslashes',
  'Ünïcödé 😀',
];

tester.run(plugin, 'empty', {
  valid: agents,
  invalid: [
    {
      value: '',
      errors: [{ messageId: 'empty', field: 'User Agent String', message: 'The User Agent String field is empty; User Agent indicators need a value' }],
    },
    { name: 'missing field', values: {}, errors: [{ messageId: 'missing', message: 'The User Agent String field is missing; User Agent indicators need a value' }] },
  ],
});

tester.run(plugin, 'control-characters', {
  valid: [...agents, ' curl/8.4.0 '],
  invalid: [
    {
      value: 'Mozilla/5.0 (X11;\nLinux x86_64)',
      errors: [
        {
          messageId: 'inside',
          field: 'User Agent String',
          data: { character: 'line feed (U+000A)', position: 18 },
          message:
            'User Agent "Mozilla/5.0 (X11;\\nLinux x86_64)" contains line feed (U+000A) at position 18, which ThreatConnect\'s User Agent pattern refuses. Not fixed: only you know what belongs there',
        },
      ],
    },
    { value: 'curl/8.4.0\u0000', errors: [{ messageId: 'inside', data: { character: 'NUL (U+0000)', position: 11 } }] },
    { value: 'curl/8.4.0\tbeta', errors: [{ messageId: 'inside', data: { character: 'tab (U+0009)' } }] },
    { value: 'User-Agent: curl/8.4.0\r\n', errors: [{ messageId: 'surrounding', data: { character: 'carriage return (U+000D)', where: 'ends with' } }] },
    { name: 'only whitespace, with a tab', value: ' \t ', errors: [{ messageId: 'inside', data: { character: 'tab (U+0009)', position: 2 } }] },
    { value: 'curl/8.4.0\u0085', errors: [{ messageId: 'inside', data: { character: 'next line (U+0085)' } }] },
  ],
});

tester.run(plugin, 'surrounding-whitespace', {
  valid: agents,
  invalid: [
    {
      value: ' curl/8.4.0 ',
      errors: [
        {
          messageId: 'surroundingWhitespace',
          field: 'User Agent String',
          message: 'User Agent " curl/8.4.0 " has whitespace before and after it, which would be stored as part of the User Agent; remove it: "curl/8.4.0"',
        },
      ],
      output: 'curl/8.4.0',
    },
    { value: 'Mozilla/5.0 (compatible; MSIE 9.0)\r\n', errors: [{ messageId: 'surroundingWhitespace', data: { where: 'after it' } }], output: 'Mozilla/5.0 (compatible; MSIE 9.0)' },
    { value: '\ufeffWget/1.21.4', errors: ['surroundingWhitespace'], output: 'Wget/1.21.4' },
    { name: 'only spaces: ThreatConnect accepts them, so a warning, and nothing to fix', value: '   ', errors: [{ messageId: 'blank', severity: 'warning' }], output: null },
    { value: ' \t ', errors: [{ messageId: 'blank', data: { value: '" \\t "' } }], output: null },
  ],
});
