import { describe, expect, it } from 'vitest';
import { FILE_EXTENSION_TLDS, isFileExtensionTld, isKnownTopLevelDomain, topLevelDomainOf } from './index.js';

describe('isKnownTopLevelDomain', () => {
  it.each(['com', 'COM', 'de', 'museum', 'xn--p1ai', 'рф', 'ck', 'onion', ...FILE_EXTENSION_TLDS])('%j is a real top-level domain', (label) => {
    expect(isKnownTopLevelDomain(label)).toBe(true);
  });

  it.each(['bat', 'dll', 'exe', 'scr', 'php', 'local', 'example', 'localhost', 'invalid', '', 'co.uk', '123'])('%j is not', (label) => {
    expect(isKnownTopLevelDomain(label)).toBe(false);
  });
});

describe('file extensions', () => {
  it('knows the real top-level domains that are common file extensions', () => {
    expect(isFileExtensionTld('zip')).toBe(true);
    expect(isFileExtensionTld('MOV')).toBe(true);
    expect(isFileExtensionTld('com')).toBe(false);
  });
});

describe('topLevelDomainOf', () => {
  it.each([
    ['www.example.com', 'com'],
    ['localhost', 'localhost'],
    ['a.', ''],
  ])('%j -> %j', (name, tld) => expect(topLevelDomainOf(name)).toBe(tld));
});
