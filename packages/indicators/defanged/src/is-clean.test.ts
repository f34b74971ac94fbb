import { indicator } from '@tclint/core';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { generateIndicatorValues } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { plugin } from './index.js';

const PIECES = ['hxxp', 'hXXps', '://', '[://]', '[.]', '(.)', '{.}', '[dot]', '(dot)', '[@]', '(at)', '[:]', 'evil', '.', 'com', '/', '@', ' ', '(', ')', '[', ']', 'x', '1', ':'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
const generated = generateIndicatorValues({ perType: 300 });
const FIELDS = { Host: 'hostName', URL: 'text', Address: 'ip', CIDR: 'Block', EmailAddress: 'address' } as const;

for (const [type, field] of Object.entries(FIELDS)) {
  const values = generated.filter((v) => v.type === type).map((v) => v.value);
  testIsClean(plugin, {
    type,
    subject: (value) => indicator(type, { [field]: value }),
    arbitrary: fc.oneof(pieced, fc.string()),
    exact: [...values, ...values.map((v) => v.replace('.', '[.]')), 'hxxp://evil[.]com/', 'http://evil.com/a(.)b', 'evil(.)com'],
    numRuns: 300,
  });
}
testMayDetect(plugin, { arbitrary: fc.oneof(pieced, fc.string()), values: ['evil[.]com', 'hxxp://evil.com/', '88.218.192[.]128:5633', 'john(at)example(dot)com'] });
