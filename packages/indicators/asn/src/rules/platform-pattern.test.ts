import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

// ThreatConnect's own ASN pattern, as a backstop: alone here, it reports what the other rules explain.
new RuleTester().run(plugin, 'platform-pattern', {
  // the seed's CORRECT example, and what the pattern accepts besides
  valid: ['ASN12345', 'asn12345', 'ASN012', 'ASN499999999', 'ASN00000000', 'ASN0'],
  invalid: [
    // the seed's INCORRECT examples, verbatim
    {
      value: '12345',
      errors: [{ messageId: 'mismatch', field: 'AS Number', message: 'ThreatConnect\'s ASN pattern refuses AS Number "12345": the platform accepts only values that match it as a whole ([Aa][Ss][Nn][1-4]?\\d{1,8})' }],
    },
    { value: 'AS12345', errors: ['mismatch'] },
    { value: 'AS 12345', errors: ['mismatch'] },
    { value: 'ASN 12345', errors: ['mismatch'] },
    // ThreatConnect's limit
    { value: 'ASN500000000', errors: ['mismatch'] },
    { value: 'ASN000000001', errors: ['mismatch'] },
  ],
});
