import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv6-form', {
  valid: [
    '2001:db8:0:0:0:0:0:1',
    'abc:def:10:0:0:0:0:0',
    '0:0:0:0:0:0:0:0',
    '0:0:0:0:0:ffff:102:304',
    'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    '10.0.0.1',
    // a dotted IPv4 tail is refused: address/embedded-ipv4 reports the address
    '::ffff:1.2.3.4',
    '0:0:0:0:0:ffff:1.2.3.4',
  ],
  invalid: [
    {
      value: '2001:db8::1',
      errors: [
        {
          messageId: 'compressed',
          field: 'ip',
          severity: 'warning',
          message: 'IPv6 address "2001:db8::1" is compressed with "::"; ThreatConnect accepts it, but stores IPv6 addresses with all eight groups: 2001:db8:0:0:0:0:0:1',
        },
      ],
      output: '2001:db8:0:0:0:0:0:1',
    },
    // the CIDR seed's address forms, without the prefix
    { value: 'abc:def:10::', errors: ['compressed'], output: 'abc:def:10:0:0:0:0:0' },
    { value: '0abc:def:10:0:0:0:0:0', errors: [{ messageId: 'leadingZeros', data: { group: '"0abc"' } }], output: 'abc:def:10:0:0:0:0:0' },
    { value: 'abc:0def:10:0:0:0:0:0', errors: ['leadingZeros'], output: 'abc:def:10:0:0:0:0:0' },
    { value: 'abc:def:0010:0:0:0:0:0', errors: ['leadingZeros'], output: 'abc:def:10:0:0:0:0:0' },
    { value: 'abc:def:10:0000:0000:0000:0000:0000', errors: [{ messageId: 'zeroGroups', data: { group: '"0000"' } }], output: 'abc:def:10:0:0:0:0:0' },
    {
      value: '2001:0DB8:1234:0000:0000:0000:0000:0000',
      errors: [
        {
          messageId: 'zeroGroups',
          message: 'IPv6 address "2001:0DB8:1234:0000:0000:0000:0000:0000" writes a zero group as "0000"; ThreatConnect accepts it, but stores a single 0: 2001:db8:1234:0:0:0:0:0 (also: leading zeros in "0DB8", uppercase hex)',
        },
      ],
      output: '2001:db8:1234:0:0:0:0:0',
    },
    {
      value: '2001:DB8:0:0:0:0:0:1',
      errors: [{ messageId: 'uppercase', message: 'IPv6 address "2001:DB8:0:0:0:0:0:1" has uppercase hex digits; ThreatConnect accepts them, but stores IPv6 addresses in lower case: 2001:db8:0:0:0:0:0:1' }],
      output: '2001:db8:0:0:0:0:0:1',
    },
    { value: '::', errors: ['compressed'], output: '0:0:0:0:0:0:0:0' },
    { value: '::1', errors: ['compressed'], output: '0:0:0:0:0:0:0:1' },
    // hex groups around a "::" with nothing left to stand for: ThreatConnect's pattern accepts them, but they are no address
    {
      value: '1:2:3:4::5:6:7:8',
      errors: [
        {
          messageId: 'tooManyGroups',
          message:
            'IPv6 address "1:2:3:4::5:6:7:8" has 8 groups besides "::", which must stand for at least one zero group of the eight; ThreatConnect\'s Address pattern accepts it, but it is no IPv6 address: write the eight groups you mean (not fixed automatically)',
        },
      ],
      output: null,
    },
    { value: '1:2:3:4:5:6:7::1:2:3:4:5:6:7', errors: [{ messageId: 'tooManyGroups', data: { count: '14' } }], output: null },
    { name: 'the address is rewritten in place; the zone is zone-id\'s', value: 'FE80::1%eth0', errors: ['compressed'], output: 'fe80:0:0:0:0:0:0:1%eth0' },
    { value: '[2001:DB8::1]', errors: ['compressed'], output: '[2001:db8:0:0:0:0:0:1]' },
    { value: '2001:db8::1/128', errors: ['compressed'], output: '2001:db8:0:0:0:0:0:1/128' },
    { name: 'the form is reported even when a port blocks other fixes', value: '[2001:db8::1]:443', errors: ['compressed'], output: '[2001:db8:0:0:0:0:0:1]:443' },
  ],
});
