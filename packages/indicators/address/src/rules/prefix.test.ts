import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'prefix', {
  valid: ['10.0.0.1', '2001:db8:0:0:0:0:0:1', 'example.com/32'],
  invalid: [
    {
      value: '10.0.0.1/32',
      errors: [
        {
          messageId: 'singleAddressBlock',
          field: 'ip',
          message: 'Address "10.0.0.1/32" has prefix length /32, a block of one address; an Address has no prefix length: "10.0.0.1"',
        },
      ],
      output: '10.0.0.1',
    },
    { value: '2001:db8:0:0:0:0:0:1/128', errors: [{ messageId: 'singleAddressBlock', data: { prefix: '128' } }], output: '2001:db8:0:0:0:0:0:1' },
    { value: '2001:db8::1/128', errors: ['singleAddressBlock'], output: '2001:db8::1' },
    { value: '10.0.0.1/032', errors: ['singleAddressBlock'], output: '10.0.0.1' },
    { value: '[2001:db8::1]/128', errors: ['singleAddressBlock'], output: '[2001:db8::1]' },
    {
      value: '10.0.0.0/8',
      errors: [{ messageId: 'cidrBlock', message: '"10.0.0.0/8" is a CIDR block (prefix length /8), not an Address; use the CIDR type for it' }],
      output: null,
    },
    { value: '2001:db8:0:0:0:0:0:0/48', errors: ['cidrBlock'], output: null },
    { name: '/32 on IPv6 is a real block', value: '2001:db8:0:0:0:0:0:0/32', errors: ['cidrBlock'], output: null },
    { value: '10.0.0.1/33', errors: [{ messageId: 'slashSuffix', data: { suffix: '"/33"' } }], output: null },
    { value: '10.0.0.1/', errors: ['slashSuffix'], output: null },
    { value: '10.0.0.1/255.255.255.255', errors: ['slashSuffix'], output: null },
    { value: '10.0.0.1/abc', errors: ['slashSuffix'], output: null },
  ],
});
