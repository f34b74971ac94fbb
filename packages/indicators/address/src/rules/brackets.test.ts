import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'brackets', {
  valid: ['2001:db8:0:0:0:0:0:1', '10.0.0.1', '[2001:db8::1]:443'],
  invalid: [
    {
      value: '[2001:db8:0:0:0:0:0:1]',
      errors: [
        {
          messageId: 'brackets',
          field: 'ip',
          message: 'Address "[2001:db8:0:0:0:0:0:1]" is in brackets, which belong around an IPv6 address inside a URL, not in an Address indicator; write "2001:db8:0:0:0:0:0:1"',
        },
      ],
      output: '2001:db8:0:0:0:0:0:1',
    },
    { name: 'brackets only: the IPv6 form is another rule\'s', value: '[2001:db8::1]', errors: ['brackets'], output: '2001:db8::1' },
    { value: '[10.0.0.1]', errors: ['brackets'], output: '10.0.0.1' },
    { value: '[fe80::1%eth0]', errors: ['brackets'], output: 'fe80::1%eth0' },
    { value: ' [::1] ', errors: ['brackets'], output: ' ::1 ' },
  ],
});
