import { describe, expect, it } from 'vitest';
import { fingerprintOf, MD5, SHA1, SHA256, upper } from './testing/hashes.js';
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

describe('readHash and labels', () => {
  it('reads a hash after the name of its algorithm, as reports list hashes', () => {
    expect(readHash(`SHA1: ${SHA1}`)).toEqual({ kind: 'labelled', label: 'SHA1: ', names: 'sha1', hash: SHA1, digits: SHA1, fingerprint: false });
    expect(readHash(` MD5=${upper(MD5)} `)).toEqual({ kind: 'labelled', label: 'MD5=', names: 'md5', hash: upper(MD5), digits: upper(MD5), fingerprint: false });
    expect(readHash(`sha-256 ${SHA256}`)).toMatchObject({ kind: 'labelled', names: 'sha256' });
    expect(readHash(`sha_1\t:\t${fingerprintOf(SHA1)}`)).toMatchObject({ kind: 'labelled', names: 'sha1', digits: upper(SHA1), fingerprint: true });
  });

  it('is not fooled by what only looks like a label', () => {
    expect(readHash(`md5${MD5}`)).toEqual({ kind: 'notHex', index: 0 });
    expect(readHash('SHA1:')).toEqual({ kind: 'notHex', index: 0 });
    expect(readHash(`SHA512: ${MD5}`)).toEqual({ kind: 'notHex', index: 0 });
    expect(readHash('sha1: xyz')).toEqual({ kind: 'notHex', index: 6 });
  });

  it('gives the canonical digits of a labelled hash', () => {
    expect(canonicalHash(`SHA1: ${upper(SHA1)}`)).toBe(SHA1);
  });
});
