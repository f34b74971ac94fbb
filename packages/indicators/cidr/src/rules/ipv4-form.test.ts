import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv4-form', {
  valid: ['10.0.0.0/8', '0.0.0.0/0', '255.255.255.255/32', '10.0.0.1/8', 'abc:def:10::/48'],
  invalid: [
    // the spec's examples: errors without a fix (octal and hex readings are ambiguous)
    {
      value: '010.0.0.0/8',
      errors: [
        {
          messageId: 'leadingZeros',
          field: 'Block',
          message: 'IPv4 address "010.0.0.0" in "010.0.0.0/8" has octet "010" with a leading zero; ThreatConnect needs plain decimal octets (not fixed automatically: some parsers read it as octal)',
        },
      ],
    },
    {
      value: '0x0a.0.0.0/8',
      errors: [
        {
          messageId: 'hexOctet',
          message: 'IPv4 address "0x0a.0.0.0" in "0x0a.0.0.0/8" has hexadecimal octet "0x0a"; ThreatConnect needs decimal octets 0..255 (not fixed automatically: write the decimal value you mean)',
        },
      ],
    },
    {
      value: '10.0/8',
      errors: [
        {
          messageId: 'octetCount',
          message: 'IPv4 address "10.0" in "10.0/8" has 2 parts; ThreatConnect needs four dotted decimal octets (a.b.c.d), and short forms are not expanded automatically',
        },
      ],
    },
    { value: '256.0.0.0/8', errors: [{ messageId: 'octetRange', message: 'IPv4 address "256.0.0.0" in "256.0.0.0/8" has octet 256, above 255' }] },
    { value: '10.0.0.00/8', errors: [{ messageId: 'leadingZeros', data: { octet: '00' } }] },
    { value: '1.2.3.4.5/8', errors: [{ messageId: 'octetCount', data: { count: '5' } }] },
    { value: '0X0A.0.0.0/8', errors: ['hexOctet'] },
    { name: 'each distinct problem once', value: '0x0a.010.999/8', errors: ['octetCount', 'hexOctet', 'leadingZeros', 'octetRange'] },
  ],
});
