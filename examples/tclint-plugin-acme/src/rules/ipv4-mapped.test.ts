import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv4-mapped', {
  valid: [
    '203.0.113.9',
    '2001:db8:0:0:0:0:0:1',
    // IPv4-compatible (deprecated) and NAT64 addresses are not IPv4-mapped
    '0:0:0:0:0:0:cb00:7109',
    '64:ff9b:0:0:0:0:cb00:7109',
    // one group off either side of ::ffff:0:0/96
    '0:0:0:0:0:fffe:cb00:7109',
    '0:0:0:0:1:ffff:cb00:7109',
    // not an address: left to the Address rules
    '::ffff:203.0.113.256',
    '::ffff:1.2.3',
    '',
    { type: 'CIDR', value: '192.0.2.0/24' },
    // a block wider than ::ffff:0:0/96 holds more than IPv4 addresses
    { type: 'CIDR', value: '0:0:0:0:0:0:0:0/64' },
    { type: 'CIDR', value: '0:0:0:0:0:ffff:0:0/95' },
  ],
  invalid: [
    {
      value: '::ffff:203.0.113.9',
      errors: [{ messageId: 'mapped', field: 'ip', message: '"::ffff:203.0.113.9" is the IPv4 address 203.0.113.9 written as IPv6; write it as 203.0.113.9 so that it is one indicator with the IPv4 form' }],
      output: '203.0.113.9',
    },
    // ThreatConnect's all-hex form of the same address
    { value: '0:0:0:0:0:ffff:cb00:7109', errors: [{ messageId: 'mapped', data: { ipv4: '203.0.113.9', what: 'address' } }], output: '203.0.113.9' },
    { value: '::FFFF:CB00:7109', errors: ['mapped'], output: '203.0.113.9' },
    { value: ' ::ffff:8.8.8.8 ', errors: ['mapped'], output: '8.8.8.8' },
    { value: '::ffff:0.0.0.0', errors: ['mapped'], output: '0.0.0.0' },
    { value: '::ffff:255.255.255.255', errors: ['mapped'], output: '255.255.255.255' },
    {
      type: 'CIDR',
      value: '::ffff:192.0.2.0/120',
      errors: [{ messageId: 'mapped', field: 'Block', data: { ipv4: '192.0.2.0/24', what: 'block' } }],
      output: '192.0.2.0/24',
    },
    { type: 'CIDR', value: '0:0:0:0:0:ffff:c000:200/120', errors: ['mapped'], output: '192.0.2.0/24' },
    { type: 'CIDR', value: '::ffff:0:0/96', errors: [{ messageId: 'mapped', data: { ipv4: '0.0.0.0/0' } }], output: '0.0.0.0/0' },
    // host bits are kept: masking them is the CIDR rules' business
    { type: 'CIDR', value: '::ffff:192.0.2.1/120', errors: ['mapped'], output: '192.0.2.1/24' },
  ],
});
