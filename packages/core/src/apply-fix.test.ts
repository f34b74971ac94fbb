import { describe, expect, it } from 'vitest';
import { sameFixableContent } from './apply-fix.js';
import { appSubject, exchangeSubject, indicator, messageSubject } from './subjects.js';

describe('sameFixableContent', () => {
  it('compares indicator fields, not their order or type', () => {
    expect(sameFixableContent(indicator('Host', { hostName: 'a' }), indicator('Host', { hostName: 'a' }))).toBe(true);
    expect(sameFixableContent(indicator('File', { md5: 'a', sha1: 'b' }), indicator('File', { sha1: 'b', md5: 'a' }))).toBe(true);
    expect(sameFixableContent(indicator('Host', { hostName: 'a' }), indicator('Host', { hostName: 'b' }))).toBe(false);
  });

  it('tells a field that is added or removed apart', () => {
    expect(sameFixableContent(indicator('File', { md5: 'a' }), indicator('File', { md5: 'a', sha1: 'b' }))).toBe(false);
    expect(sameFixableContent(indicator('File', { md5: 'a', sha1: 'b' }), indicator('File', { md5: 'a' }))).toBe(false);
    expect(sameFixableContent(indicator('File', { md5: 'a' }), indicator('File', { sha1: 'a' }))).toBe(false);
  });

  it('compares other subjects by their fixable content', () => {
    expect(sameFixableContent(messageSubject('x'), messageSubject('x'))).toBe(true);
    expect(sameFixableContent(messageSubject('x'), messageSubject('y'))).toBe(false);
    const app = (content: string) => appSubject('/app', { 'a.py': content });
    expect(sameFixableContent(app('one'), app('one'))).toBe(true);
    expect(sameFixableContent(app('one'), app('two'))).toBe(false);
    expect(sameFixableContent(messageSubject('x'), indicator('Host', { hostName: 'x' }))).toBe(false);
    const exchange = (url: string, headers: Record<string, string>, body?: string) =>
      exchangeSubject({ request: { method: 'GET', url, headers, ...(body !== undefined && { body }) }, response: { status: 401, headers: {} } });
    expect(sameFixableContent(exchange('/v2/a', { A: '1', B: '2' }), exchange('/v2/a', { B: '2', A: '1' }))).toBe(true);
    expect(sameFixableContent(exchange('/v2/a', { A: '1' }), exchange('/v2/b', { A: '1' }))).toBe(false);
    expect(sameFixableContent(exchange('/v2/a', { A: '1' }), exchange('/v2/a', { A: '1', B: '2' }))).toBe(false);
    expect(sameFixableContent(exchange('/v2/a', {}, 'x'), exchange('/v2/a', {}))).toBe(false);
  });
});
