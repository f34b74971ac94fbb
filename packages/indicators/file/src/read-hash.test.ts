import { describe, expect, it } from 'vitest';
import { fingerprintOf, MD5, SHA1, SHA256, upper } from './hashes.test-data.js';
import { canonicalHash, readHash } from './read-hash.js';

describe('readHash', () => {
  it('reads hex digits as written, without the whitespace around them', () => {
    expect(readHash(` ${upper(MD5)}\n`)).toEqual({ kind: 'hex', digits: upper(MD5), fingerprint: false });
  });

  it('reads fingerprints of MD5, SHA-1 and SHA-256 hashes', () => {
    for (const hash of [MD5, SHA1, SHA256]) expect(readHash(fingerprintOf(hash))).toEqual({ kind: 'hex', digits: upper(hash), fingerprint: true });
  });

  it('finds the first character that is not a hex digit', () => {
    expect(readHash(`  ${MD5.slice(0, 3)}x`)).toEqual({ kind: 'notHex', index: 5 });
    expect(readHash('aa:bb:cc:dd:ee:ff')).toEqual({ kind: 'notHex', index: 2 });
  });

  it('calls a missing hash empty', () => {
    expect(readHash('')).toEqual({ kind: 'empty' });
    expect(readHash(' \t\r\n')).toEqual({ kind: 'empty' });
  });
});

describe('canonicalHash', () => {
  it('gives the lower-case digits alone, "" for no hash, undefined for what is not hex', () => {
    expect(canonicalHash(` ${fingerprintOf(SHA256)} `)).toBe(SHA256);
    expect(canonicalHash('   ')).toBe('');
    expect(canonicalHash('xyz')).toBeUndefined();
  });
});
