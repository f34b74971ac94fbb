import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'whitespace', {
  valid: ['example.com', 'xn--sterreich-z7a.icom.museum', 'österreich.icom.museum', ''],
  invalid: [
    {
      value: ' example.com',
      errors: [{ messageId: 'whitespace', field: 'hostName', message: 'Host " example.com" has whitespace before it; write it without: "example.com"' }],
      output: 'example.com',
    },
    { value: 'example.com\n', errors: [{ messageId: 'whitespace', data: { where: 'after it' } }], output: 'example.com' },
    { value: '\texample.com ', errors: [{ messageId: 'whitespace', data: { where: 'before and after it' } }], output: 'example.com' },
    { value: '\u00a0example.com\u3000', errors: ['whitespace'], output: 'example.com' },
    { value: '\ufeffexample.com', errors: ['whitespace'], output: 'example.com' },
    // only the whitespace goes
    { value: ' EXAMPLE.com. ', errors: ['whitespace'], output: 'EXAMPLE.com.' },
    { value: ' 10.0.0.1 ', errors: ['whitespace'], output: '10.0.0.1' },
    { value: '   ', errors: ['whitespace'], output: '' },
  ],
});
