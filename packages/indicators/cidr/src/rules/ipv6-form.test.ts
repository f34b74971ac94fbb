import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv6-form', {
  valid: [
    // seed: CORRECT
    'abc:def:10:0:0:0:0:0/48',
    '2001:db8:1234:0:0:0:0:0/48',
    '0:0:0:0:0:0:0:0/0',
    '0:0:0:0:0:ffff:102:300/120',
    'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128',
    // host bits, zone ids, IPv4 blocks and upper case alone are other rules' business
    '2001:db8:0:0:0:0:0:1/48',
    'ABC:DEF:10:0:0:0:0:0/48',
    'fe80:0:0:0:0:0:0:0%eth0/64',
    '10.0.0.0/8',
  ],
  invalid: [
    // seed: INCORRECT, verbatim
    {
      value: 'abc:def:10::/48',
      errors: [{ messageId: 'compressed', field: 'Block', message: 'IPv6 address "abc:def:10::" is compressed with "::"; ThreatConnect needs all eight groups: abc:def:10:0:0:0:0:0' }],
      output: 'abc:def:10:0:0:0:0:0/48',
    },
    { value: '0abc:def:10:0:0:0:0:0/48', errors: [{ messageId: 'leadingZeros', data: { group: '0abc' } }], output: 'abc:def:10:0:0:0:0:0/48' },
    {
      value: 'abc:0def:10:0:0:0:0:0/48',
      errors: [{ messageId: 'leadingZeros', message: 'IPv6 address "abc:0def:10:0:0:0:0:0" has leading zeros in group "0def"; ThreatConnect needs none: abc:def:10:0:0:0:0:0' }],
      output: 'abc:def:10:0:0:0:0:0/48',
    },
    { value: 'abc:def:0010:0:0:0:0:0/48', errors: [{ messageId: 'leadingZeros', data: { group: '0010' } }], output: 'abc:def:10:0:0:0:0:0/48' },
    {
      value: 'abc:def:10:0000:0000:0000:0000:0000/48',
      errors: [{ messageId: 'zeroGroups', message: 'IPv6 address "abc:def:10:0000:0000:0000:0000:0000" writes a zero group as "0000"; ThreatConnect needs a single 0: abc:def:10:0:0:0:0:0' }],
      output: 'abc:def:10:0:0:0:0:0/48',
    },
    // the spec's worked examples of the seed's Python snippet
    { value: 'abc:0def:10::/48', errors: ['compressed'], output: 'abc:def:10:0:0:0:0:0/48' },
    { value: '0abc:def:10::/48', errors: ['compressed'], output: 'abc:def:10:0:0:0:0:0/48' },
    {
      value: 'abc:0def:10:000:00::/48',
      errors: [{ messageId: 'compressed', data: { also: ' (also: zero group "000", leading zeros in "0def")' } }],
      output: 'abc:def:10:0:0:0:0:0/48',
    },
    { value: '2001:db8:1234::/48', errors: ['compressed'], output: '2001:db8:1234:0:0:0:0:0/48' },
    { value: '2001:db8:1234:0000:0000:0000:0000:0000/48', errors: [{ messageId: 'zeroGroups', data: { group: '0000' } }], output: '2001:db8:1234:0:0:0:0:0/48' },
    {
      value: '2001:0DB8:1234::/48',
      errors: [
        {
          messageId: 'compressed',
          message: 'IPv6 address "2001:0DB8:1234::" is compressed with "::"; ThreatConnect needs all eight groups: 2001:db8:1234:0:0:0:0:0 (also: leading zeros in "0DB8", uppercase hex)',
        },
      ],
      output: '2001:db8:1234:0:0:0:0:0/48',
    },
    { value: '::/0', errors: ['compressed'], output: '0:0:0:0:0:0:0:0/0' },
    // embedded IPv4: the same all-hex form, as the seed snippet produces
    { value: '::ffff:1.2.3.0/120', errors: [{ messageId: 'compressed', data: { also: ' (also: dotted IPv4 "1.2.3.0")' } }], output: '0:0:0:0:0:ffff:102:300/120' },
    {
      value: '0:0:0:0:0:ffff:1.2.3.0/120',
      errors: [{ messageId: 'embeddedIPv4', message: 'IPv6 address "0:0:0:0:0:ffff:1.2.3.0" ends in dotted IPv4 "1.2.3.0"; ThreatConnect needs eight hex groups: 0:0:0:0:0:ffff:102:300' }],
      output: '0:0:0:0:0:ffff:102:300/120',
    },
    { name: 'IPv4-compatible ::a.b.c.d stays IPv4-compatible (as in Python)', value: '::1.2.3.4/128', errors: ['compressed'], output: '0:0:0:0:0:0:102:304/128' },
    // uppercase hex alone is cidr/lowercase's (ThreatConnect accepts it); with another departure it is listed, and fixed too
    { value: '0ABC:DEF:10:0:0:0:0:0/48', errors: [{ messageId: 'leadingZeros', data: { group: '0ABC', also: ' (also: uppercase hex)' } }], output: 'abc:def:10:0:0:0:0:0/48' },
    // "::" standing for one group, at either end
    { value: '1:2:3:4:5:6:7::/128', errors: ['compressed'], output: '1:2:3:4:5:6:7:0/128' },
    { value: '::2:3:4:5:6:7:8/128', errors: ['compressed'], output: '0:2:3:4:5:6:7:8/128' },
    // only the address is rewritten: host bits, prefix, zone and whitespace are left to their rules
    { value: '2001:db8::1/48', errors: ['compressed'], output: '2001:db8:0:0:0:0:0:1/48' },
    { value: 'FE80::%eth0/64', errors: ['compressed'], output: 'fe80:0:0:0:0:0:0:0%eth0/64' },
    { value: ' abc:def:10::/048', errors: ['compressed'], output: ' abc:def:10:0:0:0:0:0/048' },
  ],
});
