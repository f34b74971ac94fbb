import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'colon', {
  valid: [{ type: 'URL', value: 'http://example.com' }, { type: 'Address', value: '[2001:db8::1]' }, { type: 'URL', value: 'http://example.com/[:x]' }],
  invalid: [
    {
      type: 'URL',
      value: 'http[://]example.com',
      errors: [{ messageId: 'colon', field: 'text', message: '"http[://]example.com" has the defanged "[://]"; ThreatConnect needs "://": "http://example.com"' }],
      output: 'http://example.com',
    },
    { type: 'URL', value: 'https[:]//example.com', errors: [{ messageId: 'colon', data: { written: '"[:]"', expected: '":"' } }], output: 'https://example.com' },
    { type: 'URL', value: 'http(:)//example.com:8080', errors: ['colon'], output: 'http://example.com:8080' },
    { type: 'URL', value: 'http://example.com[:]8080/', errors: ['colon'], output: 'http://example.com:8080/' },
    { type: 'Address', value: '2001[:]db8[:][:]1', errors: [{ messageId: 'colon', field: 'ip', data: { more: ' (3 in all)' } }], output: '2001:db8::1' },
  ],
});
