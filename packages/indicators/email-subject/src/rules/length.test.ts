import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const text = (n: number) => 's'.repeat(n);

new RuleTester().run(plugin, 'length', {
  valid: [text(100), { name: '100 emoji are 100 characters to Java (200 UTF-16 code units)', value: '😀'.repeat(100) }, 'Invoice overdue', ''],
  invalid: [
    {
      name: '101 characters',
      value: text(101),
      errors: [
        {
          messageId: 'tooLong',
          field: 'Subject',
          data: { length: 101, hint: '' },
          message: `Email Subject "${text(64)}"… (101 characters) has 101 characters; ThreatConnect's Email Subject pattern accepts at most 100. Not fixed: shorten it`,
        },
      ],
    },
    { name: '101 emoji', value: '😀'.repeat(101), errors: [{ messageId: 'tooLong', data: { length: 101 } }] },
    {
      name: 'too long only with its surrounding whitespace',
      value: ` ${text(100)}`,
      errors: [{ messageId: 'tooLong', data: { length: 101, hint: ' (100 without the whitespace around it, which email-subject/surrounding-whitespace removes)' } }],
    },
  ],
});
