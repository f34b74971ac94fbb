import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'whitespace', {
  valid: ['http://example.com', 'http://example.com/a%20b', 'example.com/path', ''],
  invalid: [
    {
      value: ' http://example.com',
      errors: [{ messageId: 'whitespace', field: 'text', message: 'URL " http://example.com" has whitespace before it; write it without: "http://example.com"' }],
      output: 'http://example.com',
    },
    { value: 'http://example.com\n', errors: [{ messageId: 'whitespace', data: { where: 'after it' } }], output: 'http://example.com' },
    // only the whitespace goes
    { value: '\tHTTP://EXAMPLE.com/A ', errors: [{ messageId: 'whitespace', data: { where: 'before and after it' } }], output: 'HTTP://EXAMPLE.com/A' },
    { value: '\u00a0http://example.com/\u3000', errors: ['whitespace'], output: 'http://example.com/' },
  ],
});
