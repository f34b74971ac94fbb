import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'port', {
  valid: ['http://example.com', 'http://example.com:80/', 'http://example.com:65535/', 'http://example.com:1/', 'http://[::1]:8080/', 'http://user:pass@example.com/'],
  invalid: [
    {
      value: 'http://example.com:65536/',
      errors: [{ messageId: 'invalidPort', field: 'text', message: 'URL "http://example.com:65536/" has the port "65536"; ThreatConnect\'s URL pattern accepts only a number from 1 to 65535 without leading zeros' }],
      output: null,
    },
    { value: 'http://example.com:0/', errors: [{ messageId: 'invalidPort', data: { port: '"0"' } }], output: null },
    { value: 'http://example.com:abc/', errors: [{ messageId: 'invalidPort', data: { port: '"abc"' } }], output: null },
    { value: 'http://example.com:-1/', errors: ['invalidPort'], output: null },
    { value: 'http://example.com:80:80/', errors: [{ messageId: 'invalidPort', data: { hint: '' } }], output: null },
    { value: 'http://2001:db8::1/', errors: [{ messageId: 'invalidPort', data: { hint: '; an IPv6 address in a URL is written in brackets, e.g. http://[2001:db8::1]/ (which ThreatConnect refuses too)' } }], output: null },
    { value: 'http://[::1]x/', errors: [{ messageId: 'afterHost', message: 'URL "http://[::1]x/" has "x" after its IPv6 host; only ":port" may follow "]"' }], output: null },
    // the same URL, written as the pattern accepts it
    {
      value: 'http://example.com:/',
      errors: [{ messageId: 'emptyPort', message: 'URL "http://example.com:/" has ":" with no port after it; ThreatConnect\'s URL pattern refuses it. Without the ":" it means the same: "http://example.com/"' }],
      output: 'http://example.com/',
    },
    { value: 'http://example.com:0080/', errors: [{ messageId: 'leadingZeros', data: { port: '"0080"' } }], output: 'http://example.com:80/' },
  ],
});
