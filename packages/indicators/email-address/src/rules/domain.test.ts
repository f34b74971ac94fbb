import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'domain', {
  valid: [
    'user@example.com',
    'John.Doe@example.com',
    'user@xn--sterreich-z7a.icom.museum',
    'user@xn--fa-hia.de',
    // other rules' business: the case (a warning), DNS-only findings, the structure
    'John.Doe@EXAMPLE.com',
    `user@${'a.'.repeat(150)}com`,
    'user@1.2.3.45',
    'user@',
  ],
  invalid: [
    {
      value: 'user@österreich.icom.museum',
      errors: [{ messageId: 'nonAscii', field: 'address', message: 'The domain "österreich.icom.museum" of "user@österreich.icom.museum" is not ASCII; ThreatConnect wants it in Punycode, like a Host: "user@xn--sterreich-z7a.icom.museum"' }],
      output: 'user@xn--sterreich-z7a.icom.museum',
    },
    { name: 'UTS #46 non-transitional: ß is kept', value: 'Hans@Faß.de', errors: ['nonAscii'], output: 'Hans@xn--fa-hia.de' },
    { value: 'user@例え.jp', errors: ['nonAscii'], output: 'user@xn--r8jz45g.jp' },
    { value: 'user@example.com.', errors: [{ messageId: 'trailingDot', data: { fixed: '"user@example.com"' } }], output: 'user@example.com' },
    { value: 'user@-ö.com', errors: [{ messageId: 'noPunycode' }], output: null },
    { value: 'user@10.0.0.1', errors: [{ messageId: 'ipAddress', message: 'The domain "10.0.0.1" of "user@10.0.0.1" is an IP address; the domain of an EmailAddress indicator is a host name' }], output: null },
    { value: 'user@[10.0.0.1]', errors: ['addressLiteral'], output: null },
    { value: 'user@[IPv6:2001:db8::1]', errors: ['addressLiteral'], output: null },
    { value: 'user@a..b', errors: [{ messageId: 'invalid', message: 'The domain "a..b" of "user@a..b" has an empty label' }], output: null },
    { value: 'user@-a.com', errors: [{ messageId: 'invalid', data: { detail: 'has label "-a" starting or ending with a hyphen' } }], output: null },
    { value: 'user@ example.com', errors: [{ messageId: 'invalid', data: { detail: 'has whitespace around it' } }], output: null },
    { value: 'user@example[.]com', errors: [{ messageId: 'invalid', data: { detail: 'contains "[", which is not allowed in a host name; it looks defanged: write "." for "[.]"' } }], output: null },
    // what ThreatConnect's EmailAddress pattern refuses
    {
      value: 'user@mail_relay.example.com',
      errors: [{ messageId: 'underscore', message: 'The domain "mail_relay.example.com" of "user@mail_relay.example.com" has an underscore; ThreatConnect\'s EmailAddress pattern does not accept underscores in the domain' }],
      output: null,
    },
    { value: 'user@localhost', errors: ['singleLabel'], output: null },
    { value: 'user@example.c', errors: [{ messageId: 'shortTld', data: { tld: '"c"' } }], output: null },
    // not fixed where the fixed domain would still be refused
    { value: 'user@ö.c', errors: ['nonAscii', 'shortTld'], output: null },
  ],
});
