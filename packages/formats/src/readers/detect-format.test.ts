import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it('trusts telling extensions', () => {
    expect(detectFormat('a.har', '')).toBe('har');
    expect(detectFormat('a.NDJSON', '')).toBe('ndjson');
    expect(detectFormat('a.jsonl', '')).toBe('ndjson');
    expect(detectFormat('a.csv', 'ASN1')).toBe('csv');
    expect(detectFormat('dir.v2/list.txt', '{"x":1}')).toBe('lines');
  });

  it('sniffs JSON kinds', () => {
    expect(detectFormat('a.json', '{ "log": {"version":"1.2"') ).toBe('har');
    expect(detectFormat('a.json', '\uFEFF{"indicator": [')).toBe('batch');
    expect(detectFormat('a.json', '[{"type":"ASN"}]')).toBe('json');
    expect(detectFormat('a.json', '{"type":"ASN",\n "AS Number":"1"}')).toBe('json');
    expect(detectFormat(undefined, '{"type":"ASN"}\n{"type":"Host"}\n')).toBe('ndjson');
  });

  it('sniffs a CSV header, else lines', () => {
    expect(detectFormat(undefined, 'type,value\nASN,1\n')).toBe('csv');
    expect(detectFormat('keys', 'Key Name,Value Name,Value Type\n')).toBe('csv');
    expect(detectFormat(undefined, 'ASN1\nAS 2\n')).toBe('lines');
    expect(detectFormat(undefined, 'k : v : REG_SZ\n')).toBe('lines');
    expect(detectFormat(undefined, Buffer.from('example.com,other.com\n'))).toBe('lines');
    // a third-party export whose value column is headed by its type
    expect(detectFormat(undefined, 'Domain,Domain Use\nevil.example,C2\n')).toBe('csv');
    expect(detectFormat(undefined, 'IP,first seen\n')).toBe('csv');
  });
});
