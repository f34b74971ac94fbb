import { describe, expect, it } from 'vitest';
import { IndicatorTypesError, parseIndicatorTypes, RECORDED_INDICATOR_TYPES } from './index.js';

const problemsOf = (json: unknown) => {
  try {
    parseIndicatorTypes(json);
  } catch (error) {
    if (error instanceof IndicatorTypesError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
};

const custom = (overrides: Record<string, unknown> = {}) => ({
  name: 'Phone Number',
  apiBranch: 'phoneNumbers',
  apiEntity: 'phoneNumber',
  custom: 'true',
  parsable: 'false',
  keys: { key1: 'Phone' },
  regexes: ['\\+?[0-9 ]{4,20}'],
  ...overrides,
});

describe('parseIndicatorTypes', () => {
  it('reads the recorded reply: 12 types, fields in key order, case preferences, Value Type options', () => {
    const types = parseIndicatorTypes(RECORDED_INDICATOR_TYPES);
    expect(types.types.map((t) => t.name)).toEqual([
      'Address', 'EmailAddress', 'File', 'Host', 'URL', 'ASN', 'CIDR', 'Email Subject', 'Hashtag', 'Mutex', 'Registry Key', 'User Agent',
    ]);
    expect(types.about).toContain('threatconnect-playbooks');
    const registry = types.type('Registry Key')!;
    expect(registry.fields.map((f) => [f.name, f.index, f.patterns.length, f.options?.length ?? 0])).toEqual([
      ['Key Name', 1, 1, 0],
      ['Value Name', 2, 1, 0],
      ['Value Type', 3, 0, 11],
    ]);
    expect(registry.fields[2]!.options).toContain('REG_DWORD_LITTLE_ENDIAN');
    expect(types.type('File')!.fields.map((f) => [f.name, f.patterns])).toEqual([
      ['md5', ['\\b([a-fA-F\\d]{32})\\b']],
      ['sha1', ['\\b([a-fA-F\\d]{40})\\b']],
      ['sha256', ['\\b([a-fA-F\\d]{64})\\b']],
    ]);
    // one field: every pattern is an alternative for it (IPv4 or IPv6)
    expect(types.type('Address')!.fields[0]!.patterns).toHaveLength(2);
    expect(types.types.map((t) => t.casePreference ?? '-')).toEqual(['-', '-', '-', '-', '-', 'upper', 'lower', 'sensitive', 'lower', 'sensitive', 'sensitive', 'sensitive']);
    expect(types.type('ASN')).toMatchObject({ apiBranch: 'asns', apiEntity: 'asn', custom: true, parsable: true });
    expect(types.type('Mutex')).toMatchObject({ custom: true, parsable: false });
  });

  it('accepts the reply as ThreatConnect sends it, bare, or with a lone type', () => {
    const list = [custom()];
    for (const reply of [{ status: 'Success', data: { resultCount: 1, indicatorType: list } }, { indicatorType: list }, { data: { indicatorType: custom() } }]) {
      expect(parseIndicatorTypes(reply).types.map((t) => t.name)).toEqual(['Phone Number']);
    }
  });

  it('reads booleans written either way, and value options of any field', () => {
    const types = parseIndicatorTypes({ indicatorType: [custom({ custom: true, parsable: 'true', keys: { key2: 'Country', key1: 'Phone' }, value2Option: 'DE;FR;;US' })] });
    const type = types.type('phone number')!;
    expect(type).toMatchObject({ custom: true, parsable: true });
    expect(type.fields.map((f) => [f.name, f.patterns, f.options])).toEqual([
      ['Phone', ['\\+?[0-9 ]{4,20}'], undefined],
      ['Country', [], ['DE', 'FR', 'US']],
    ]);
  });

  it('lists every problem of a malformed reply, with its JSON path', () => {
    expect(
      problemsOf({
        status: 'Success',
        data: {
          indicatorType: [
            custom({ name: '', custom: 'yes', casePreference: 'UPPER', keys: { key1: 'A', key3: 'C', first: 'x' }, regexes: ['a', 7], value4Option: 'x' }),
            'Host',
            custom({ keys: { key1: 'A', key2: 'B' }, regexes: ['a', 'b', 'c'] }),
            custom({ apiBranch: undefined, keys: {} }),
          ],
        },
      }),
    ).toEqual([
      '$.data.indicatorType[0].name: expected a non-empty string, found the string ""',
      '$.data.indicatorType[0].custom: expected "true" or "false", found the string "yes"',
      '$.data.indicatorType[0].casePreference: expected "upper", "lower" or "sensitive", found the string "UPPER"',
      '$.data.indicatorType[0].keys.first: expected key1, key2, ...',
      '$.data.indicatorType[0].keys.key3: key2 is missing: keys are numbered from 1 without gaps',
      '$.data.indicatorType[0].regexes[1]: expected a pattern (a string), found a number',
      '$.data.indicatorType[0].value4Option: the type has no key4',
      '$.data.indicatorType[1]: expected an object, found the string "Host"',
      '$.data.indicatorType[2].regexes: 3 patterns for 2 keys: a type with several keys has one pattern per key, in key order',
      '$.data.indicatorType[3].apiBranch: missing',
      '$.data.indicatorType[3].keys: no keys: a type has at least one field',
      '$.data.indicatorType[3].name: the type "Phone Number" is already defined at $.data.indicatorType[2]',
    ]);
  });

  it('says what is wrong with a reply that is not one', () => {
    expect(problemsOf('[]')).toEqual(['$: expected an object, found the string "[]"']);
    expect(problemsOf({ status: 'Failure', message: 'Unauthorized', data: {} })).toEqual([
      '$.status: the reply reports the string "Failure": Unauthorized, not Success',
      '$.data.indicatorType: missing: expected the list of indicator types',
    ]);
    expect(problemsOf({ types: [] })).toEqual(['$.indicatorType: missing: expected the list of indicator types']);
    expect(() => parseIndicatorTypes({ indicatorType: [7] })).toThrow('not a valid ThreatConnect indicatorTypes reply:\n  $.indicatorType[0]: expected an object, found a number');
  });
});
