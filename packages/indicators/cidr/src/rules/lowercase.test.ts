import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'lowercase', {
  valid: [
    'abc:def:10:0:0:0:0:0/48',
    '10.0.0.0/8',
    // with a departure ThreatConnect refuses, cidr/ipv6-form reports the address (and its fix writes lower case)
    '2001:0DB8:1234::/48',
    'ABC:DEF:10::/48',
    '::FFFF:1.2.3.0/120',
    // not a block at all
    'ABC:DEF:10:0:0:0:0:0',
  ],
  invalid: [
    // ThreatConnect's CIDR pattern accepts upper case; its case preference for CIDR is lower
    {
      value: 'ABC:DEF:10:0:0:0:0:0/48',
      errors: [
        {
          messageId: 'uppercase',
          field: 'Block',
          severity: 'warning',
          message: 'IPv6 address "ABC:DEF:10:0:0:0:0:0" has uppercase hex digits; ThreatConnect accepts them, but stores CIDR blocks in lower case: abc:def:10:0:0:0:0:0',
        },
      ],
      output: 'abc:def:10:0:0:0:0:0/48',
    },
    { value: '2001:DB8:0:0:0:0:0:0/32', errors: ['uppercase'], output: '2001:db8:0:0:0:0:0:0/32' },
    { name: 'only the address changes', value: ' FE80:0:0:0:0:0:0:0%eth0/064', errors: ['uppercase'], output: ' fe80:0:0:0:0:0:0:0%eth0/064' },
    { name: 'host bits are cidr/host-bits\' to fix', value: '2001:DB8:0:0:0:0:0:1/32', errors: ['uppercase'], output: '2001:db8:0:0:0:0:0:1/32' },
  ],
});
