import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'ipv4-leading-zeros', {
  valid: [
    '10.0.0.1',
    '0.0.0.0',
    '2001:db8:0:0:0:0:0:1',
    // more than three digits: ThreatConnect's Address pattern refuses the octet, address/ipv4-form says so
    '0010.0.0.1',
  ],
  invalid: [
    // the spec: leading zeros pass the platform pattern ([01]?[0-9][0-9]? takes 010), a warning; octal or decimal is the user's call
    {
      value: '010.0.0.1',
      errors: [
        {
          messageId: 'leadingZeros',
          field: 'ip',
          severity: 'warning',
          message:
            'IPv4 address "010.0.0.1" has octet "010" with a leading zero; ThreatConnect\'s Address pattern accepts it, but some parsers read it as octal (010 is 8), others as decimal: write the decimal value you mean without leading zeros (not fixed automatically)',
        },
      ],
    },
    { value: '10.0.0.00', errors: [{ messageId: 'leadingZeros', data: { octet: '"00"' } }] },
    { value: '192.168.001.001', errors: [{ messageId: 'leadingZeros', data: { octet: '"001"' } }] },
    { name: 'also beside a problem ThreatConnect refuses', value: '010.0x1.300', errors: ['leadingZeros'] },
    { value: ' 09.1.2.3 ', errors: ['leadingZeros'] },
  ],
});
