import { describe, expect, it } from 'vitest';
import { isKnownTopLevelDomain, isPlainHostName, normalizeHost, recognizeHostName } from './index.js';

describe('README', () => {
  it('tells the truth in its usage example', () => {
    expect(normalizeHost('ÖSTERREICH.icom.museum.')).toEqual({
      ascii: 'xn--sterreich-z7a.icom.museum',
      problems: [
        { code: 'trailing-dot', fixed: 'ÖSTERREICH.icom.museum', char: '.' },
        { code: 'non-ascii', fixed: 'xn--sterreich-z7a.icom.museum.' },
      ],
    });
    expect(normalizeHost('neurotonix–buy.us').problems).toEqual([{ code: 'typographic-dash', char: '–', fixed: 'neurotonix-buy.us' }]);
    expect(isPlainHostName('example.com')).toBe(true);
    expect(isKnownTopLevelDomain('bat')).toBe(false);
    expect(recognizeHostName('invoice.zip')).toBe('file-like');
  });
});
