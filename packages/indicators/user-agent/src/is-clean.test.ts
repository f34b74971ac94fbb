import { recordedIndicatorTypes } from '@tclint/tc-types';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { plugin } from './index.js';

const pieces = fc.constantFrom('Mozilla/5.0', '(Windows NT 10.0; Win64; x64)', 'curl/8.4.0', 'HTTP/1.1', "it's", 'it’s', '\\', ' ', '\t', '\n', '\u0000', '\u00a0', '\ufeff', '😀', 'é', 'QUJD/1234');
const spelled = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
const long = fc.tuple(fc.integer({ min: 250, max: 262 }), fc.constantFrom('7', '😀')).map(([n, c]) => `curl/${c.repeat(n - 5)}`);
const values = fc.oneof(spelled, long, fc.string({ unit: 'binary' }));

const corpus = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'curl/7.88.1',
  'python-requests/2.31.0',
  "Mozilla/5.0 (it's me)",
  'agent\\x',
  '',
  '   ',
  ' curl/8.4.0',
  '(compatible) curl/8.4.0',
  'Wget/1.21.4 (linux-gnu)',
  'My-Agent_1/2 x/3',
  'https://example.com/1',
  `curl/${'7'.repeat(251)}`,
  `curl/${'7'.repeat(252)}`,
];

testIsClean(plugin, { arbitrary: values, exact: corpus });
testIsClean(plugin, { arbitrary: values, exact: corpus, settings: { indicatorTypes: recordedIndicatorTypes() }, numRuns: 200 });
testMayDetect(plugin, { arbitrary: values, values: corpus });
