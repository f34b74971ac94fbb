import { RuleTester } from '@tclint/rule-tester';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from '../index.js';
import { lowerAsciiLetters } from './lowercase.js';

new RuleTester().run(plugin, 'lowercase', {
  valid: ['#apt28', '#cve_2024_3094', '#勒索软件', 'apt28', '#', '', { name: 'missing field', values: {} }],
  invalid: [
    {
      value: '#APT28',
      errors: [
        {
          messageId: 'uppercase',
          field: 'Hashtag',
          severity: 'warning',
          message: 'Hashtag "#APT28" has upper-case letters; ThreatConnect stores Hashtags in lower case (its case preference): "#apt28"',
        },
      ],
      output: '#apt28',
    },
    { value: '#CVE_2024_3094', errors: ['uppercase'], output: '#cve_2024_3094' },
    { name: 'only ASCII letters change', value: '#ÄrgerApt', errors: ['uppercase'], output: '#Ärgerapt' },
    { name: 'whitespace around is kept (surrounding-whitespace removes it)', value: ' #Apt28 ', errors: ['uppercase'], output: ' #apt28 ' },
  ],
});

describe('lowerAsciiLetters', () => {
  it('lower-cases the ASCII letters and keeps every other code unit, lone surrogates too', () => {
    const unit = fc.constantFrom('A', 'z', 'Z', '_', '1', 'Ä', 'K', '\u212a', '\ud800', '\udc00', '😀', 'ſ');
    fc.assert(
      fc.property(fc.string({ unit }), fc.nat({ max: 20_000 }), (text, repeat) => {
        const value = text + 'aÄ'.repeat(repeat % 3 === 0 ? repeat : 0);
        expect(lowerAsciiLetters(value)).toBe(value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the length of a value longer than one chunk', () => {
    const value = 'AÄ'.repeat(10_000);
    expect(lowerAsciiLetters(value)).toBe('aÄ'.repeat(10_000));
  });
});
