import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'scheme', {
  valid: ['http://example.com', 'https://example.com/path', 'HTTP://EXAMPLE.com', 'ftp://example.com', 'sftp://example.com/'],
  invalid: [
    {
      value: 'example.com/path',
      errors: [
        {
          messageId: 'missingScheme',
          field: 'text',
          message: 'URL "example.com/path" has no scheme; ThreatConnect URLs are written with their protocol, e.g. "http://example.com/path" (a bare host name is a Host indicator)',
        },
      ],
    },
    { value: 'www.example.com', errors: ['missingScheme'] },
    { value: 'example.com:8080/path', errors: ['missingScheme'] },
    { value: 'localhost:3000', errors: ['missingScheme'] },
    { value: '1http://example.com', errors: ['missingScheme'] },
    { value: '//example.com/path', errors: [{ messageId: 'schemeRelative', data: { example: '"http://example.com/path"' } }] },
    { value: '', errors: [{ messageId: 'empty', message: 'URL is empty; ThreatConnect URLs are written with their protocol, e.g. http://example.com/' }] },
    { name: 'no text field', values: {}, errors: ['empty'] },
    { value: '   ', errors: ['empty'] },
    // the schemes ThreatConnect's URL pattern accepts are http, https, ftp and sftp
    {
      value: 'mailto:user@example.com',
      errors: [{ messageId: 'notAccepted', message: 'URL "mailto:user@example.com" has the scheme "mailto"; ThreatConnect\'s URL pattern accepts only http, https, ftp and sftp URLs' }],
    },
    { value: 'ws://example.com/', errors: [{ messageId: 'notAccepted', data: { scheme: '"ws"', hint: '' } }] },
    { value: 'urn:isbn:0451450523', errors: ['notAccepted'] },
    { value: 'hxxp://example.com/', errors: [{ messageId: 'notAccepted', data: { hint: '; it looks defanged: write the real scheme (the @tclint/indicator-defanged rules refang it)' } }] },
    // a defanged URL gets no scheme glued onto it (issue 16)
    {
      value: 'hxxps[://]serviciilaser[.]ro/xmlrpc.php',
      errors: [
        {
          messageId: 'defanged',
          message: 'URL "hxxps[://]serviciilaser[.]ro/xmlrpc.php" has no scheme ThreatConnect can read: it looks defanged; write it refanged, with its real scheme (the @tclint/indicator-defanged rules refang it)',
        },
      ],
    },
    { value: 'evil[.]example/x', errors: ['defanged'] },
    { value: '212.192.241.155/up/setup.exe', errors: [{ messageId: 'missingScheme', data: { example: '"http://212.192.241.155/up/setup.exe"' } }] },
  ],
});
