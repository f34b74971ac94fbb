import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv4-form', {
  valid: ['10.0.0.1', '0.0.0.0', '255.255.255.255', '192.168.100.200', '2001:db8:0:0:0:0:0:1'],
  invalid: [
    // the spec's examples: octal, hex and short forms are never silently accepted, nor fixed
    {
      value: '010.0.0.1',
      errors: [
        {
          messageId: 'leadingZeros',
          field: 'ip',
          message: 'IPv4 address "010.0.0.1" has octet "010" with a leading zero; ThreatConnect needs plain decimal octets (not fixed automatically: some parsers read it as octal)',
        },
      ],
    },
    {
      value: '0x0a.0.0.1',
      errors: [
        {
          messageId: 'hexOctet',
          message: 'IPv4 address "0x0a.0.0.1" has hexadecimal octet "0x0a"; ThreatConnect needs decimal octets 0..255 (not fixed automatically: write the decimal value you mean)',
        },
      ],
    },
    {
      value: '10.1',
      errors: [
        {
          messageId: 'octetCount',
          message: 'IPv4 address "10.1" has 2 parts; ThreatConnect needs four dotted decimal octets (a.b.c.d), and short forms are not expanded automatically',
        },
      ],
    },
    { value: '10.0.1', errors: [{ messageId: 'octetCount', data: { count: '3' } }] },
    { value: '1.2.3.4.5', errors: [{ messageId: 'octetCount', data: { count: '5' } }] },
    { value: '256.0.0.1', errors: [{ messageId: 'octetRange', message: 'IPv4 address "256.0.0.1" has octet "256", above 255' }] },
    { value: '10.0.0.00', errors: [{ messageId: 'leadingZeros', data: { octet: '"00"' } }] },
    { value: '0X0A.0x0.0.1', errors: [{ messageId: 'hexOctet', data: { octet: '"0X0A"' } }] },
    { value: '010.0x1.300', errors: ['octetCount', 'hexOctet', 'leadingZeros', 'octetRange'] },
  ],
});
