import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'netmask', {
  valid: ['10.0.0.0/8', '2001:db8:0:0:0:0:0:0/32'],
  invalid: [
    // the spec's example
    {
      value: '10.0.0.0/255.0.0.0',
      errors: [{ messageId: 'netmask', field: 'Block', message: 'CIDR block "10.0.0.0/255.0.0.0" gives netmask 255.0.0.0; ThreatConnect needs the prefix length: /8' }],
      output: '10.0.0.0/8',
    },
    { value: '192.168.0.0/255.255.255.0', errors: ['netmask'], output: '192.168.0.0/24' },
    { value: '172.16.0.0/255.240.0.0', errors: ['netmask'], output: '172.16.0.0/12' },
    { value: '0.0.0.0/0.0.0.0', errors: ['netmask'], output: '0.0.0.0/0' },
    { value: '10.0.0.1/255.255.255.255', errors: ['netmask'], output: '10.0.0.1/32' },
    { value: '2001:db8:0:0:0:0:0:0/ffff:ffff::', errors: ['netmask'], output: '2001:db8:0:0:0:0:0:0/32' },
    // no prefix length stands for these: no fix
    {
      value: '10.0.0.0/255.0.255.0',
      errors: [{ messageId: 'nonContiguous', message: 'Netmask 255.0.255.0 in "10.0.0.0/255.0.255.0" is not contiguous, so no prefix length stands for it; ThreatConnect needs <address>/<0..32>' }],
      output: null,
    },
    { name: 'a wildcard (inverse) mask', value: '10.0.0.0/0.255.255.255', errors: ['nonContiguous'], output: null },
    { value: '2001:db8:0:0:0:0:0:0/ffff:0:ffff::', errors: ['nonContiguous'], output: null },
  ],
});
