import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectEmailSubject, plugin } from './index.js';

describe('detectEmailSubject', () => {
  it.each(['Re: Invoice overdue', 'RE:Invoice', 'FW: scan', 'Fwd: [EXTERNAL] Q3 results', 'AW: Rechnung', 'SV: faktura', ' re: x '])(
    'takes %j, with a reply or forward prefix, for a subject',
    (value) => {
      expect(detectEmailSubject(value)).toEqual({ type: 'Email Subject', confidence: 0.6 });
    },
  );

  it.each(['Invoice overdue', 'Your package could not be delivered', 'Ihre Rechnung für März', 'URGENT  payment'])('only guesses that the words %j could be a subject', (value) => {
    expect(detectEmailSubject(value)).toEqual({ type: 'Email Subject', confidence: 0.2 });
  });

  it.each([
    '',
    'Re:',
    'Re:   ',
    'Invoice',
    'example.com',
    'http://example.com/a b',
    'hxxp://example[.]com',
    '1.2.3.4',
    '2001:db8::1',
    '10.0.0.0/8',
    'user@example.com',
    'John Doe <john@example.com>',
    'd41d8cd98f00b204e9800998ecf8427e',
    'd41d8cd98f00b204e9800998ecf8427e : da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion',
    'HKLM\\Software\\Run : Updater : REG_SZ',
    'Global\\My Mutex',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
    '#apt 28',
    'ASN12345',
    'Invoice\noverdue',
  ])('does not claim %j', (value) => {
    expect(detectEmailSubject(value)).toBeUndefined();
  });

  it('lets the engine type and fix a subject with a reply prefix', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary(' RE: Invoice overdue\r\n'));
    expect(result.subject.type).toBe('Email Subject');
    expect(result.output?.values).toEqual({ Subject: 'RE: Invoice overdue' });
  });

  it('makes the engine call other text ambiguous rather than guess', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const [message] = engine.check(indicatorFromSummary('Invoice overdue')).messages;
    expect(message).toMatchObject({ ruleId: 'tclint/ambiguous-type' });
    expect(message?.message).toContain('Email Subject (0.2)');
  });
});
