import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'port', {
  valid: ['10.0.0.1', '2001:db8:0:0:0:0:0:1', '::ffff:1.2.3.4'],
  invalid: [
    {
      value: '10.0.0.1:8080',
      errors: [
        {
          messageId: 'port',
          field: 'ip',
          message: 'Address "10.0.0.1:8080" has port "8080"; an Address is the address alone, "10.0.0.1" (not fixed automatically: the port is information you may want to keep elsewhere)',
        },
      ],
    },
    { value: '[2001:db8:0:0:0:0:0:1]:443', errors: [{ messageId: 'port', data: { port: '"443"', address: '"2001:db8:0:0:0:0:0:1"' } }] },
  ],
});
