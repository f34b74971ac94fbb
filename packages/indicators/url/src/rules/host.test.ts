import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'host', {
  valid: [
    // seed: CORRECT, verbatim
    'http://example.com',
    'https://xn--sterreich-z7a.icom.museum/Path?Q=1#F',
    'http://user:PassWord@example.com:8080/A/B',
    { values: { text: 'https://www.example.com/' } },
    // IP literals are not run through IDNA, and not rewritten
    'http://10.0.0.1/',
    'http://010.0.0.1/',
    'http://0X0A.0.0.1/',
    'http://[2001:db8::1]/',
    'http://[2001:db8::1]:8080/',
    // the zone id is a name and keeps its case
    'http://[fe80::1%25Eth0]/',
    // policy: underscores pass in URLs
    'http://_dmarc.example.com/',
    // no host to check, or none required
    'file:///etc/passwd',
    'mailto:user@EXAMPLE.com',
    'urn:isbn:0451450523',
    // other rules' business
    'example.com/path',
    'HTTP://example.com',
    'http://example.com./',
    'http://example.com:abc/',
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
    { value: 'http://User:Pass@WWW.Example.COM:8080/Path', errors: ['uppercase'], output: 'http://User:Pass@www.example.com:8080/Path' },
    { value: 'http://a@b@EXAMPLE.com/', errors: ['uppercase'], output: 'http://a@b@example.com/' },
    { value: 'http://EXAMPLE.com?Q=%2F', errors: ['uppercase'], output: 'http://example.com?Q=%2F' },
    { value: 'http://EXAMPLE.com#Frag', errors: ['uppercase'], output: 'http://example.com#Frag' },
    { value: 'http://EXAMPLE.com\\Path', errors: ['uppercase'], output: 'http://example.com\\Path' },
    { value: 'ftp://FTP.Example.com/Pub/', errors: ['uppercase'], output: 'ftp://ftp.example.com/Pub/' },
    { value: 'ssh://GIT.Example.com/Repo', errors: ['uppercase'], output: 'ssh://git.example.com/Repo' },
    // the root dot is url/trailing-dot's: kept here
    { value: 'http://EXAMPLE.com./', errors: ['uppercase'], output: 'http://example.com./' },
    // the scheme is url/scheme-case's: kept here
    { value: 'HTTP://EXAMPLE.com/', errors: ['uppercase'], output: 'HTTP://example.com/' },

    // internationalized hosts: UTS #46 non-transitional, then Punycode
    {
      value: 'http://österreich.icom.museum/Ä?ü=Ö#ß',
      errors: [{ messageId: 'nonAscii', data: { host: '"österreich.icom.museum"' } }],
      output: 'http://xn--sterreich-z7a.icom.museum/Ä?ü=Ö#ß',
    },
    { value: 'https://faß.de/', errors: ['nonAscii'], output: 'https://xn--fa-hia.de/' },
    { value: 'http://ÖSTERREICH.icom.museum:8080', errors: ['nonAscii'], output: 'http://xn--sterreich-z7a.icom.museum:8080' },
    { value: 'http://ｅｘａｍｐｌｅ。ｃｏｍ/%E4', errors: ['nonAscii'], output: 'http://example.com/%E4' },
    { value: 'http://-ö.com/', errors: [{ messageId: 'noPunycode', data: { reason: 'label "-ö" starts or ends with a hyphen' } }], output: null },

    // IPv6 literals: only the hex digits' case
    {
      value: 'http://[2001:DB8::1]/',
      errors: [{ messageId: 'uppercaseIpv6', message: 'URL "http://[2001:DB8::1]/" has upper-case hex digits in its IPv6 host "[2001:DB8::1]"; write them in lower case: "http://[2001:db8::1]/"' }],
      output: 'http://[2001:db8::1]/',
    },
    { value: 'http://[FE80::1%25Eth0]:8080/A', errors: ['uppercaseIpv6'], output: 'http://[fe80::1%25Eth0]:8080/A' },
    { value: 'http://[example.com]/', errors: ['invalidIpv6'], output: null },
    { value: 'http://[::1/', errors: [{ messageId: 'invalidIpv6', data: { host: '"[::1"' } }], output: null },

    // hosts no fix can repair
    {
      value: 'http://a..b/',
      errors: [{ messageId: 'invalidHost', message: 'URL "http://a..b/" has an invalid host "a..b": it has an empty label' }],
      output: null,
    },
    { value: 'http://-a.com/', errors: [{ messageId: 'invalidHost', data: { problem: 'has label "-a" starting or ending with a hyphen' } }], output: null },
    { value: 'http://exa mple.com/', errors: ['invalidHost'], output: null },
    { value: 'http://ex%41mple.com/', errors: [{ messageId: 'invalidHost', data: { problem: 'contains "%", which is not allowed in a host name' } }], output: null },
    { value: 'hxxp://example[.]com/', errors: [{ messageId: 'invalidHost', data: { problem: 'contains "[", which is not allowed in a host name; it looks defanged: write "." for "[.]"' } }], output: null },
    { value: 'http://999.1.1.1/', errors: ['invalidHost'], output: null },
    { value: 'http://xn--zz.com/', errors: ['invalidHost'], output: null },
    { value: 'http://１０.０.０.１/', errors: ['invalidHost'], output: null },
    // two problems in one host: the case is fixed, the empty label stays
    { value: 'http://EXAMPLE..com/', errors: ['uppercase', 'invalidHost'], output: 'http://example..com/' },

    // no host where the scheme needs one
    { value: 'http:///path', errors: [{ messageId: 'missingHost', message: 'URL "http:///path" has no host; a http URL is written http://host/...' }], output: null },
    { value: 'http:example.com', errors: ['missingHost'], output: null },
    { value: 'HTTPS://user@/x', errors: [{ messageId: 'missingHost', data: { scheme: 'https' } }], output: null },
  ],
});
