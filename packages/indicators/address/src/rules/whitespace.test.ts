import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'whitespace', {
  valid: ['10.0.0.1', '2001:db8:0:0:0:0:0:1', 'not an address '],
  invalid: [
    {
      value: ' 10.0.0.1 ',
      errors: [{ messageId: 'surroundingWhitespace', field: 'ip', message: 'Address " 10.0.0.1 " has leading or trailing whitespace; write "10.0.0.1"' }],
      output: '10.0.0.1',
    },
    { value: '\t2001:db8:0:0:0:0:0:1\n', errors: ['surroundingWhitespace'], output: '2001:db8:0:0:0:0:0:1' },
    { value: '\u00a010.0.0.1\u3000', errors: ['surroundingWhitespace'], output: '10.0.0.1' },
    { name: 'whitespace around an address with a problem no rule fixes', value: ' 010.0.0.1', errors: ['surroundingWhitespace'], output: '010.0.0.1' },
  ],
});
