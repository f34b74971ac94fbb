import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'port', {
  valid: ['http://example.com', 'http://example.com:80/', 'http://example.com:65535/', 'http://example.com:0080/', 'http://example.com:/', 'http://[::1]:8080/', 'http://user:pass@example.com/'],
  invalid: [
    {
      value: 'http://example.com:65536/',
      errors: [{ messageId: 'invalidPort', field: 'text', message: 'URL "http://example.com:65536/" has the port "65536", which is not a number from 0 to 65535' }],
    },
    { value: 'http://example.com:abc/', errors: [{ messageId: 'invalidPort', data: { port: '"abc"' } }] },
    { value: 'http://example.com:-1/', errors: ['invalidPort'] },
    { value: 'http://example.com:80:80/', errors: [{ messageId: 'invalidPort', data: { hint: '' } }] },
    { value: 'http://fe80::1%eth0/', errors: [{ messageId: 'invalidPort', data: { port: '":1%eth0"', hint: '; an IPv6 address in a URL is written in brackets, e.g. http://[2001:db8::1]/' } }] },
    { value: 'http://2001:db8::1/', errors: [{ messageId: 'invalidPort', data: { hint: '; an IPv6 address in a URL is written in brackets, e.g. http://[2001:db8::1]/' } }] },
    { value: 'http://[::1]x/', errors: [{ messageId: 'afterHost', message: 'URL "http://[::1]x/" has "x" after its IPv6 host; only ":port" may follow "]"' }] },
  ],
});
