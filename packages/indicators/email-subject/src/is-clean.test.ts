import { recordedIndicatorTypes } from '@tclint/tc-types';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { plugin } from './index.js';

const pieces = fc.constantFrom('Re:', 'FW:', 'Invoice', 'overdue', ' ', '  ', '\t', '\n', '\r\n', '\u0000', '\u0085', '\u00a0', '\u2028', '\u3000', '😀', '\ud800', '#4471', '/', '@', ' : ');
const spelled = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
const long = fc.tuple(fc.integer({ min: 95, max: 105 }), fc.constantFrom('s', '😀', 'ab ')).map(([n, c]) => c.repeat(n).slice(0, n * c.length));
const values = fc.oneof(spelled, long, fc.string({ unit: 'binary' }));

const corpus = ['Invoice #4471 overdue', 'RE: Your package could not be delivered', '请查收附件', '', ' ', ' x', 'a\tb', 'a\nb', 's'.repeat(100), 's'.repeat(101), '😀'.repeat(100), 'x : ', ' : x', 'Re:https://x', 'Antw:x', 'doorst: x', 'https://example.com/a b', 'a@b c', ' \tRE:x'];

testIsClean(plugin, { arbitrary: values, exact: corpus });
testIsClean(plugin, { arbitrary: values, exact: corpus, settings: { indicatorTypes: recordedIndicatorTypes() }, numRuns: 200 });
testMayDetect(plugin, { arbitrary: values, values: corpus });
