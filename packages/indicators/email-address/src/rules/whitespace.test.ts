import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'whitespace', {
  valid: ['user@example.com', '"john doe"@example.com', '"  "@example.com'],
  invalid: [
    {
      value: ' user@example.com ',
      errors: [{ messageId: 'surroundingWhitespace', field: 'address', message: 'Email address " user@example.com " has leading or trailing whitespace; write "user@example.com"' }],
      output: 'user@example.com',
    },
    { value: '\tJohn.Doe@Example.COM\n', errors: ['surroundingWhitespace'], output: 'John.Doe@Example.COM' },
    { value: '\u00a0user@example.com\u3000', errors: ['surroundingWhitespace'], output: 'user@example.com' },
  ],
});
