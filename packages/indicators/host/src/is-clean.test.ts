import { testIsClean } from '@tclint/rule-tester';
import { generateIndicatorValues, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { plugin } from './index.js';

const LABELS = ['example', 'a', 'www', 'xn--sterreich-z7a', 'a-b', '-a', 'b-', 'ab--c', '_dmarc', 'EXAMPLE', '1password', '123', 'ö', 'x'.repeat(63), 'x'.repeat(64)];
const TLDS = ['com', 'de', 'museum', 'zip', 'local', 'example', 'exe', 'doctor', 'dat', 'gif', 'xn', 'xn--p1ai', 'b2b', 'c', 'travelersinsurance', 'COM', '123'];
const named = fc
  .tuple(fc.array(fc.constantFrom(...LABELS), { maxLength: 4 }), fc.constantFrom(...TLDS), fc.constantFrom('', '', '', '.', ' '))
  .map(([labels, tld, end]) => [...labels, tld].join('.') + end);

const generated = generateIndicatorValues({ perType: 600 }).filter((v) => v.type === 'Host').map((v) => v.value);
const seed = SEED_EXAMPLES.filter((e) => e.type === 'Host').flatMap((e) => Object.values(e.values));

testIsClean(plugin, {
  arbitrary: fc.oneof(named, fc.domain(), fc.string()),
  // exact where no xn-- label is involved (isClean leaves those to the rules: only the IDNA tables can judge them)
  exact: [...seed, 'example.com', 'EXAMPLE.com', 'update.bat', 'invoice.zip', 'localhost', '_dmarc.example.com', 'a.b.c', 'files.local', ...generated].filter((v) => !/xn--/i.test(v)),
  values: [...seed, ...generated],
});
