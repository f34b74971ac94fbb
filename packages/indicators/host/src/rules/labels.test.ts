import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

const label63 = 'a'.repeat(63);
const name253 = `${label63}.${label63}.${label63}.${'b'.repeat(61)}`;

new RuleTester().run(plugin, 'labels', {
  valid: [
    'example.com',
    'localhost',
    'a.b.c',
    'a-b.example.com',
    '1password.com',
    '123.example.com',
    'xn--sterreich-z7a.icom.museum',
    `${label63}.com`,
    name253,
    // over 253 is host/name-length's; hyphens in positions 3-4 and the top-level domain are other rules' too
    `${name253}c`,
    'ab--c.com',
    'example.123',
    // a root dot is host/trailing-dot's business
    'example.com.',
    // an IP address is host/ip-address's business
    '10.0.0.1',
  ],
  invalid: [
    { value: '', errors: [{ messageId: 'empty', field: 'hostName', message: 'Host name is empty' }] },
    { name: 'no hostName field', values: {}, errors: ['empty'] },
    {
      value: 'a..b',
      errors: [{ messageId: 'emptyLabel', message: 'Host "a..b" has an empty label: two dots in a row, or a dot at the start; every label needs at least one character' }],
    },
    { value: '.example.com', errors: ['emptyLabel'] },
    { value: 'example.com..', errors: [{ messageId: 'emptyLabel', data: { count: '2 empty labels' } }] },
    {
      value: `${'a'.repeat(64)}.com`,
      errors: [{ messageId: 'labelTooLong', data: { length: 64, more: '' } }],
    },
    { value: `${'a'.repeat(64)}.${'b'.repeat(70)}.com`, errors: [{ messageId: 'labelTooLong', data: { length: 64, more: ' (and 1 more label)' } }] },
    {
      value: '-a.com',
      errors: [{ messageId: 'hyphenEdge', message: 'Host "-a.com" has label "-a" starting with a hyphen; a label starts and ends with a letter or digit' }],
    },
    { value: 'a-.com', errors: [{ messageId: 'hyphenEdge', data: { where: 'ending with' } }] },
    { value: '-a-.b-.com', errors: [{ messageId: 'hyphenEdge', data: { where: 'starting and ending with', more: ' (and 1 more label)' } }] },
    { value: 'xn--abc-.com', errors: ['hyphenEdge'] },
    { value: 'ab--.com', errors: ['hyphenEdge'] },
    // checked in the Punycode form a non-ASCII name converts to
    { value: 'österreich..museum', errors: ['emptyLabel'] },
    { value: `${'ö'.repeat(60)}.com`, errors: ['labelTooLong'] },
  ],
});
