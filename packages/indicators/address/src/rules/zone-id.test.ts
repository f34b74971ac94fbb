import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'zone-id', {
  valid: ['fe80:0:0:0:0:0:0:1', '10.0.0.1', 'example.com%eth0'],
  invalid: [
    {
      value: 'fe80:0:0:0:0:0:0:1%eth0',
      errors: [
        {
          messageId: 'zoneId',
          field: 'ip',
          message:
            'Address "fe80:0:0:0:0:0:0:1%eth0" carries zone id "%eth0", which names a network interface of one machine; ThreatConnect stores the address alone: "fe80:0:0:0:0:0:0:1"',
        },
      ],
      output: 'fe80:0:0:0:0:0:0:1',
    },
    { value: 'fe80::1%eth0', errors: [{ messageId: 'zoneId', data: { zone: '"%eth0"' } }], output: 'fe80::1' },
    { value: 'fe80::1%25', errors: ['zoneId'], output: 'fe80::1' },
    { value: 'fe80::1%', errors: ['zoneId'], output: 'fe80::1' },
    { value: '[fe80::1%en0]', errors: ['zoneId'], output: '[fe80::1]' },
    { value: '10.0.0.1%eth0', errors: ['zoneId'], output: '10.0.0.1' },
    { name: 'only the zone goes; the prefix is prefix\'s', value: 'fe80::1%eth0/64', errors: ['zoneId'], output: 'fe80::1/64' },
  ],
});
