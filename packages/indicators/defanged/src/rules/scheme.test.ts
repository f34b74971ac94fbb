import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'scheme', {
  valid: [
    { type: 'URL', value: 'http://example.com/' },
    { type: 'URL', value: 'https://example.com/hxxp://' },
    { type: 'URL', value: 'ftp://hxxp.example.com/' },
    { type: 'Host', value: 'hxxp.example.com' },
    { type: 'URL', value: 'hxxpx://example.com' },
  ],
  invalid: [
    {
      type: 'URL',
      value: 'hxxp://example.com/',
      errors: [
        {
          messageId: 'scheme',
          field: 'text',
          message: '"hxxp://example.com/" starts with the defanged scheme "hxxp"; ThreatConnect needs the real scheme "http": "http://example.com/"',
        },
      ],
      output: 'http://example.com/',
    },
    { type: 'URL', value: 'hXXps://example.com/', errors: [{ messageId: 'scheme', data: { written: '"hXXps"', expected: '"https"' } }], output: 'https://example.com/' },
    { type: 'URL', value: 'HXXP://example.com', errors: ['scheme'], output: 'http://example.com' },
    { name: 'only the scheme: the colon is defanged/colon\'s', type: 'URL', value: 'hxxps[:]//example.com', errors: ['scheme'], output: 'https[:]//example.com' },
    { type: 'URL', value: 'hxxp[://]example.com', errors: ['scheme'], output: 'http[://]example.com' },
    { name: 'whitespace around is kept for the type\'s own whitespace rule', type: 'URL', value: ' hxxp://example.com ', errors: ['scheme'], output: ' http://example.com ' },
    { name: 'a defanged URL typed as a Host is refanged too', type: 'Host', value: 'hxxp://example.com', errors: [{ messageId: 'scheme', field: 'hostName' }], output: 'http://example.com' },
  ],
});
