import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'domain', {
  valid: ['user@example.com', 'John.Doe@example.com', 'user@xn--sterreich-z7a.icom.museum', 'user@xn--fa-hia.de', 'user@mail_relay.example.com', 'user@localhost', 'user@'],
  invalid: [
    {
      value: 'John.Doe@EXAMPLE.com',
      errors: [
        {
          messageId: 'uppercase',
          field: 'address',
          message:
            'The domain "EXAMPLE.com" of "John.Doe@EXAMPLE.com" has upper-case letters; ThreatConnect wants the domain of an email address in lower case, like a Host: "John.Doe@example.com"',
        },
      ],
      output: 'John.Doe@example.com',
    },
    { name: 'the local part keeps its case', value: 'MixedCase.Local@Example.Org', errors: ['uppercase'], output: 'MixedCase.Local@example.org' },
    { name: 'a quoted local part is kept as written', value: '"A@B"@EXAMPLE.COM', errors: ['uppercase'], output: '"A@B"@example.com' },
    {
      value: 'user@österreich.icom.museum',
      errors: [{ messageId: 'nonAscii', message: 'The domain "österreich.icom.museum" of "user@österreich.icom.museum" is not ASCII; ThreatConnect wants it in Punycode, like a Host: "user@xn--sterreich-z7a.icom.museum"' }],
      output: 'user@xn--sterreich-z7a.icom.museum',
    },
    { name: 'UTS #46 non-transitional: ß is kept', value: 'Hans@Faß.de', errors: ['nonAscii'], output: 'Hans@xn--fa-hia.de' },
    { value: 'user@例え.jp', errors: ['nonAscii'], output: 'user@xn--r8jz45g.jp' },
    { value: 'user@example.com.', errors: [{ messageId: 'trailingDot', data: { fixed: '"user@example.com"' } }], output: 'user@example.com' },
    { value: 'user@EXAMPLE.COM.', errors: ['trailingDot', 'uppercase'], output: 'user@example.com' },
    { value: 'user@-ö.com', errors: [{ messageId: 'noPunycode' }], output: null },
    { value: 'user@10.0.0.1', errors: [{ messageId: 'ipAddress', message: 'The domain "10.0.0.1" of "user@10.0.0.1" is an IP address; the domain of an EmailAddress indicator is a host name' }], output: null },
    { value: 'user@[10.0.0.1]', errors: ['addressLiteral'], output: null },
    { value: 'user@[IPv6:2001:db8::1]', errors: ['addressLiteral'], output: null },
    { value: `user@${'a.'.repeat(150)}com`, errors: [{ messageId: 'invalid', data: { detail: 'is 303 characters long, more than 253' } }], output: null },
    { name: 'a domain too long to be worth converting', value: `user@${'A'.repeat(2000)}.com`, errors: [{ messageId: 'invalid', data: { detail: 'is 2004 characters long, more than 253' } }], output: null },
    { value: 'user@a..b', errors: [{ messageId: 'invalid', message: 'The domain "a..b" of "user@a..b" has an empty label' }], output: null },
    { value: 'user@-a.com', errors: [{ messageId: 'invalid', data: { detail: 'has label "-a" starting or ending with a hyphen' } }], output: null },
    { value: 'user@ example.com', errors: [{ messageId: 'invalid', data: { detail: 'has whitespace around it' } }], output: null },
    { value: 'user@example[.]com', errors: [{ messageId: 'invalid', data: { detail: 'contains "[", which is not allowed in a host name; it looks defanged: write "." for "[.]"' } }], output: null },
  ],
});
