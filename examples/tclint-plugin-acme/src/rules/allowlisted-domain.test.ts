import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'allowlisted-domain', {
  valid: [
    'evil.biz',
    'malware.biz',
    // label boundaries: a name that merely ends in an allowlisted name is not under it
    'badexample.com',
    'example.com.evil.biz',
    'notmicrosoft.com',
    'microsoft.com-login.info',
    'testing',
    'localhostx',
    '',
    { type: 'URL', value: 'http://malware.biz/payload.exe' },
    { type: 'URL', value: 'https://evil.biz/?next=https://example.com/' },
    { type: 'URL', value: 'https://example.com@evil.biz/' },
    { type: 'URL', value: 'http://[::1]/admin' },
    { type: 'URL', value: 'example.com/no-scheme' },
    { type: 'URL', value: '1http://example.com/' },
    { type: 'EmailAddress', value: 'attacker@gmail.example.org.evil.biz' },
    { type: 'EmailAddress', value: 'example.com' },
    { type: 'EmailAddress', value: 'someone@' },
    // defaults off: only your own list counts
    { value: 'www.example.com', options: { defaults: false } },
    { value: 'update.microsoft.com', options: { defaults: false, allowlist: ['corp.example'] } },
    { value: 'corp.example.net', options: { allowlist: ['corp.example'], defaults: false } },
  ],
  invalid: [
    {
      value: 'www.example.com',
      errors: [{ messageId: 'specialUse', field: 'hostName', message: '"www.example.com" is under example.com, a special-use domain name (RFC 2606); it never names a host on the internet' }],
    },
    { value: 'example.com', errors: [{ messageId: 'specialUse', data: { domain: 'example.com' } }] },
    { value: 'example.net', errors: [{ messageId: 'specialUse', data: { domain: 'example.net' } }] },
    { value: 'a.b.example.org', errors: [{ messageId: 'specialUse', data: { domain: 'example.org' } }] },
    { value: 'WWW.Example.COM', errors: [{ messageId: 'specialUse', data: { host: '"www.example.com"' } }] },
    { value: 'www.example.com.', errors: [{ messageId: 'specialUse', data: { domain: 'example.com' } }] },
    { value: 'evil.example', errors: [{ messageId: 'specialUse', data: { domain: 'example' } }] },
    { value: 'server.test', errors: [{ messageId: 'specialUse', data: { domain: 'test', reference: 'RFC 2606' } }] },
    { value: 'nothing.invalid', errors: [{ messageId: 'specialUse', data: { domain: 'invalid' } }] },
    { value: 'localhost', errors: [{ messageId: 'specialUse', data: { domain: 'localhost', reference: 'RFC 6761' } }] },
    { value: 'printer.local', errors: [{ messageId: 'specialUse', data: { domain: 'local', reference: 'RFC 6762' } }] },
    { value: 'nas.home.arpa', errors: [{ messageId: 'specialUse', data: { domain: 'home.arpa', reference: 'RFC 8375' } }] },
    {
      value: 'update.microsoft.com',
      errors: [{ messageId: 'common', message: '"update.microsoft.com" is under microsoft.com, a widely used benign domain (default allowlist); make sure it is really malicious' }],
    },
    { value: 'download.windowsupdate.com', errors: [{ messageId: 'common', data: { domain: 'windowsupdate.com' } }] },
    { value: 'www.w3.org', errors: [{ messageId: 'common', data: { domain: 'w3.org' } }] },
    // URLs: the host only, without user info and port
    { type: 'URL', value: 'http://www.example.com/path?q=1#f', errors: [{ messageId: 'specialUse', field: 'text', data: { host: '"www.example.com"' } }] },
    { type: 'URL', value: 'https://user:pw@example.org:8443/', errors: [{ messageId: 'specialUse', data: { domain: 'example.org' } }] },
    { type: 'URL', value: 'HTTP://EXAMPLE.NET', errors: [{ messageId: 'specialUse', data: { domain: 'example.net' } }] },
    { type: 'URL', value: 'ftp://localhost/pub', errors: ['specialUse'] },
    { type: 'URL', value: 'http://www.w3.org/2001/XMLSchema', errors: [{ messageId: 'common', data: { domain: 'w3.org' } }] },
    // email addresses: the domain after the last @
    { type: 'EmailAddress', value: 'alice@example.com', errors: [{ messageId: 'specialUse', field: 'address', data: { host: '"example.com"' } }] },
    { type: 'EmailAddress', value: 'Bob@Mail.Example.ORG', errors: [{ messageId: 'specialUse', data: { host: '"mail.example.org"' } }] },
    { type: 'EmailAddress', value: 'security@apple.com', errors: [{ messageId: 'common', data: { domain: 'apple.com' } }] },
    // your own allowlist, matched on label boundaries; *. and . prefixes mean the same
    {
      value: 'vpn.corp.example.net',
      options: { allowlist: ['corp.example.net'] },
      errors: [{ messageId: 'allowlisted', message: '"vpn.corp.example.net" is under corp.example.net, which is on your allowlist (option "allowlist")' }],
    },
    { value: 'acme.io', options: { allowlist: ['acme.io'] }, errors: [{ messageId: 'allowlisted', data: { domain: 'acme.io' } }] },
    { value: 'mail.acme.io', options: { allowlist: ['*.acme.io'], defaults: false }, errors: [{ messageId: 'allowlisted', data: { domain: 'acme.io' } }] },
    { value: 'mail.acme.io', options: { allowlist: ['.ACME.IO.'] }, errors: [{ messageId: 'allowlisted', data: { domain: 'acme.io' } }] },
    { type: 'URL', value: 'https://intranet.acme.io/login', options: { allowlist: ['acme.io'] }, errors: ['allowlisted'] },
    { type: 'EmailAddress', value: 'it@acme.io', options: { allowlist: ['acme.io'] }, errors: ['allowlisted'] },
    // your entry wins over a default one for the same name
    { value: 'www.example.com', options: { allowlist: ['example.com'] }, errors: ['allowlisted'] },
    // turning the defaults off keeps your own list
    { value: 'www.acme.io', options: { allowlist: ['acme.io'], defaults: false }, errors: ['allowlisted'] },
  ],
});
