import { describe, expect, it } from 'vitest';
import { findDefangs, refang } from './index.js';

describe('findDefangs and refang', () => {
  it.each([
    ['hxxp://example.com', 'http://example.com'],
    ['hXXps://example.com', 'https://example.com'],
    ['hxxps[:]//example.com', 'https://example.com'],
    ['http[://]example.com', 'http://example.com'],
    ['example[.]com', 'example.com'],
    ['example(.)com', 'example.com'],
    ['example{.}com', 'example.com'],
    ['example[dot]com', 'example.com'],
    ['example(dot)com', 'example.com'],
    ['example(DOT)com', 'example.com'],
    ['john[@]example.com', 'john@example.com'],
    ['john(@)example.com', 'john@example.com'],
    ['john(at)example.com', 'john@example.com'],
    ['john[at]example.com', 'john@example.com'],
    ['john [at] example [dot] com', 'john@example.com'],
    ['1[.]2[.]3[.]4', '1.2.3.4'],
    ['10.0.0[.]0/8', '10.0.0.0/8'],
  ])('refang(%j) is %j', (value, expected) => {
    expect(refang(value)).toBe(expected);
  });

  it('says where each defanged part is, what family it belongs to and what it stands for', () => {
    expect(findDefangs(' hxxps[:]//a[.]b/c?d=e(at)f ')).toEqual([
      { family: 'scheme', start: 1, end: 6, written: 'hxxps', replacement: 'https' },
      { family: 'colon', start: 6, end: 9, written: '[:]', replacement: ':' },
      { family: 'dot', start: 12, end: 15, written: '[.]', replacement: '.' },
      { family: 'at', start: 22, end: 26, written: '(at)', replacement: '@' },
    ]);
  });

  it('refangs only the families asked for', () => {
    expect(refang('hxxp[:]//a[.]b', ['dot'])).toBe('hxxp[:]//a.b');
    expect(refang('hxxp[:]//a[.]b', ['scheme', 'colon'])).toBe('http://a[.]b');
  });

  it.each([
    'example.com',
    '[2001:db8::1]',
    '[::]',
    'http://example.com/page(1)',
    'example[com]',
    'example[..]com',
    '(dots)',
    '[ . ]',
    '[.',
    'hxxp.example.com',
    'hxxpd://x',
    'a hxxp://b',
  ])('leaves %j alone', (value) => {
    expect(findDefangs(value)).toEqual([]);
    expect(refang(value)).toBe(value);
  });

  it('takes the spaces around a bracketed word only between two words', () => {
    expect(refang('example [.] com')).toBe('example.com');
    expect(refang('example [.]com')).toBe('example .com');
    expect(refang(' [.] com')).toBe(' . com');
    expect(refang('example\t[dot]\tcom')).toBe('example.com');
  });
});
