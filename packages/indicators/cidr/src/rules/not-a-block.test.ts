import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'not-a-block', {
  valid: ['10.0.0.0/8', 'abc:def:10:0:0:0:0:0/48', '2001:db8::/32', '010.0.0.0/8', '10.0.0.0/33', ' 10.0.0.0/8'],
  invalid: [
    // missing prefix length: an Address, not a CIDR block
    {
      value: '10.0.0.1',
      errors: [
        {
          messageId: 'missingPrefix',
          field: 'Block',
          message: '"10.0.0.1" is an IP address without a prefix length, so it is not a CIDR block; use the Address type for a single address, or add a prefix length (/32 for a one-address block)',
        },
      ],
    },
    { value: '2001:db8::1', errors: [{ messageId: 'missingPrefix', data: { max: '128' } }] },
    // seed: the exploded address the seed names as not accepted, verbatim (it has no prefix length either)
    { value: '2001:0DB8:1234:0000:0000:0000:0000:0000', errors: ['missingPrefix'] },
    { value: 'fe80::1%eth0', errors: ['missingPrefix'] },
    { value: ' 10.0.0.1 ', errors: ['missingPrefix'] },
    { value: '010.0.0.1', errors: ['missingPrefix'] },
    // empty or missing
    { value: '', errors: [{ messageId: 'empty', message: 'CIDR block is empty; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>' }] },
    { value: ' \t ', errors: ['empty'] },
    { name: 'no Block field', values: {}, errors: ['empty'] },
    // not an address at all
    { value: 'hello', errors: [{ messageId: 'notABlock', message: '"hello" is not a CIDR block; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>' }] },
    {
      value: 'example.com/24',
      errors: [{ messageId: 'badAddress', message: '"example.com" in "example.com/24" is not an IPv4 or IPv6 address; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>' }],
    },
    { value: '/24', errors: ['badAddress'] },
    { value: '10/8', errors: ['badAddress'] },
    { value: '10.0.0.0 /8', errors: ['badAddress'] },
    { value: '2001:db8:::/48', errors: ['badAddress'] },
    { value: '2001:db8::1::/48', errors: ['badAddress'] },
    { value: '1:2:3:4:5:6:7:8:9/64', errors: ['badAddress'] },
    { value: '1:2:3:4::5:6:7:8/64', errors: ['badAddress'] },
    { value: '12345::/16', errors: ['badAddress'] },
    { value: '[2001:db8::]/32', errors: ['badAddress'] },
    { name: 'dotted IPv4 tail with a leading zero', value: '::ffff:01.2.3.0/120', errors: ['badAddress'] },
    { name: 'defanged values are not refanged (policy)', value: '10.0.0[.]0/8', errors: ['badAddress'] },
  ],
});
