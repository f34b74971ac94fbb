import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'idn', {
  valid: [
    'xn--sterreich-z7a.icom.museum',
    'xn--fa-hia.de',
    'xn--mnchen-3ya.de',
    'xn--ls8h.la',
    'xn--9dbne9b.xn--9dbq2a',
    'example.com',
    // a label with another problem is reported by that rule only
    'xn--abc-.com',
    // upper case is host/lowercase's business; the lower-case form is valid
    'XN--STERREICH-Z7A.icom.museum',
  ],
  invalid: [
    {
      value: 'xn--zz.com',
      errors: [
        {
          messageId: 'invalidLabel',
          field: 'hostName',
          message: 'Host "xn--zz.com": label "xn--zz" is not valid Punycode; a Punycode label must decode to a valid internationalized label (UTS #46)',
        },
      ],
    },
    { value: 'xn--ab--fta.com', errors: [{ messageId: 'invalidLabel', data: { reason: 'label "xn--ab--fta" decodes to "abħ-", which starts or ends with a hyphen' } }] },
    { value: 'xn--a.com', errors: [{ messageId: 'invalidLabel', data: { reason: 'label "xn--a" decodes to "\\u0080", which contains "\\u0080" (U+0080), which is not valid in a Punycode label (UTS #46 disallows or maps it)' } }] },
    // "mÜnchen": a decoded label must not hold characters UTS #46 maps (Ü to ü)
    { value: 'xn--mnchen-psa.de', errors: [{ messageId: 'invalidLabel', data: { reason: 'label "xn--mnchen-psa" decodes to "mÜnchen", which contains "Ü" (U+00DC), which is not valid in a Punycode label (UTS #46 disallows or maps it)' } }] },
    // a decomposed ö: not NFC
    { value: 'xn--osterreich-y2f.icom.museum', errors: [{ messageId: 'invalidLabel', data: { reason: 'label "xn--osterreich-y2f" decodes to "o\u0308sterreich", which is not in Unicode normalization form NFC' } }] },
    { value: 'xn--zz.xn--yy.com', errors: [{ messageId: 'invalidLabel', data: { more: ' (1 more such label)' } }] },
    {
      value: 'ab--c.com',
      errors: [
        {
          messageId: 'reservedHyphens',
          severity: 'warning',
          message: 'Host "ab--c.com" has label "ab--c" with hyphens in the 3rd and 4th positions; those are reserved for Punycode labels, which start with "xn--"',
        },
      ],
    },
    {
      value: '1a.xn--9dbne9b',
      errors: [
        {
          messageId: 'bidi',
          message: 'Host "1a.xn--9dbne9b": the name has right-to-left labels and breaks the Bidi rule (RFC 5893), which, among other things, wants every label to start with a letter',
        },
      ],
    },
  ],
});
