import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const word = (n: number) => 'a'.repeat(n);

new RuleTester().run(plugin, 'length', {
  valid: [
    `#${word(127)}`,
    { name: '127 letters without the #', value: word(127) },
    { name: '128 characters and surrounding whitespace', value: `  #${word(127)}  ` },
    { name: 'the # and 63 emoji are 127 UTF-16 code units', value: `#${'😀'.repeat(63)}` },
    '',
  ],
  invalid: [
    {
      name: '129 characters',
      value: `#${word(128)}`,
      errors: [{ messageId: 'tooLong', field: 'Hashtag', data: { length: 129, withHash: '' } }],
    },
    {
      name: '128 letters need a # too',
      value: word(128),
      errors: [
        {
          messageId: 'tooLong',
          data: { length: 129 },
          message: `Hashtag "${word(64)}"… (128 characters) is 129 characters long with the "#" it needs; hashtags are at most 128, ThreatConnect's limit for tags. Not fixed: shorten it`,
        },
      ],
    },
    { name: 'the # and 64 emoji are 129 UTF-16 code units', value: `#${'😀'.repeat(64)}`, errors: [{ messageId: 'tooLong', data: { length: 129 } }] },
  ],
});
