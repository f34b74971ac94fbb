import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectEmailAddress, plugin } from './index.js';

describe('detectEmailAddress', () => {
  it.each(['user@example.com', 'John.Doe@EXAMPLE.com', 'user+tag@mail.example.org', '"john doe"@example.com', 'user@österreich.icom.museum', 'user@xn--sterreich-z7a.icom.museum', ' user@example.com ', 'user@example.com.'])(
    'is sure %j is an EmailAddress',
    (value) => {
      expect(detectEmailAddress(value)).toEqual({ type: 'EmailAddress', confidence: 0.9 });
    },
  );

  it.each([
    '',
    'example.com',
    'user@localhost',
    'user@10.0.0.1',
    'a@b@example.com',
    '@example.com',
    'user@',
    'http://user@example.com/',
    'ftp://user:secret@example.com',
    'mailto:user@example.com',
    'John Doe <john@example.com>',
    'user@ example.com',
    'user[@]example[.]com',
    'user@example[.]com',
    'Mozilla/5.0 (compatible; bot@example.com)',
  ])('does not claim %j', (value) => {
    expect(detectEmailAddress(value)).toBeUndefined();
  });

  it('lets the engine type and fix an untyped address', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary(' John.Doe@Österreich.icom.museum '));
    expect(result.subject.type).toBe('EmailAddress');
    expect(result.output?.values).toEqual({ address: 'John.Doe@xn--sterreich-z7a.icom.museum' });
  });
});
