import { recordedIndicatorTypes } from '@tclint/tc-types';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { plugin } from './index.js';

const pieces = fc.constantFrom('Global\\', 'Local\\', 'Session\\1\\', '\\BaseNamedObjects\\', 'global\\', 'x', 'Mutex', ' ', '\t', '\n', '\u0000', '\u0085', '\u00a0', '\u2028', '😀', '\ud800', '[.]', ':');
const spelled = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
const long = fc.tuple(fc.constantFrom('', 'Global\\', 'Local\\', 'Session\\'), fc.integer({ min: 250, max: 270 }), fc.constantFrom('m', '😀')).map(([n, k, c]) => n + c.repeat(k));
const values = fc.oneof(spelled, long, fc.string({ unit: 'binary' }));

const corpus = ['Global\\MSCTF.Shared.MUTEX.ZRX', 'Local\\ZonesCacheCounterMutex', 'GLOBAL\\x', 'local\\x', '\\BaseNamedObjects\\x', '\\basenamedobjects\\x', 'Session\\1\\x', ' Global\\x', '\tSession\\2\\x', 'xGlobal\\x', 'DC_MUTEX-K5CAEA3', 'Global\\', '', '   ', ' x', 'a\tb', 'a\u0000b', `Global\\${'m'.repeat(260)}`, 'm'.repeat(261)];

testIsClean(plugin, { arbitrary: values, exact: corpus });
// with a user's own reply (here the recorded one, passed as a setting), isClean also asks its pattern
testIsClean(plugin, { arbitrary: values, exact: corpus, settings: { indicatorTypes: recordedIndicatorTypes() }, numRuns: 200 });
testMayDetect(plugin, { arbitrary: values, values: corpus });
