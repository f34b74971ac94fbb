import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'prefix-case', {
  // the seed's INCORRECT examples are asn/format's errors, not case
  valid: ['ASN12345', '12345', 'AS12345', 'AS 12345', 'ASN 12345', 'as12345', 'asn12abc', 'asn', ''],
  invalid: [
    {
      value: 'asn12345',
      errors: [
        {
          messageId: 'prefixCase',
          field: 'AS Number',
          severity: 'warning',
          data: { prefix: 'asn' },
          message: 'AS number "asn12345" starts with "asn"; ThreatConnect accepts it, but stores ASNs with the prefix in upper case: ASN12345',
        },
      ],
      output: 'ASN12345',
    },
    { value: 'Asn12345', errors: [{ messageId: 'prefixCase', data: { prefix: 'Asn' } }], output: 'ASN12345' },
    { value: 'aSN1', errors: ['prefixCase'], output: 'ASN1' },
    { name: 'whatever else is wrong with the spelling', value: 'asn 012', errors: ['prefixCase'], output: 'ASN12' },
  ],
});
