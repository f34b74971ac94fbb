import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { generateIndicatorValues, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { plugin } from './index.js';

const generated = generateIndicatorValues({ perType: 800 }).filter((v) => v.type === 'URL').map((v) => v.value);
const seed = SEED_EXAMPLES.filter((e) => e.type === 'URL').flatMap((e) => Object.values(e.values));
const PIECES = ['http://', 'https://', 'HTTP://', 'ftp://', 'mailto:', 'example', '.com', '.c', 'EXAMPLE', 'xn--p1ai', '10.0.0.1', ':80', ':0', ':', '/', '/a', '?q=1', '#f', '#', ' ', 'é', '[', '@', '_', '-', '.', 'localhost'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

// exact where no xn-- label is involved (isClean leaves those to the rules: only the IDNA tables can judge them)
testIsClean(plugin, {
  arbitrary: fc.oneof(pieced, fc.webUrl(), fc.string()),
  exact: [...seed, 'http://localhost/', 'http://abc', 'http://abcd', 'http://example.com:/', 'http://example.com/#', ...generated].filter((v) => !/xn--/i.test(v)),
  values: [...seed, ...generated, ' example.com/x', 'evil。com/x', 'a.b/c', '1.2.3.4/x'],
});
testMayDetect(plugin, { arbitrary: fc.oneof(pieced, fc.webUrl(), fc.string()), values: [...seed, 'example.com/path', '212.192.241.155/up/setup.exe'] });
