import { indicator, indicatorFromSummary } from '@tclint/core';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { plugin } from './index.js';
import { fingerprintOf, MD5, SHA1, SHA256, upper } from './testing/hashes.js';

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n });
const hash = fc.oneof(hex(32), hex(40), hex(64), hex(31), hex(65), fc.constantFrom(MD5, SHA1, SHA256, ''));
const spelled = fc.tuple(fc.constantFrom('', '', '', ' ', 'SHA1: ', 'md5='), hash, fc.constantFrom('', '', '', ' ', '\n', 'x')).map(([a, h, b]) => a + h + b);
const summary = fc.array(spelled, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' : '));
const values = fc.oneof(summary, fc.string({ unit: 'binary' }));

const corpus = [MD5, SHA1, SHA256, upper(MD5), `${MD5} : ${SHA1} : ${SHA256}`, ` :  : ${SHA256}`, fingerprintOf(MD5), `SHA1: ${SHA1}`, ` ${MD5}`, `   ${MD5}  `, `\t${MD5}`, `${MD5}\t`, `md5=${MD5}`, `  SHA256: ${SHA256}`, `FW: ${MD5}`, fingerprintOf(SHA1), `2001:db8::${MD5}`, MD5.slice(1), '', `${MD5} : ${MD5}`];

testIsClean(plugin, { arbitrary: values, exact: corpus, subject: (value) => indicatorFromSummary(value, 'File') });
testIsClean(plugin, { arbitrary: values, exact: corpus, subject: (value) => indicatorFromSummary(value, 'File'), settings: { indicatorTypes: recordedIndicatorTypes() } });
testIsClean(plugin, { values: [MD5, SHA256, '', 'x'], subject: (value) => indicator('File', { md5: '', sha1: '', sha256: value }) });
testMayDetect(plugin, { arbitrary: values, values: corpus });
