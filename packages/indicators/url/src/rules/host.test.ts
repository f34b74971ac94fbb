import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'host', {
  valid: [
    // seed: CORRECT, verbatim
    'http://example.com',
    'https://xn--sterreich-z7a.icom.museum/Path?Q=1#F',
    { values: { text: 'https://www.example.com/' } },
    'http://10.0.0.1/',
    'http://localhost/',
    // the URL pattern accepts underscores in labels other than the top-level domain
    'http://_dmarc.example.com/',
    // no host to check: other rules' business
    'mailto:user@EXAMPLE.com',
    'example.com/path',
    'HTTP://example.com',
    'http://example.com./',
    'http://example.com:abc/',
    'http://a-.example.com/',
  ],
  invalid: [
    // seed: INCORRECT, verbatim
    {
      value: 'http://EXAMPLE.com',
      errors: [
        {
          messageId: 'uppercase',
          field: 'text',
          message: 'URL "http://EXAMPLE.com" has upper-case letters in its host "EXAMPLE.com"; the domain must be lower case: "http://example.com"',
        },
      ],
      output: 'http://example.com',
    },
    // only the host changes: no "/" added, default port kept, path, query and fragment untouched
    { value: 'http://EXAMPLE.com:80/A/../b?Q=1#F', errors: ['uppercase'], output: 'http://example.com:80/A/../b?Q=1#F' },
    { value: 'https://EXAMPLE.com:443', errors: ['uppercase'], output: 'https://example.com:443' },
    { value: 'http://EXAMPLE.com?Q=%2F', errors: ['uppercase'], output: 'http://example.com?Q=%2F' },
    { value: 'http://EXAMPLE.com#Frag', errors: ['uppercase'], output: 'http://example.com#Frag' },
    { value: 'ftp://FTP.Example.com/Pub/', errors: ['uppercase'], output: 'ftp://ftp.example.com/Pub/' },
    // the root dot is url/trailing-dot's: kept here
    { value: 'http://EXAMPLE.com./', errors: ['uppercase'], output: 'http://example.com./' },
    // the scheme is url/scheme-case's: kept here
    { value: 'HTTP://EXAMPLE.com/', errors: ['uppercase'], output: 'HTTP://example.com/' },

    // internationalized hosts: UTS #46 non-transitional, then Punycode
    {
      value: 'http://österreich.icom.museum/A?b=C#D',
      errors: [{ messageId: 'nonAscii', data: { host: '"österreich.icom.museum"' } }],
      output: 'http://xn--sterreich-z7a.icom.museum/A?b=C#D',
    },
    { value: 'https://faß.de/', errors: ['nonAscii'], output: 'https://xn--fa-hia.de/' },
    { value: 'http://ÖSTERREICH.icom.museum:8080', errors: ['nonAscii'], output: 'http://xn--sterreich-z7a.icom.museum:8080' },
    { value: 'http://ｅｘａｍｐｌｅ。ｃｏｍ/%E4', errors: ['nonAscii'], output: 'http://example.com/%E4' },
    { value: 'http://-ö.com/', errors: [{ messageId: 'noPunycode', data: { reason: 'label "-ö" starts or ends with a hyphen' } }], output: null },

    // what ThreatConnect's URL pattern refuses in a host
    {
      value: 'http://[2001:db8::1]/',
      errors: [{ messageId: 'ipv6Literal', message: 'URL "http://[2001:db8::1]/" has the IP literal "[2001:db8::1]" as its host; ThreatConnect\'s URL pattern does not accept IPv6 hosts' }],
      output: null,
    },
    { value: 'http://[example.com]/', errors: ['ipv6Literal'], output: null },
    {
      value: 'http://010.0.0.1/',
      errors: [{ messageId: 'ipv4Form', message: 'URL "http://010.0.0.1/" has the IPv4 host "010.0.0.1"; ThreatConnect\'s URL pattern accepts IPv4 hosts only as four decimal numbers 0-255 without leading zeros' }],
      output: null,
    },
    { value: 'http://0X0A.0.0.1/', errors: ['ipv4Form'], output: null },
    { value: 'http://10.0.0.1./', errors: ['ipv4Form'], output: null },
    { value: 'http://example.c/', errors: [{ messageId: 'tld', data: { tld: '"c"' } }], output: null },
    { value: 'http://example.mp3/', errors: ['tld'], output: null },
    { value: 'http://a.b_c/', errors: ['tld'], output: null },
    { value: 'http://-a.com/', errors: [{ messageId: 'invalidHost', data: { problem: 'has label "-a" starting or ending with a hyphen' } }], output: null },

    // hosts no fix can repair
    {
      value: 'http://a..b/',
      errors: [{ messageId: 'invalidHost', message: 'URL "http://a..b/" has an invalid host "a..b": it has an empty label' }],
      output: null,
    },
    { value: 'http://exa mple.com/', errors: ['invalidHost'], output: null },
    { value: 'http://ex%41mple.com/', errors: [{ messageId: 'invalidHost', data: { problem: 'contains "%", which is not allowed in a host name' } }], output: null },
    { value: 'http://example[.]com/', errors: [{ messageId: 'invalidHost', data: { problem: 'contains "[", which is not allowed in a host name; it looks defanged: write "." for "[.]"' } }], output: null },
    { value: 'http://999.1.1.1/', errors: ['invalidHost'], output: null },
    { value: 'http://１０.０.０.１/', errors: ['invalidHost'], output: null },
    // two problems in one host: the case is fixed, the empty label stays
    { value: 'http://EXAMPLE..com/', errors: ['uppercase', 'invalidHost'], output: 'http://example..com/' },

    // no host where the scheme needs one
    { value: 'http:///path', errors: [{ messageId: 'missingHost', message: 'URL "http:///path" has no host; a http URL is written http://host/...' }], output: null },
    { value: 'http:example.com', errors: ['missingHost'], output: null },
    { value: 'HTTPS://user@/x', errors: [{ messageId: 'missingHost', data: { scheme: 'https' } }], output: null },
  ],
});
