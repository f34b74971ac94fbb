import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'typographic-dash', {
  valid: ['example.com', 'a-b.example.com', 'xn--metaspport-v43e.com', 'österreich.icom.museum'],
  invalid: [
    // real report lines (issue 16): never turned into Punycode, read with ASCII hyphens
    {
      value: 'xn–metaspport-v43e.com',
      errors: [
        {
          messageId: 'dash',
          field: 'hostName',
          severity: 'warning',
          message: 'Host "xn–metaspport-v43e.com" has the typographic dash "–" (U+2013) where a host name has a hyphen; it probably means "xn--metaspport-v43e.com"',
        },
      ],
      output: 'xn--metaspport-v43e.com',
    },
    { value: 'neurotonix–buy.us', errors: [{ messageId: 'dash', data: { char: '"–" (U+2013)' } }], output: 'neurotonix-buy.us' },
    { value: 'us‐nation‐ny.cf', errors: [{ messageId: 'dash', data: { char: '"‐" (U+2010)' } }], output: 'us-nation-ny.cf' },
    { value: 'a—b.com', errors: ['dash'], output: 'a-b.com' },
    // only the dashes change
    { value: ' Bad―Name.com ', errors: ['dash'], output: ' Bad-Name.com ' },
    // no fix where the hyphen reading is refused anyway
    { value: 'file–name.exe', errors: ['dash'], output: null },
  ],
});
