import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'underscore', {
  valid: ['example.com', 'xn--sterreich-z7a.icom.museum', 'a-b.example.com'],
  invalid: [
    {
      value: '_dmarc.example.com',
      errors: [
        {
          messageId: 'underscore',
          field: 'hostName',
          message:
            "Host \"_dmarc.example.com\" has an underscore in label \"_dmarc\"; ThreatConnect's Host pattern does not accept underscores (real DNS names such as _dmarc.example.com have them, but the platform refuses them as Host indicators)",
          severity: 'error',
        },
      ],
    },
    { value: '_sip._tcp.example.com', errors: [{ messageId: 'underscore', data: { label: '"_sip"', more: ' (and 1 more label)' } }] },
    { value: 'my_site.example.com', errors: ['underscore'] },
  ],
});
