import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate.js';

describe('interpolate', () => {
  it('fills placeholders, with or without spaces', () => {
    expect(interpolate('AS "{{value}}" -> {{ fixed }}', { value: 'AS 1', fixed: 'ASN1' })).toBe('AS "AS 1" -> ASN1');
  });
  it('leaves unknown placeholders as written', () => {
    expect(interpolate('{{missing}} and {{n}}', { n: 0 })).toBe('{{missing}} and 0');
  });
  it('returns the template when there is no data', () => {
    expect(interpolate('plain {{x}}', undefined)).toBe('plain {{x}}');
  });
});
