import type * as Tr46 from 'tr46';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Counts calls into the real tr46 (every call goes through to it), to prove
// that plain ASCII names never reach the IDNA library.
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('tr46', async (importOriginal) => {
  const module = await importOriginal<typeof Tr46 & { default?: typeof Tr46 }>();
  const real = module.default ?? module;
  return {
    toASCII: (...args: Parameters<typeof real.toASCII>) => {
      calls.count++;
      return real.toASCII(...args);
    },
    toUnicode: (...args: Parameters<typeof real.toUnicode>) => {
      calls.count++;
      return real.toUnicode(...args);
    },
  };
});

const { normalizeHost, isPlainHostName } = await import('./index.js');

describe('the ASCII fast path', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it.each([
    'example.com',
    'www.example.co.uk',
    'a-b.c-d.example',
    '_dmarc.example.com',
    'EXAMPLE.COM',
    'example.com.',
    ' example.com ',
    'a..b',
    '-a.com',
    'ab--c.com',
    'example.com/path',
    '10.0.0.1',
    '2001:db8::1',
    `${'a'.repeat(70)}.com`,
  ])('%j is checked without tr46', (value) => {
    normalizeHost(value);
    expect(calls.count).toBe(0);
  });

  it('decides plain names in one pass, without tr46', () => {
    expect(isPlainHostName('fast.example.net')).toBe(true);
    expect(normalizeHost('fast.example.net').problems).toEqual([]);
    expect(calls.count).toBe(0);
  });

  it('converts a Unicode label with one call, not decoding what tr46 just encoded', () => {
    expect(normalizeHost('österreich.icom.museum').ascii).toBe('xn--sterreich-z7a.icom.museum');
    expect(calls.count).toBe(1);
  });

  it('judges a valid xn-- label with one call', () => {
    expect(normalizeHost('xn--sterreich-z7a.icom.museum').problems).toEqual([]);
    expect(calls.count).toBe(1);
  });

  it.each(['österreich.icom.museum', 'xn--sterreich-z7a.icom.museum', 'XN--STERREICH-Z7A.icom.museum', 'example。com'])('%j does go through tr46', (value) => {
    normalizeHost(value);
    expect(calls.count).toBeGreaterThan(0);
  });
});
