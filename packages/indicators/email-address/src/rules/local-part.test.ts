import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'local-part', {
  valid: [
    'user@example.com',
    'John.Doe@example.com',
    "o'brien+tag@example.com",
    "!#$%&'*+-/=?^_`{|}~@example.com",
    `${'a'.repeat(64)}@example.com`,
    'user@EXAMPLE.com',
  ],
  invalid: [
    {
      value: 'john doe@example.com',
      errors: [
        {
          messageId: 'invalidCharacter',
          field: 'address',
          message: 'The local part "john doe" of "john doe@example.com" contains " ", which an unquoted local part cannot hold',
        },
      ],
    },
    {
      value: 'mailto:user@example.com',
      errors: [{ messageId: 'invalidCharacter', data: { char: '":"', hint: '; write the address without the "mailto:" prefix' } }],
    },
    {
      value: 'John Doe <john@example.com>',
      errors: [{ messageId: 'invalidCharacter', data: { hint: '; write the address alone, without a display name or angle brackets' } }],
    },
    { value: 'a,b@example.com', errors: [{ messageId: 'invalidCharacter', data: { char: '","' } }] },
    { value: 'a\\b@example.com', errors: [{ messageId: 'invalidCharacter', data: { char: '"\\\\"' } }] },
    { value: 'us\u00a0er@example.com', errors: ['nonAscii'] },
    { value: 'us\ud800er@example.com', errors: ['nonAscii'] },
    // what ThreatConnect's EmailAddress pattern refuses: quoted and internationalized local parts
    {
      value: '"john doe"@example.com',
      errors: [{ messageId: 'quoted', message: 'The local part "\\"john doe\\"" of "\\"john doe\\"@example.com" is quoted; ThreatConnect\'s EmailAddress pattern does not accept quoted local parts' }],
    },
    { value: '"a@b"@example.com', errors: ['quoted'] },
    { value: '"a"b@example.com', errors: ['quoted'] },
    { value: 'Ünïcode@example.com', errors: [{ messageId: 'nonAscii', data: { char: '"Ü"' } }] },
    { value: 'δοκιμή@example.com', errors: ['nonAscii'] },
    { value: 'us\u0000er@example.com', errors: [{ messageId: 'controlCharacter', message: 'The local part "us\\u0000er" of "us\\u0000er@example.com" contains a NUL (U+0000)' }] },
    { value: '"us\ter"@example.com', errors: [{ messageId: 'controlCharacter', data: { char: 'tab (U+0009)' } }, 'quoted'] },
    { value: '.user@example.com', errors: [{ messageId: 'dots', message: 'The local part ".user" of ".user@example.com" starts with a dot; an unquoted local part is dot-separated words' }] },
    { value: 'user.@example.com', errors: [{ messageId: 'dots', data: { where: 'ends with a dot' } }] },
    { value: 'john..doe@example.com', errors: [{ messageId: 'dots', data: { where: 'has two dots in a row' } }] },
  ],
});
