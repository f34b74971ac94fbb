import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'dot', {
  valid: [
    'example.com',
    'example[com',
    'example[..]com',
    'example[dots]com',
    { type: 'URL', value: 'http://[2001:db8::1]/a(b)c' },
    { type: 'Address', value: '[::1]' },
    { type: 'Address', value: '[::]' },
  ],
  invalid: [
    {
      value: 'example[.]com',
      errors: [{ messageId: 'dot', field: 'hostName', message: '"example[.]com" has the defanged dot "[.]"; ThreatConnect needs ".": "example.com"' }],
      output: 'example.com',
    },
    { value: 'example(.)com', errors: [{ messageId: 'dot', data: { written: '"(.)"' } }], output: 'example.com' },
    { value: 'example{.}com', errors: ['dot'], output: 'example.com' },
    { value: 'example[dot]com', errors: [{ messageId: 'dot', data: { written: '"[dot]"' } }], output: 'example.com' },
    { value: 'example(dot)com', errors: ['dot'], output: 'example.com' },
    { value: 'EXAMPLE[DOT]COM', errors: ['dot'], output: 'EXAMPLE.COM' },
    { value: 'www[.]example(.)co{dot}uk', errors: [{ messageId: 'dot', data: { written: '"[.]"', more: ' (3 in all)' } }], output: 'www.example.co.uk' },
    { name: 'a bracketed word between words takes its spaces along', value: 'example [dot] com', errors: [{ messageId: 'dot', data: { written: '" [dot] "' } }], output: 'example.com' },
    { type: 'Address', value: '1[.]2[.]3[.]4', errors: [{ messageId: 'dot', field: 'ip', data: { more: ' (3 in all)' } }], output: '1.2.3.4' },
    { type: 'CIDR', value: '10.0.0[.]0/8', errors: [{ messageId: 'dot', field: 'Block' }], output: '10.0.0.0/8' },
    { type: 'URL', value: 'http://evil[.]example/malware[.]exe', errors: [{ messageId: 'dot', field: 'text' }], output: 'http://evil.example/malware.exe' },
    { type: 'EmailAddress', value: 'john@example[.]com', errors: [{ messageId: 'dot', field: 'address' }], output: 'john@example.com' },
  ],
});
