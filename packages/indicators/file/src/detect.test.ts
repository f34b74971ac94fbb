import { createEngine, indicatorFromSummary, shapeOf, summaryOf } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, MD5, SHA1, SHA256, upper } from './testing/hashes.js';
import { detectFile, plugin } from './index.js';

describe('detectFile', () => {
  it('is all but certain that 64 hex digits are a SHA-256', () => {
    expect(detectFile(SHA256)).toEqual({ type: 'File', confidence: 0.99 });
    expect(detectFile(upper(SHA256))).toEqual({ type: 'File', confidence: 0.99 });
  });

  it.each([MD5, SHA1, upper(MD5), ` ${SHA1}\n`])('is sure %j is a File hash', (value) => {
    expect(detectFile(value)).toEqual({ type: 'File', confidence: 0.95 });
  });

  it.each([`${MD5} : ${SHA1} : ${SHA256}`, `${MD5} : ${SHA1}`, `${MD5} : ${SHA256}`, `${SHA1} : ${SHA256}`, ` :  : ${SHA256}`, `${SHA256} : ${MD5}`, `${fingerprintOf(MD5)} : ${SHA1}`])('is sure the summary %j is a File', (value) => {
    expect(detectFile(value)).toEqual({ type: 'File', confidence: 0.95 });
  });

  it('is sure of fingerprints of hashes', () => {
    expect(detectFile(fingerprintOf(MD5))).toEqual({ type: 'File', confidence: 0.9 });
    expect(detectFile(fingerprintOf(SHA256))).toEqual({ type: 'File', confidence: 0.99 });
  });

  it('takes a SHA-512 for a File, so that file/length can say why it is wrong', () => {
    expect(detectFile('a'.repeat(128))).toEqual({ type: 'File', confidence: 0.6 });
  });

  it.each(['deadbeef12345678', `${MD5}0`])('only guesses that %j could be a hash', (value) => {
    expect(detectFile(value)!.confidence).toBeLessThan(0.5);
  });

  it.each([
    '',
    '12345',
    '1234567890123456789',
    'deadbeef',
    'abcdefabcdefabcdef',
    'ASN12345',
    'example.com',
    'cafe.example.com',
    'http://example.com/d41d8cd98f00b204e9800998ecf8427e',
    '10.0.0.1',
    '2001:db8:0:0:0:0:0:1',
    'abc:def:10:0:0:0:0:0/48',
    'aa:bb:cc:dd:ee:ff',
    'HKEY_LOCAL_MACHINE\\Software : x : REG_SZ',
    `${MD5} : ${SHA1} : ${SHA256} : ${MD5}`,
    `${MD5} : nope`,
    ' :  : ',
    'Global\\d41d8cd98f00b204e9800998ecf8427e',
    '#d41d8cd98f00b204e9800998ecf8427e',
  ])('does not claim %j', (value) => {
    expect(detectFile(value)).toBeUndefined();
  });

  it('lets the engine type a lone SHA-256 in upper case, and leave it as it is (ThreatConnect accepts either case)', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary(upper(SHA256)));
    expect(result.subject.type).toBe('File');
    expect(result.output).toBeUndefined();
    expect(summaryOf(result.subject)).toBe(upper(SHA256));
    expect(result.messages).toEqual([]);
  });

  it.each([`SHA1: ${SHA1}`, `MD5=${MD5}`, `sha256 ${SHA256}`, `SHA-256: ${SHA256}`, ` md5: ${fingerprintOf(MD5)}`])('is sure the labelled hash %j is a File', (value) => {
    expect(detectFile(value)).toEqual({ type: 'File', confidence: 0.95 });
  });

  it('takes a labelled hash of another length for a File, so that file/length can say why it is wrong', () => {
    expect(detectFile(`SHA1: ${SHA1.slice(1)}`)).toEqual({ type: 'File', confidence: 0.6 });
  });

  it('lets the engine type and fix a labelled SHA-1, reported in sha1 (issue 16)', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const checked = engine.check(indicatorFromSummary(`SHA1: ${SHA1}`));
    expect(checked.subject.type).toBe('File');
    expect(checked.messages.map((m) => [m.ruleId, m.field])).toEqual([['file/label', 'sha1']]);
    const fixed = engine.fix(indicatorFromSummary(`SHA1: ${SHA1}`));
    expect(fixed.output && summaryOf(fixed.output)).toBe(SHA1);
    expect(fixed.messages).toEqual([]);
  });

  it('asks detect only about values of a hash\'s shape (mayDetect)', () => {
    for (const value of [MD5, `SHA1: ${SHA1}`, `MD5=${MD5}`, `${MD5} : ${SHA1}`, fingerprintOf(SHA256)]) expect(plugin.mayDetect?.(shapeOf(value), value.length, value)).toBe(true);
    for (const value of ['http://example.com/d41d8cd98f00b204e9800998ecf8427e', 'user@d41d8cd98f00b204e9800998ecf8427e', 'HKLM\\d41d8cd98f00b204e9800998ecf8427e', 'short', 'Re: Invoice 2024 overdue']) {
      expect(plugin.mayDetect?.(shapeOf(value), value.length, value)).toBe(false);
    }
  });
});
