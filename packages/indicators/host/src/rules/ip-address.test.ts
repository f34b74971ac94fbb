import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ip-address', {
  valid: [
    'example.com',
    '1password.com',
    '10.0.0.1.example.com',
    // not IP addresses (host/labels reports the numeric top-level label)
    '1.2.3.4.5',
    '999.1.1.1',
    '10.0.0.256',
  ],
  invalid: [
    {
      value: '10.0.0.1',
      errors: [{ messageId: 'ipAddress', field: 'hostName', message: 'Host "10.0.0.1" is an IPv4 address, not a host name; create it as an Address indicator instead' }],
    },
    { value: '2001:db8::1', errors: [{ messageId: 'ipAddress', data: { version: 6 } }] },
    { value: '[2001:db8::1]', errors: [{ messageId: 'ipAddress', data: { version: 6 } }] },
    { value: 'fe80::1%eth0', errors: [{ messageId: 'ipAddress', data: { version: 6 } }] },
    { value: '::ffff:1.2.3.4', errors: [{ messageId: 'ipAddress', data: { version: 6 } }] },
    // the forms a URL parser reads as IPv4
    { value: '10.0.0.1.', errors: [{ messageId: 'ipAddress', data: { version: 4 } }] },
    { value: '0x0a.0.0.1', errors: ['ipAddress'] },
    { value: '010.0.0.1', errors: ['ipAddress'] },
    { value: '10.1', errors: ['ipAddress'] },
    { value: '167772161', errors: ['ipAddress'] },
    { value: ' 10.0.0.1 ', errors: ['ipAddress'] },
    // full-width digits and dots are an IP address after UTS #46 mapping
    { value: '１０.０.０.１', errors: [{ messageId: 'ipAddress', data: { version: 4 } }] },
  ],
});
