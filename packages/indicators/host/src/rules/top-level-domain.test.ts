import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'top-level-domain', {
  valid: [
    'example.com',
    'xn--sterreich-z7a.icom.museum',
    'example.xn--p1ai',
    'EXAMPLE.COM',
    'example.international',
    'example.local',
    // ThreatConnect refuses "dat", "gif" and "xn" only as whole top-level domains
    'example.dating',
    'example.gifts',
    // the root dot is host/trailing-dot's
    'example.com.',
    // other rules' business
    '10.0.0.1',
    'a..b',
    '',
  ],
  invalid: [
    {
      value: 'localhost',
      errors: [
        {
          messageId: 'singleLabel',
          field: 'hostName',
          message: 'Host "localhost" is a single label with no top-level domain; ThreatConnect\'s Host pattern refuses single-label names (write the full name, e.g. host.example.com)',
        },
      ],
    },
    { value: 'example.123', errors: [{ messageId: 'numeric', data: { tld: '"123"' } }] },
    { value: '1.2.3.4.5', errors: ['numeric'] },
    { value: '999.1.1.1', errors: ['numeric'] },
    { value: 'example.b2b', errors: [{ messageId: 'digit', data: { tld: '"b2b"' } }] },
    { value: 'example.co-m', errors: ['notLetters'] },
    { value: 'example.c', errors: ['tooShort'] },
    { value: 'a.b.c', errors: ['tooShort'] },
    {
      value: 'example.travelersinsurance',
      errors: [
        {
          messageId: 'tooLong',
          message: 'Host "example.travelersinsurance" has the top-level domain "travelersinsurance" of 18 letters; ThreatConnect\'s Host pattern does not accept top-level domains longer than 13 letters',
        },
      ],
    },
    { value: 'example.xn--vermgensberater-ctb', errors: ['punycodeShape'] },
    {
      value: 'MiniDump.exe',
      errors: [
        {
          messageId: 'excludedPrefix',
          message:
            'Host "MiniDump.exe" has the top-level domain "exe"; ThreatConnect\'s Host pattern refuses top-level domains that begin with "exe" (one of its excluded words, such as exe, js, doc, log and arpa); it looks like a file name, not a host',
        },
      ],
    },
    { value: 'update.bat', errors: [{ messageId: 'excludedPrefix', data: { word: 'bat' } }] },
    { value: 'libcurl.dll', errors: ['excludedPrefix'] },
    // real top-level domains the pattern refuses
    { value: 'example.doctor', errors: [{ messageId: 'excludedPrefix', data: { word: 'doc', hint: '' } }] },
    { value: 'example.flights', errors: [{ messageId: 'excludedPrefix', data: { word: 'fl' } }] },
    { value: '1.0.0.127.in-addr.arpa', errors: [{ messageId: 'excludedPrefix', data: { word: 'arpa' } }] },
    { value: 'example.dat', errors: [{ messageId: 'excludedWord', data: { tld: '"dat"' } }] },
    { value: 'example.gif', errors: ['excludedWord'] },
    { value: 'example.xn', errors: ['excludedWord'] },
  ],
});
