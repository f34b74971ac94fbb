import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'whitespace', {
  valid: ['10.0.0.0/8', 'abc:def:10::/48', { name: 'a bare address in whitespace is not-a-block\'s case', value: ' 10.0.0.1 ' }, '  '],
  invalid: [
    {
      value: ' 10.0.0.0/8 ',
      errors: [{ messageId: 'surroundingWhitespace', field: 'Block', message: 'CIDR block " 10.0.0.0/8 " has leading or trailing whitespace; write "10.0.0.0/8"' }],
      output: '10.0.0.0/8',
    },
    { value: '\t2001:db8:0:0:0:0:0:0/32\n', errors: ['surroundingWhitespace'], output: '2001:db8:0:0:0:0:0:0/32' },
    { value: '10.0.0.0/8\r\n', errors: ['surroundingWhitespace'], output: '10.0.0.0/8' },
    { name: 'no-break space', value: '\u00a010.0.0.0/8', errors: ['surroundingWhitespace'], output: '10.0.0.0/8' },
    { name: 'only the whitespace is removed', value: '  abc:def:10::/48', errors: ['surroundingWhitespace'], output: 'abc:def:10::/48' },
    { value: ' 010.0.0.0/8', errors: ['surroundingWhitespace'], output: '010.0.0.0/8' },
  ],
});
