import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'host-bits', {
  valid: [
    '10.0.0.0/8',
    '10.0.0.1/32',
    '0.0.0.0/0',
    '2001:db8:0:0:0:0:0:0/48',
    '0:0:0:0:0:0:0:1/128',
    // compressed but no host bits: the ipv6-form rule's business
    '2001:db8::/48',
    'abc:def:10:0:0:0:0:0/48',
    // no readable address or prefix: nothing to mask
    '010.0.0.1/8',
    '10.0.0.1/33',
  ],
  invalid: [
    // the spec's examples; the seed's Python snippet raises on them (policy: mask to the network address)
    {
      value: '2001:db8::1/48',
      errors: [{ messageId: 'hostBits', field: 'Block', message: 'Host bits are set in "2001:db8::1/48": 2001:db8::1 is not the network address of its /48 block; the network address is 2001:db8:0:0:0:0:0:0' }],
      output: '2001:db8:0:0:0:0:0:0/48',
    },
    {
      value: '10.0.0.1/8',
      errors: [{ messageId: 'hostBits', message: 'Host bits are set in "10.0.0.1/8": 10.0.0.1 is not the network address of its /8 block; the network address is 10.0.0.0' }],
      output: '10.0.0.0/8',
    },
    { value: '192.168.1.77/24', errors: [{ messageId: 'hostBits', data: { network: '192.168.1.0', prefix: '24' } }], output: '192.168.1.0/24' },
    { value: '172.16.5.4/12', errors: ['hostBits'], output: '172.16.0.0/12' },
    { value: '255.255.255.255/0', errors: ['hostBits'], output: '0.0.0.0/0' },
    { value: 'ffff::/1', errors: ['hostBits'], output: '8000:0:0:0:0:0:0:0/1' },
    { value: '2001:db8:0:0:0:0:0:1/127', errors: ['hostBits'], output: '2001:db8:0:0:0:0:0:0/127' },
    { value: '2001:db8:1234:5678:9abc:def0:1234:5678/61', errors: ['hostBits'], output: '2001:db8:1234:5678:0:0:0:0/61' },
    { value: '::ffff:1.2.3.4/120', errors: ['hostBits'], output: '0:0:0:0:0:ffff:102:300/120' },
    // the rest of the value is kept for the other rules
    { value: '10.0.0.1/255.0.0.0', errors: ['hostBits'], output: '10.0.0.0/255.0.0.0' },
    { value: '10.0.0.1/08', errors: ['hostBits'], output: '10.0.0.0/08' },
    { value: ' 10.0.0.1/8', errors: ['hostBits'], output: ' 10.0.0.0/8' },
    { value: 'fe80::1%eth0/64', errors: ['hostBits'], output: 'fe80:0:0:0:0:0:0:0%eth0/64' },
  ],
});
