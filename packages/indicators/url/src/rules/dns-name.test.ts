import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'dns-name', {
  valid: ['http://example.com/', 'http://a-b.example.com/', 'http://_dmarc.example.com/', 'http://-a.com/'],
  invalid: [
    {
      value: 'http://a-.example.com/',
      errors: [
        {
          messageId: 'dnsName',
          severity: 'warning',
          message: 'URL "http://a-.example.com/" has the host "a-.example.com", which has label "a-" starting or ending with a hyphen; ThreatConnect accepts it, but no resolver would find such a host',
        },
      ],
    },
    { value: 'http://ab--c.com/', errors: ['dnsName'] },
    { value: 'http://xn--zz.com/', errors: ['dnsName'] },
  ],
});
