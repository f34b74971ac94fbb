import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'characters', {
  valid: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'curl/7.88.1',
    '!"#$%&()*+,-./:;<=>?@[]^_`{|}~',
    { name: 'the typographic apostrophe is in the set', value: 'it’s/1.0' },
    { name: 'control characters are control-characters\'', value: 'curl/8.4.0\tbeta' },
    ' curl/8.4.0 ',
    '',
  ],
  invalid: [
    {
      value: "Mozilla/5.0 (it's me)",
      errors: [
        {
          messageId: 'apostrophe',
          field: 'User Agent String',
          data: { position: 16 },
          message:
            'User Agent "Mozilla/5.0 (it\'s me)" has an ASCII apostrophe (\') at position 16, which ThreatConnect\'s User Agent pattern refuses: its character set has the typographic ’ (U+2019) where \' would be. Not fixed: a changed string would no longer be the one clients send',
        },
      ],
    },
    {
      value: 'agent\\with\\backslashes',
      errors: [{ messageId: 'backslash', data: { position: 6 }, message: 'User Agent "agent\\\\with\\\\backslashes" has a backslash at position 6, which ThreatConnect\'s User Agent pattern refuses. Not fixed: a changed string would no longer be the one clients send' }],
    },
    { value: 'Ünïcödé 😀', errors: [{ messageId: 'other', data: { character: '"Ü" (U+00DC)', position: 1 } }] },
    { value: 'curl/8.4.0 😀', errors: [{ messageId: 'other', data: { character: '"😀" (U+1F600)', position: 12 } }] },
    { value: 'curl/8.4.0\u00a0beta', errors: [{ messageId: 'other', data: { character: '"\\u00a0" (U+00A0)' } }] },
    { value: 'curl/8.4.0\ud800', errors: [{ messageId: 'other', data: { character: '"\\ud800" (U+D800)' } }] },
    {
      name: 'a no-break space before the string, which trimming removes',
      value: '\u00a0curl/8.4.0',
      errors: [{ messageId: 'surrounding', data: { where: 'starts with', position: 1 }, message: 'User Agent "\\u00a0curl/8.4.0" starts with "\\u00a0" (U+00A0) (position 1), which ThreatConnect\'s User Agent pattern refuses; removing the surrounding whitespace removes it' }],
    },
    { value: 'Wget/1.21.4\ufeff', errors: [{ messageId: 'surrounding', data: { where: 'ends with' } }] },
    { name: 'a character inside is named before one around the string', value: '\u3000a\\b', errors: [{ messageId: 'backslash', data: { position: 3 } }] },
    { name: 'only whitespace: inside, trimming would leave nothing', value: '\u3000', errors: [{ messageId: 'other', data: { position: 1 } }] },
  ],
});
