import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'not-an-address', {
  valid: [
    '10.0.0.1',
    '2001:db8:0:0:0:0:0:1',
    '::1',
    '010.0.0.1',
    '10.0.0.0/8',
    '[2001:db8::1]',
    { values: { ip: '192.168.1.1' } },
    // ThreatConnect's Address pattern accepts it (address/ipv6-form warns: it is no address)
    '1:2:3:4::5:6:7:8',
  ],
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'ip', message: 'Address is empty; expected an IPv4 address (a.b.c.d) or an IPv6 address' }] },
    { value: ' \t ', errors: ['empty'] },
    { name: 'missing ip field', values: {}, errors: ['empty'] },
    {
      value: 'example.com',
      errors: [{ messageId: 'notAnAddress', message: '"example.com" is not an IPv4 or IPv6 address; it looks like a host name: use the Host type' }],
    },
    { value: 'http://10.0.0.1/', errors: [{ messageId: 'notAnAddress', data: { hint: '; it looks like a URL: use the URL type' } }] },
    { value: 'user@example.com', errors: [{ messageId: 'notAnAddress', data: { hint: '; it looks like an email address: use the EmailAddress type' } }] },
    {
      value: '1[.]2[.]3[.]4',
      errors: [{ messageId: 'notAnAddress', data: { hint: '; it looks defanged: write "." for "[.]" (the @tclint/indicator-defanged rules refang it)' } }],
    },
    {
      value: '167772161',
      errors: [{ messageId: 'notAnAddress', data: { hint: '; a bare number is not read as an IPv4 address: write four dotted decimal octets (a.b.c.d)' } }],
    },
    { value: '2001:db8:::1', errors: [{ messageId: 'notAnAddress', data: { hint: '' } }] },
    { value: '2001:db8::g', errors: ['notAnAddress'] },
    { value: '1:2:3:4:5:6:7:8:9', errors: ['notAnAddress'] },
    // refused by the pattern: eight groups before "::", or anything around the groups
    { value: '1:2:3:4:5:6:7:8::', errors: ['notAnAddress'] },
    { value: ' 1:2:3:4::5:6:7:8', errors: ['notAnAddress'] },
    { value: '[1:2:3:4::5:6:7:8]', errors: ['notAnAddress'] },
    { value: '[2001:db8::1', errors: ['notAnAddress'] },
    { value: '[2001:db8::1]x', errors: ['notAnAddress'] },
    { value: '10.0.0.1:http', errors: ['notAnAddress'] },
    { value: '10.0.0.1 10.0.0.2', errors: ['notAnAddress'] },
    { value: '10.0.0.1\u0000', errors: ['notAnAddress'] },
    { value: '１０.０.０.１', errors: ['notAnAddress'] },
    { value: '1.2.3.x', errors: ['notAnAddress'] },
    { value: '::ffff:01.2.3.4', errors: ['notAnAddress'] },
  ],
});
