import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'leading-zeros', {
  valid: [
    'ASN12345',
    'ASN0',
    'AS1.010',
    { name: 'more digits than the pattern takes: asn/format\'s error', value: 'ASN000000012' },
    'ASN012abc',
    '',
  ],
  invalid: [
    {
      value: 'ASN012',
      errors: [
        {
          messageId: 'leadingZeros',
          field: 'AS Number',
          severity: 'warning',
          message: 'AS number "ASN012" has leading zeros; ThreatConnect accepts them, but stores the plain number: ASN12',
        },
      ],
      output: 'ASN12',
    },
    { value: 'ASN00', errors: ['leadingZeros'], output: 'ASN0' },
    { name: 'eight digits with the zeros', value: 'ASN00000012', errors: ['leadingZeros'], output: 'ASN12' },
    { value: 'ASN 012345', errors: ['leadingZeros'], output: 'ASN12345' },
    { name: 'above ThreatConnect\'s limit (asn/format\'s error) the zeros still go', value: 'ASN0500000000', errors: ['leadingZeros'], output: 'ASN500000000' },
    { name: 'eight digits, no prefix: asn/format reports the prefix', value: '01234567', errors: ['leadingZeros'], output: 'ASN1234567' },
  ],
});
