import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const word = (n: number) => 'a'.repeat(n);

new RuleTester().run(plugin, 'length', {
  valid: [
    `#${word(255)}`,
    { name: '255 letters without the #', value: word(255) },
    { name: '256 characters and surrounding whitespace', value: `  #${word(255)}  ` },
    { name: '129..255 characters are fine: the 128 limit was Tags\'', value: `#${word(128)}` },
    '#ab',
    { name: 'only the # is hashtag/prefix\'s', value: '#' },
    '',
  ],
  invalid: [
    {
      name: '257 characters',
      value: `#${word(256)}`,
      errors: [
        {
          messageId: 'tooLong',
          field: 'Hashtag',
          data: { length: 257, withHash: '' },
          message: `Hashtag "#${word(63)}"… (257 characters) is 257 characters long; ThreatConnect's Hashtag pattern accepts at most 256 (# and 255 more). Not fixed: shorten it`,
        },
      ],
    },
    {
      name: '256 letters need a # too',
      value: word(256),
      errors: [{ messageId: 'tooLong', data: { length: 257, withHash: ' with the "#" it needs' } }],
    },
    { name: 'the # and 256 emoji are 257 characters to Java', value: `#${'😀'.repeat(256)}`, errors: [{ messageId: 'tooLong', data: { length: 257 } }] },
    {
      name: 'one character after the #',
      value: '#a',
      errors: [{ messageId: 'tooShort', data: { length: 2 }, message: 'Hashtag "#a" is 2 characters long; ThreatConnect\'s Hashtag pattern needs at least two characters after the #. Not fixed' }],
    },
    { value: 'a', errors: [{ messageId: 'tooShort', data: { length: 2, withHash: ' with the "#" it needs' } }] },
  ],
});
