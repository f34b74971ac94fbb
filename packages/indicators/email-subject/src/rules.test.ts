import { RuleTester } from '@tclint/rule-tester';
import { plugin } from './index.js';

// The rules come from core's defineTextRules; these cases pin down what they
// mean for email subjects, which are case-sensitive text that is never
// rewritten: not even whitespace inside is collapsed.
const tester = new RuleTester();

const subjects = [
  'Invoice #4471 overdue',
  'RE: Your package could not be delivered',
  'Fwd: [EXTERNAL] Q3 results',
  'Urgent:  please  review',
  'Ihre Rechnung für März',
  '请查收附件',
  'Open hxxp://example[.]com now',
  '😀 You won!',
];

tester.run(plugin, 'empty', {
  valid: subjects,
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'Subject', message: 'The Subject field is empty; Email Subject indicators need a value' }] },
    { name: 'missing field', values: {}, errors: [{ messageId: 'missing', message: 'The Subject field is missing; Email Subject indicators need a value' }] },
    { value: '\u3000', errors: [{ messageId: 'blank', data: { value: '"\\u3000"' } }] },
  ],
});

tester.run(plugin, 'control-characters', {
  valid: [...subjects, ' Invoice overdue '],
  invalid: [
    {
      value: 'Invoice\r\n overdue',
      errors: [
        {
          messageId: 'inside',
          field: 'Subject',
          data: { character: 'carriage return (U+000D)', position: 8 },
          message:
            'Email Subject "Invoice\\r\\n overdue" contains carriage return (U+000D) at position 8; Email Subject values may not contain control characters or line breaks. Not fixed: only you know what belongs there',
        },
      ],
    },
    { value: 'Invoice\toverdue', errors: [{ messageId: 'inside', data: { character: 'tab (U+0009)', position: 8 } }] },
    { value: 'Invoice\u2029overdue', errors: [{ messageId: 'inside', data: { character: 'paragraph separator (U+2029)' } }] },
    { value: 'Invoice\u0007', errors: [{ messageId: 'inside', data: { character: 'control character (U+0007)' } }] },
    { value: 'Invoice overdue\n', errors: [{ messageId: 'surrounding', data: { character: 'line feed (U+000A)', where: 'ends with', position: 16 } }] },
  ],
});

tester.run(plugin, 'surrounding-whitespace', {
  valid: [...subjects, ' ', 'a\tb'],
  invalid: [
    {
      value: '  Invoice overdue ',
      errors: [
        {
          messageId: 'surroundingWhitespace',
          field: 'Subject',
          message: 'Email Subject "  Invoice overdue " has whitespace before and after it, which would be stored as part of the Email Subject; remove it: "Invoice overdue"',
        },
      ],
      output: 'Invoice overdue',
    },
    { value: 'Invoice overdue\n', errors: [{ messageId: 'surroundingWhitespace', data: { where: 'after it' } }], output: 'Invoice overdue' },
    { value: '\u00a0RE: hi', errors: [{ messageId: 'surroundingWhitespace', data: { where: 'before it' } }], output: 'RE: hi' },
  ],
});
