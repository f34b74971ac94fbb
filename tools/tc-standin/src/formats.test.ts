import { describe, expect, it } from 'vitest';
import { checkIndicator } from './formats.js';
import { STANDIN_TYPES, valuesFromSummary } from './indicator-types.js';

const MB = 1 << 20;
const ADVERSARIAL: Record<string, string> = {
  digits: '9'.repeat(MB),
  dots: '.'.repeat(MB),
  colons: ':'.repeat(MB),
  hyphens: '-'.repeat(MB),
  brackets: '[.]'.repeat(MB / 3),
  backslashes: '\\'.repeat(MB),
  punycode: 'xn--'.repeat(MB / 4),
  'hex groups': '0abc:'.repeat(MB / 5),
  'scheme then slashes': `http://${'/'.repeat(MB)}`,
  'at signs': `http://${'@'.repeat(MB)}`,
  'registry root then junk': `HKEY_LOCAL_MACHINE${'\\'.repeat(MB)}`,
  separators: ' : '.repeat(MB / 3),
};

/** The least CPU time (ms) of 3 runs: unlike the wall clock, it does not grow while other processes use the cores. */
function fastestCpuMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('format checks on 1 MB adversarial values', () => {
  it.each(Object.entries(ADVERSARIAL))('%s: every type answers in well under 100 ms with a short message', (_name, value) => {
    for (const type of STANDIN_TYPES) {
      checkIndicator(type, valuesFromSummary(type, 'warm-up'));
      let message: string | undefined;
      expect(fastestCpuMs(() => (message = checkIndicator(type, valuesFromSummary(type, value))))).toBeLessThan(100);
      if (message !== undefined) expect(message.length).toBeLessThan(1000);
    }
  });
});

describe('summary splitting', () => {
  it('keeps a single space Value Name and extra parts in the last field', () => {
    const registry = STANDIN_TYPES.find((t) => t.name === 'Registry Key')!;
    expect(valuesFromSummary(registry, 'HKEY_USERS\\x :   : REG_SZ')).toEqual({ 'Key Name': 'HKEY_USERS\\x', 'Value Name': ' ', 'Value Type': 'REG_SZ' });
    expect(valuesFromSummary(registry, 'HKEY_USERS\\x :  : REG_SZ')).toEqual({ 'Key Name': 'HKEY_USERS\\x', 'Value Type': 'REG_SZ' });
    expect(checkIndicator(registry, valuesFromSummary(registry, 'HKEY_USERS\\x : v : REG_SZ : extra'))).toContain('"REG_SZ : extra" is not one of');
  });

  it('accepts HKEY_CURRENT_USER_LOCAL_SETTINGS but not a root followed by other letters', () => {
    const registry = STANDIN_TYPES.find((t) => t.name === 'Registry Key')!;
    const check = (key: string) => checkIndicator(registry, { 'Key Name': key, 'Value Name': ' ', 'Value Type': 'REG_SZ' });
    expect(check('HKEY_CURRENT_USER_LOCAL_SETTINGS\\Software')).toBeUndefined();
    expect(check('HKEY_USERS')).toBeUndefined();
    expect(check('HKEY_USERSX\\Software')).toContain('must start with one of');
  });
});
