import { recordedIndicatorTypes } from '@tclint/tc-types';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { plugin } from './index.js';

const pieces = fc.constantFrom('#', '＃', 'apt', 'APT', '28', '_', '-', '.', ' ', '\t', '\n', '\u00a0', '勒索', '😀', '\ud800', 'a', '1');
const spelled = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
const long = fc.tuple(fc.integer({ min: 250, max: 260 }), fc.constantFrom('a', 'A', '1', '_')).map(([n, c]) => `#${c.repeat(n)}`);
const values = fc.oneof(spelled, long, fc.string({ unit: 'binary' }));

const corpus = ['#apt28', '#APT28', '#ransomware', '#勒索软件', '#c2-server', '#CVE_2024_3094', '#cve_2024_3094', '#4471', '#a', '#ab', '#apt28_', 'apt28', ' #apt28', '   #apt28', '\t#apt28', '\u3000#apt28', '＃apt28', ' x#apt28', '#', '', `#${'a'.repeat(255)}`, `#${'a'.repeat(256)}`];

testIsClean(plugin, { arbitrary: values, exact: corpus });
testIsClean(plugin, { arbitrary: values, exact: corpus, settings: { indicatorTypes: recordedIndicatorTypes() }, numRuns: 200 });
testMayDetect(plugin, { arbitrary: values, values: corpus });
