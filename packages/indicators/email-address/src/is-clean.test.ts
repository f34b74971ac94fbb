import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { generateIndicatorValues, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { plugin } from './index.js';

const generated = generateIndicatorValues({ perType: 800 }).filter((v) => v.type === 'EmailAddress').map((v) => v.value);
const seed = SEED_EXAMPLES.filter((e) => e.type === 'EmailAddress').flatMap((e) => Object.values(e.values));
const PIECES = ['user', 'John.Doe', '.', '..', '@', '"', 'example', '.com', '.c', 'EXAMPLE', 'xn--p1ai', '10.0.0.1', '_', '-', 'ö', ' ', '[', '/', 't6.php', 'localhost'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

// exact where no xn-- label is involved (isClean leaves those to the rules: only the IDNA tables can judge them)
testIsClean(plugin, {
  arbitrary: fc.oneof(pieced, fc.emailAddress(), fc.string()),
  exact: [...seed, 'user@example.com', 'John.Doe@EXAMPLE.com', '/xwunThedic@t6.php', 'user@localhost', `${'a'.repeat(65)}@example.com`, ...generated].filter((v) => !/xn--/i.test(v)),
  values: [...seed, ...generated],
});
testMayDetect(plugin, { arbitrary: fc.oneof(pieced, fc.emailAddress(), fc.string()), values: [...seed, 'user@example.com', '"john doe"@example.com'] });
