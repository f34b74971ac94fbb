import { RuleTester } from '@tclint/rule-tester';
import { plugin } from './index.js';

// The first four rules come from core's defineTextRules; these cases pin down
// what they mean for email subjects, which are case-sensitive text that is
// never rewritten: not even whitespace inside is collapsed. ThreatConnect's
// pattern, `.{1,100}`, refuses only Java's line terminators (line feed,
// carriage return, U+0085, U+2028, U+2029): those are errors, the other
// control characters (a tab, a NUL) warnings.
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
  valid: [...subjects, '\u3000'],
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'Subject', message: 'The Subject field is empty; Email Subject indicators need a value' }] },
    { name: 'missing field', values: {}, errors: [{ messageId: 'missing', message: 'The Subject field is missing; Email Subject indicators need a value' }] },
  ],
});

tester.run(plugin, 'control-characters', {
  valid: [...subjects, ' Invoice overdue ', 'Invoice\toverdue', 'Invoice\u0007'],
  invalid: [
    {
      value: 'Invoice\r\n overdue',
      errors: [
        {
          messageId: 'inside',
          field: 'Subject',
          data: { character: 'carriage return (U+000D)', position: 8 },
          message:
            'Email Subject "Invoice\\r\\n overdue" contains carriage return (U+000D) at position 8, which ThreatConnect\'s Email Subject pattern refuses. Not fixed: only you know what belongs there',
        },
      ],
    },
    { value: 'Invoice\u2029overdue', errors: [{ messageId: 'inside', data: { character: 'paragraph separator (U+2029)' } }] },
    { value: 'Invoice\u0085overdue', errors: [{ messageId: 'inside', data: { character: 'next line (U+0085)' } }] },
    { value: 'Invoice overdue\n', errors: [{ messageId: 'surrounding', data: { character: 'line feed (U+000A)', where: 'ends with', position: 16 } }] },
  ],
});

tester.run(plugin, 'surrounding-whitespace', {
  valid: [...subjects, 'a\tb'],
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
    { name: 'only whitespace, which ThreatConnect accepts: a warning', value: '\u3000', errors: [{ messageId: 'blank', severity: 'warning', data: { value: '"\\u3000"' } }], output: null },
    { value: ' ', errors: ['blank'], output: null },
  ],
});

tester.run(plugin, 'invisible-characters', {
  valid: [...subjects, 'Invoice\r\n overdue', ''],
  invalid: [
    { value: 'Invoice\toverdue', errors: [{ messageId: 'inside', severity: 'warning', data: { character: 'tab (U+0009)', position: 8 } }] },
    { value: 'Invoice\u0007', errors: [{ messageId: 'inside', data: { character: 'control character (U+0007)' } }] },
    { value: 'Invoice\u0000', errors: [{ messageId: 'inside', data: { character: 'NUL (U+0000)' } }] },
    { name: 'a tab before the subject, which trimming removes', value: '\tInvoice', errors: [{ messageId: 'surrounding', data: { where: 'starts with' } }] },
  ],
});
