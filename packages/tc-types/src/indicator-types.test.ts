import { JavaRegexError } from '@tclint/java-regex';
import { describe, expect, it } from 'vitest';
import { parseIndicatorTypes, recordedIndicatorTypes } from './index.js';

describe('IndicatorTypes', () => {
  const types = recordedIndicatorTypes();

  it('finds a type by its exact name first, then in any case', () => {
    expect(types.type('Registry Key')?.apiBranch).toBe('registryKeys');
    expect(types.type('registry key')?.name).toBe('Registry Key');
    expect(types.type('Nope')).toBeUndefined();
    const twoCases = parseIndicatorTypes({
      indicatorType: ['ABC', 'abc'].map((name) => ({ name, apiBranch: name, apiEntity: name, keys: { key1: 'v' } })),
    });
    expect(twoCases.type('abc')?.apiBranch).toBe('abc');
    expect(twoCases.type('Abc')?.apiBranch).toBe('ABC');
  });

  it('finds a field by name, by value<N>, then in any case', () => {
    expect(types.field('Registry Key', 'Value Type')?.index).toBe(3);
    expect(types.field('Registry Key', 'value2')?.name).toBe('Value Name');
    expect(types.field('ASN', 'as number')?.name).toBe('AS Number');
    expect(types.field('ASN', 'nope')).toBeUndefined();
  });

  it('checks a whole value against the field pattern, as Java matches() does', () => {
    expect(types.check('ASN', 'AS Number', 'ASN12345')).toEqual({ kind: 'match', pattern: '[Aa][Ss][Nn][1-4]?\\d{1,8}' });
    expect(types.check('ASN', 'AS Number', 'asn012')).toMatchObject({ kind: 'match' });
    expect(types.check('ASN', 'AS Number', 'ASN500000000')).toEqual({ kind: 'mismatch', patterns: ['[Aa][Ss][Nn][1-4]?\\d{1,8}'] });
    expect(types.check('ASN', 'AS Number', 'xASN1')).toMatchObject({ kind: 'mismatch' }); // find() would accept it
    expect(types.check('Address', 'ip', '2001:db8::1')).toEqual({ kind: 'match', pattern: types.type('Address')!.regexes[1] });
    expect(types.check('Host', 'hostName', 'example.EXE')).toMatchObject({ kind: 'mismatch' });
    expect(types.check('Host', 'hostName', 'example.com\n')).toMatchObject({ kind: 'mismatch' });
    expect(types.check('Email Subject', 'Subject', 's'.repeat(100))).toMatchObject({ kind: 'match' });
    expect(types.check('Email Subject', 'Subject', 'subject\u0085')).toMatchObject({ kind: 'mismatch' });
    expect(types.check('User Agent', 'User Agent String', "it's")).toMatchObject({ kind: 'mismatch' });
    expect(types.check('User Agent', 'User Agent String', 'it’s')).toMatchObject({ kind: 'match' });
    expect(types.check('Registry Key', 'Value Type', 'REG_SZ')).toEqual({ kind: 'match' });
    expect(types.check('Registry Key', 'Value Type', 'reg_sz')).toMatchObject({ kind: 'not-an-option', options: expect.arrayContaining(['REG_SZ']) });
    expect(types.check('Nope', 'x', 'y')).toBeUndefined();
  });

  it('names the fields that fail, in key order, with their patterns', () => {
    const failures = types.failures('File', { md5: 'd41d8cd98f00b204e9800998ecf8427e', sha1: 'not a hash', sha256: 'x' });
    expect(failures.map((f) => [f.field.name, f.value, f.verdict.kind])).toEqual([
      ['sha1', 'not a hash', 'mismatch'],
      ['sha256', 'x', 'mismatch'],
    ]);
    expect(failures[0]!.verdict).toEqual({ kind: 'mismatch', patterns: ['\\b([a-fA-F\\d]{40})\\b'] });
    expect(types.failures('File', { md5: 'D41D8CD98F00B204E9800998ECF8427E' })).toEqual([]);
    expect(types.failures('Registry Key', { value1: 'HKLM\\Software', value3: 'REG_SZ' }).map((f) => f.field.name)).toEqual(['Key Name']);
    expect(types.failures('Nope', { x: 'y' })).toEqual([]);
  });

  it('lists the types whose patterns match a raw value, parsable ones by default', () => {
    const names = (value: string, parsableOnly?: boolean) => types.typesMatching(value, { parsableOnly }).map((m) => `${m.type.name}/${m.field.name}`);
    expect(names('example.com')).toEqual(['Host/hostName']);
    expect(names('10.0.0.1')).toEqual(['Address/ip']);
    expect(names('10.0.0.0/8')).toEqual(['CIDR/Block']);
    expect(names('d41d8cd98f00b204e9800998ecf8427e')).toEqual(['File/md5']);
    expect(names('#threat')).toEqual([]);
    expect(names('#threat', false)).toEqual(['Email Subject/Subject', 'Hashtag/Hashtag', 'Mutex/Mutex', 'Registry Key/Value Name', 'User Agent/User Agent String']);
  });

  it('compiles each pattern once per model, and keeps a pattern it cannot compile from deciding', () => {
    const model = parseIndicatorTypes({
      indicatorType: [
        { name: 'Broken', apiBranch: 'b', apiEntity: 'b', keys: { key1: 'v' }, regexes: ['(unclosed', 'ok'] },
        { name: 'Grapheme', apiBranch: 'g', apiEntity: 'g', keys: { key1: 'v' }, regexes: ['\\X+'] },
      ],
    });
    expect(model.compiledPattern('ok')).toBe(model.compiledPattern('ok'));
    expect(model.check('Broken', 'v', 'ok')).toEqual({ kind: 'match', pattern: 'ok' });
    const broken = model.check('Broken', 'v', 'other');
    expect(broken).toMatchObject({ kind: 'untranslatable', pattern: '(unclosed' });
    expect(broken?.kind === 'untranslatable' && broken.error).toBeInstanceOf(JavaRegexError);
    expect(model.patternProblems().map((p) => [p.type.name, p.pattern, p.error.kind])).toEqual([
      ['Broken', '(unclosed', 'syntax'],
      ['Grapheme', '\\X+', 'unsupported'],
    ]);
    expect(recordedIndicatorTypes().patternProblems()).toEqual([]);
  });

  it('gives the same model to every caller of recordedIndicatorTypes()', () => {
    expect(recordedIndicatorTypes()).toBe(types);
  });
});
