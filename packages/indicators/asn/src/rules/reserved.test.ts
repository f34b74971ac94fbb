import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'reserved', {
  valid: [
    'ASN12345',
    'ASN1',
    'ASN23455',
    'ASN23457',
    'ASN64495',
    'ASN65552',
    'ASN4199999999',
    // the rule looks at the number, not the spelling (asn/format handles that)
    'AS 12345',
    // not an AS number at all: asn/format reports it
    'AS12abc',
    'ASN4294967296',
    '',
  ],
  invalid: [
    { value: 'ASN0', errors: [{ messageId: 'reserved', severity: 'warning', data: { range: '0', reference: 'RFC 7607' } }] },
    {
      value: 'ASN23456',
      errors: [{ messageId: 'asTrans', message: 'ASN23456 is AS_TRANS (RFC 6793), the stand-in that 2-byte BGP speakers see for any 4-byte AS number; it does not identify a network' }],
    },
    {
      value: 'ASN64496',
      errors: [{ messageId: 'documentation', message: 'ASN64496 is reserved for documentation and examples (64496–64511, RFC 5398); it does not identify a real network' }],
    },
    { value: 'ASN64511', errors: ['documentation'] },
    {
      value: 'ASN64512',
      errors: [{ messageId: 'privateUse', message: 'ASN64512 is a private-use AS number (64512–65534, RFC 6996); it does not identify a public network' }],
    },
    { value: 'ASN65534', errors: ['privateUse'] },
    { value: 'ASN65535', errors: [{ messageId: 'reserved', data: { range: '65535', reference: 'RFC 7300' } }] },
    { value: 'ASN65536', errors: [{ messageId: 'documentation', data: { range: '65536–65551' } }] },
    { value: 'ASN65551', errors: ['documentation'] },
    { value: 'ASN4200000000', errors: [{ messageId: 'privateUse', data: { range: '4200000000–4294967294' } }] },
    { value: 'ASN4294967294', errors: ['privateUse'] },
    { value: 'ASN4294967295', errors: [{ messageId: 'reserved', data: { range: '4294967295', reference: 'RFC 7300' } }] },
    // named by its canonical form, whatever the spelling
    { value: 'AS 0.64512', errors: [{ messageId: 'privateUse', data: { asn: 'ASN64512' } }] },
    { value: 'as1.0', errors: [{ messageId: 'documentation', data: { asn: 'ASN65536' } }] },
  ],
});
