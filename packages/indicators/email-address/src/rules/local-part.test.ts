import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'local-part', {
  valid: [
    'user@example.com',
    'John.Doe@example.com',
    "o'brien+tag@example.com",
    "!#$%&'*+-/=?^_`{|}~@example.com",
    '"john doe"@example.com',
    '"a@b"@example.com',
    'Ünïcode@example.com',
    'δοκιμή@example.com',
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
    { value: 'us\u00a0er@example.com', errors: ['invalidCharacter'] },
    { value: 'us\ud800er@example.com', errors: ['invalidCharacter'] },
    { value: '"a"b@example.com', errors: [{ messageId: 'invalidCharacter', data: { char: '"b"', hint: '; a quoted local part must end with its closing quote' } }] },
    { value: 'us\u0000er@example.com', errors: [{ messageId: 'controlCharacter', message: 'The local part "us\\u0000er" of "us\\u0000er@example.com" contains a NUL (U+0000)' }] },
    { value: '"us\ter"@example.com', errors: [{ messageId: 'controlCharacter', data: { char: 'tab (U+0009)' } }] },
    { value: '.user@example.com', errors: [{ messageId: 'dots', message: 'The local part ".user" of ".user@example.com" starts with a dot; an unquoted local part is dot-separated words' }] },
    { value: 'user.@example.com', errors: [{ messageId: 'dots', data: { where: 'ends with a dot' } }] },
    { value: 'john..doe@example.com', errors: [{ messageId: 'dots', data: { where: 'has two dots in a row' } }] },
    {
      value: `${'a'.repeat(65)}@example.com`,
      errors: [{ messageId: 'tooLong', data: { length: '65' } }],
    },
    { name: 'length counts UTF-8 octets', value: `${'é'.repeat(33)}@example.com`, errors: [{ messageId: 'tooLong', data: { length: '66' } }] },
  ],
});
