import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'zone-id', {
  valid: ['fe80:0:0:0:0:0:0:0/64', '10.0.0.0/8', 'fe80::1%eth0'],
  invalid: [
    // the spec's example
    {
      value: 'fe80::%eth0/64',
      errors: [{ messageId: 'zoneId', field: 'Block', message: 'Address "fe80::%eth0" in "fe80::%eth0/64" carries zone id "%eth0"; a CIDR block cannot have one, remove it' }],
    },
    { value: 'fe80:0:0:0:0:0:0:0%25/64', errors: [{ messageId: 'zoneId', data: { zone: '25' } }] },
    { value: 'fe80:0:0:0:0:0:0:0%/64', errors: [{ messageId: 'zoneId', data: { zone: '' } }] },
    { value: '10.0.0.0%eth0/8', errors: ['zoneId'] },
  ],
});
