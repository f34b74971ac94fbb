import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv4-form', {
  valid: [
    '10.0.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '192.168.100.200',
    '2001:db8:0:0:0:0:0:1',
    // leading zeros in octets of up to three digits pass ThreatConnect's Address pattern: address/ipv4-leading-zeros warns
    '010.0.0.1',
    '10.0.0.00',
  ],
  invalid: [
    // the spec's examples: hex and short forms are never silently accepted, nor fixed
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
    { value: '0X0A.0x0.0.1', errors: [{ messageId: 'hexOctet', data: { octet: '"0X0A"' } }] },
    { value: '010.0x1.300', errors: ['octetCount', 'hexOctet', 'octetRange'] },
    // ThreatConnect's Address pattern takes one to three digits an octet
    {
      value: '0010.0.0.1',
      errors: [
        {
          messageId: 'longOctet',
          severity: 'error',
          message: 'IPv4 address "0010.0.0.1" has octet "0010" of more than three digits; ThreatConnect\'s Address pattern accepts one to three digits per octet (not fixed automatically: write the decimal value you mean)',
        },
      ],
    },
    { name: 'one message for an octet above 255, however long', value: '1000.0.0.1', errors: [{ messageId: 'octetRange', data: { octet: '"1000"' } }] },
    { value: '10.0.0.0001', errors: [{ messageId: 'longOctet', data: { octet: '"0001"' } }] },
  ],
});
