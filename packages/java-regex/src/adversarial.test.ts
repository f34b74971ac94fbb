import { describe, expect, it } from 'vitest';
import { compileJavaRegex } from './compile.js';
import { RECORDED_PATTERNS } from './testing/corpus.js';

const MB = 1 << 20;
/** Inputs shaped to make ThreatConnect's patterns backtrack: runs of what they repeat. */
const ADVERSARIAL: Record<string, string> = {
  letters: 'a'.repeat(MB),
  labels: 'a.'.repeat(MB / 2),
  'labels of two': 'aa.'.repeat(MB / 3),
  'labels then junk': `${'aa.'.repeat(MB / 3)}!`,
  digits: '9'.repeat(MB),
  'digit labels': '1.'.repeat(MB / 2),
  'dotted quads': '1.1.1.1'.repeat(MB / 7),
  colons: ':'.repeat(MB),
  'hex groups': 'abcd:'.repeat(MB / 5),
  hyphens: '-'.repeat(MB),
  'letter-hyphen': 'a-'.repeat(MB / 2),
  spaces: ' '.repeat(MB),
  backslashes: '\\'.repeat(MB),
  'registry key': `HKEY_USERS${'\\a'.repeat(MB / 2)}`,
  'registry key, doubled': `HKEY_USERS${'\\\\'.repeat(MB / 2)}`,
  hashtag: `#${'a'.repeat(MB)}`,
  'hashtag of _': `#${'_'.repeat(MB)}`,
  'url labels': `http://${'a.'.repeat(MB / 2)}`,
  'url path': `http://a.com${'/a'.repeat(MB / 2)}`,
  'email domain': `a@${'a.'.repeat(MB / 2)}`,
  'email local part': `${'a.'.repeat(MB / 2)}@`,
  'labels then @': `${'a.'.repeat(MB / 2)}com@`,
  punycode: 'xn--'.repeat(MB / 4),
  emoji: '😀'.repeat(MB / 2),
  'lone surrogates': '\uD83D'.repeat(MB),
  'line breaks': '\r\n'.repeat(MB / 2),
  'combining marks': `a${'\u0301'.repeat(MB)}`,
  'ASN digits': `ASN${'1'.repeat(MB)}`,
};
/** CPU time, so that other processes on the machine do not count. Linear work on 1 MB takes well under this; quadratic takes minutes. */
const BUDGET_MS = 1_500;

const cpuMs = (work: () => void) => {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

describe('ThreatConnect patterns on 1 MB adversarial values (CPU time)', () => {
  it('compiles the 17 patterns, and matches() each value linearly', () => {
    let compiled: ReturnType<typeof compileJavaRegex>[] = [];
    const compileMs = cpuMs(() => (compiled = RECORDED_PATTERNS.map((p) => compileJavaRegex(p))));
    const slowest: Array<[string, number]> = [];
    let total = 0;
    for (const [name, input] of Object.entries(ADVERSARIAL)) {
      compiled.forEach((regex, i) => {
        const ms = cpuMs(() => regex.matches(input));
        total += ms;
        slowest.push([`pattern ${i} on ${name}`, ms]);
      });
    }
    slowest.sort((a, b) => b[1] - a[1]);
    console.log(
      `compiled 17 patterns in ${compileMs.toFixed(0)} ms CPU; ${slowest.length} matches() on 1 MB values in ${total.toFixed(0)} ms CPU; slowest: ${slowest
        .slice(0, 3)
        .map(([what, ms]) => `${what} ${ms.toFixed(0)} ms`)
        .join(', ')}`,
    );
    expect(slowest.filter(([, ms]) => ms > BUDGET_MS)).toEqual([]);
  });
});
