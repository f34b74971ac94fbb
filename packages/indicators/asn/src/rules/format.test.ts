import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'format', {
  valid: [
    // seed: CORRECT
    'ASN12345',
    'ASN0',
    'ASN1',
    'ASN499999999',
    { values: { 'AS Number': 'ASN65546' } },
    // ThreatConnect accepts these (asn/prefix-case and asn/leading-zeros warn)
    'asn12345',
    'Asn12345',
    'ASN012',
    'ASN00',
    'ASN00000012',
    'asN01234567',
  ],
  invalid: [
    // seed: INCORRECT, verbatim
    { value: '12345', errors: [{ messageId: 'missingPrefix', field: 'AS Number' }], output: 'ASN12345' },
    { value: 'AS12345', errors: [{ messageId: 'wrongPrefix', data: { prefix: 'AS' } }], output: 'ASN12345' },
    { value: 'AS 12345', errors: ['wrongPrefix', 'whitespace'], output: 'ASN12345' },
    {
      value: 'ASN 12345',
      errors: [{ messageId: 'whitespace', message: 'AS number "ASN 12345" has whitespace between the prefix and the number; write it with none: ASN12345' }],
      output: 'ASN12345',
    },

    // AS without the N, in any case
    { value: 'as12345', errors: [{ messageId: 'wrongPrefix', data: { prefix: 'as' } }], output: 'ASN12345' },
    { value: 'aS 1', errors: ['wrongPrefix', 'whitespace'], output: 'ASN1' },

    // whitespace of any kind, anywhere around the number
    { value: ' ASN12345', errors: [{ messageId: 'whitespace', data: { where: 'before the value' } }], output: 'ASN12345' },
    { value: 'ASN12345\n', errors: [{ messageId: 'whitespace', data: { where: 'after the number' } }], output: 'ASN12345' },
    { value: 'ASN\t12345', errors: ['whitespace'], output: 'ASN12345' },
    { value: 'ASN\u00a012345', errors: ['whitespace'], output: 'ASN12345' },
    {
      value: ' AS 1 ',
      errors: [
        'wrongPrefix',
        { messageId: 'whitespace', data: { where: 'before the value and between the prefix and the number and after the number' } },
      ],
      output: 'ASN1',
    },
    { value: ' 12345 ', errors: ['missingPrefix', 'whitespace'], output: 'ASN12345' },

    // leading zeros: a warning of asn/leading-zeros, unless the digits are more than the pattern takes
    { value: 'ASN 012345', errors: ['whitespace'], output: 'ASN12345' },
    {
      value: 'ASN000000012',
      errors: [
        {
          messageId: 'tooManyDigits',
          data: { count: 9 },
          message: 'AS number "ASN000000012" has 9 digits with its leading zeros, more than ThreatConnect\'s ASN pattern accepts (at most 9, the first of nine 1-4); write it as ASN12',
        },
      ],
      output: 'ASN12',
    },
    { value: 'ASN0499999999', errors: [{ messageId: 'tooManyDigits', data: { count: 10 } }], output: 'ASN499999999' },
    { value: '0004294967295', errors: ['missingPrefix', 'aboveLimit'], output: 'ASN4294967295' },

    // above ThreatConnect's limit: valid 32-bit AS numbers the platform refuses
    {
      value: 'ASN500000000',
      errors: [
        {
          messageId: 'aboveLimit',
          data: { number: 500000000 },
          message:
            'AS number "ASN500000000" is 500000000, above 499999999, the largest ThreatConnect\'s ASN pattern accepts (ASN and at most nine digits, the first of nine 1-4): a valid 32-bit AS number that the platform refuses. Not fixed',
        },
      ],
      output: null,
    },
    { value: 'ASN4294967295', errors: ['aboveLimit'], output: null },
    { name: 'the spelling is fixed, the limit stays', value: 'AS 4200000000', errors: ['wrongPrefix', 'whitespace', 'aboveLimit'], output: 'ASN4200000000' },

    // asdot: high * 65536 + low
    {
      value: 'AS1.10',
      errors: ['wrongPrefix', { messageId: 'asdot', message: 'AS number "AS1.10" is in asdot notation (1.10 = 1 × 65536 + 10); write the plain number: ASN65546' }],
      output: 'ASN65546',
    },
    { value: 'ASN1.10', errors: ['asdot'], output: 'ASN65546' },
    { value: '1.10', errors: ['missingPrefix', 'asdot'], output: 'ASN65546' },
    { value: 'ASN65535.65535', errors: ['asdot', 'aboveLimit'], output: 'ASN4294967295' },
    { value: 'ASN0.100', errors: ['asdot'], output: 'ASN100' },
    { value: 'asn 01.010', errors: ['whitespace', 'asdot'], output: 'ASN65546' },

    // rejected without a fix
    { value: 'AS12abc', errors: [{ messageId: 'trailingJunk', data: { text: '"abc"', number: '12' } }], output: null },
    { value: 'ASN12 abc', errors: ['trailingJunk'], output: null },
    { value: 'ASN12.', errors: ['trailingJunk'], output: null },
    { value: 'ASN12 34', errors: [{ messageId: 'multipleNumbers', data: { text: '"34"', number: '12' } }], output: null },
    { value: 'AS64512-AS65534', errors: ['multipleNumbers'], output: null },
    { value: 'ASN1.2.3', errors: ['multipleNumbers'], output: null },
    { value: '1.2.3.4', errors: ['multipleNumbers'], output: null },
    { value: 'ASN12,ASN13', errors: ['multipleNumbers'], output: null },
    {
      value: 'ASN4294967296',
      errors: [{ messageId: 'outOfRange', message: 'AS number "ASN4294967296" is 4294967296, above 4294967295, the largest AS number (AS numbers are 32-bit)' }],
      output: null,
    },
    { value: '99999999999', errors: ['outOfRange'], output: null },
    { value: 'ASN00000000004294967296', errors: [{ messageId: 'outOfRange', data: { number: '4294967296' } }], output: null },
    { value: 'ASN12345678901234567890123', errors: [{ messageId: 'outOfRange', data: { number: '123456789012… (a 23-digit number)' } }], output: null },
    { value: 'AS65536.1', errors: [{ messageId: 'asdotPartOutOfRange', data: { part: '65536' } }], output: null },
    { value: 'AS1.65536', errors: [{ messageId: 'asdotPartOutOfRange', data: { part: '65536' } }], output: null },
    { value: '', errors: [{ messageId: 'empty', message: 'AS Number is empty; write ASN followed by the number, e.g. ASN12345' }], output: null },
    { value: '   ', errors: ['empty'], output: null },
    { name: 'missing AS Number field', values: {}, errors: ['empty'], output: null },
    { value: 'ASN', errors: [{ messageId: 'noNumber', data: { prefix: 'ASN' } }], output: null },
    { value: 'as ', errors: ['noNumber'], output: null },
    { value: 'ASX12', errors: [{ messageId: 'unexpectedStart', data: { text: '"X12"' } }], output: null },
    { value: 'ASN-12', errors: [{ messageId: 'unexpectedStart', data: { text: '"-12"' } }], output: null },
    { value: 'ASN#12', errors: ['unexpectedStart'], output: null },
    { value: '-12', errors: ['unexpectedStart'], output: null },
    { value: 'ＡＳＮ１２', errors: ['unexpectedStart'], output: null },
    { value: 'ASN١٢', errors: ['unexpectedStart'], output: null },
    { value: 'AS.10', errors: ['unexpectedStart'], output: null },
  ],
});
