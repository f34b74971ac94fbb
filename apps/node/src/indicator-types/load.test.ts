import { ConfigError } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { replyText } from '../testing/indicator-types.js';
import { tempDir } from '../testing/temp.js';
import { INDICATOR_TYPES_FILE, loadIndicatorTypesFile, resolveIndicatorTypes } from './load.js';

async function problemsOf(call: () => unknown): Promise<readonly string[]> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveIndicatorTypes', () => {
  it('takes --indicator-types, else the config\'s indicatorTypes, else tclint.indicator-types.json next to the config, else in the working directory', () => {
    const t = tempDir({ 'flag.json': replyText({ asnPattern: 'ASN1' }), 'proj/conf.json': replyText({ asnPattern: 'ASN2' }), [`proj/${INDICATOR_TYPES_FILE}`]: replyText({ asnPattern: 'ASN3' }), [`cwd/${INDICATOR_TYPES_FILE}`]: replyText({ asnPattern: 'ASN4' }) });
    const asn = (loaded: ReturnType<typeof resolveIndicatorTypes>) => loaded?.types.type('ASN')?.regexes[0];
    const config = { value: 'conf.json', dir: t.path('proj') };
    const configFile = t.path('proj/tclint.config.json');
    expect(asn(resolveIndicatorTypes({ flag: '../flag.json', config, configFile, discover: true, cwd: t.path('cwd') }))).toBe('ASN1');
    expect(asn(resolveIndicatorTypes({ config, configFile, discover: true, cwd: t.path('cwd') }))).toBe('ASN2');
    expect(asn(resolveIndicatorTypes({ configFile, discover: true, cwd: t.path('cwd') }))).toBe('ASN3');
    expect(asn(resolveIndicatorTypes({ discover: true, cwd: t.path('cwd') }))).toBe('ASN4');
    expect(resolveIndicatorTypes({ discover: false, cwd: t.path('cwd') })).toBeUndefined();
    expect(resolveIndicatorTypes({ discover: true, cwd: t.dir })).toBeUndefined();
    expect(resolveIndicatorTypes({ flag: 'flag.json', discover: false, cwd: t.dir })).toMatchObject({ file: t.path('flag.json'), warnings: [] });
  });

  it('a JS config may give the reply itself', () => {
    const loaded = resolveIndicatorTypes({ config: { value: JSON.parse(replyText()), dir: '/' }, discover: true, cwd: '/' });
    expect(loaded?.file).toBeUndefined();
    expect(loaded?.types.type('Crypto Wallet')?.fields.map((f) => f.name)).toEqual(['Wallet Address', 'Currency']);
  });
});

describe('loadIndicatorTypesFile', () => {
  it('names the file and the problem: missing, not JSON, not a reply (every problem with its JSON path)', async () => {
    const t = tempDir({ 'broken.json': '{"data": ', 'wrong.json': JSON.stringify({ status: 'Success', data: { indicatorType: [{ name: 'X', apiBranch: 'xs', apiEntity: 'x' }, { name: 'Y' }] } }) });
    expect(await problemsOf(() => loadIndicatorTypesFile(t.path('none.json'), '--indicator-types'))).toEqual([`--indicator-types ${t.path('none.json')}: cannot read the file (no such file; tclint types pull writes it)`]);
    expect((await problemsOf(() => loadIndicatorTypesFile(t.path('broken.json'))))[0]).toMatch(new RegExp(`^indicator types ${t.path('broken.json')}: not JSON \\(`));
    expect(await problemsOf(() => loadIndicatorTypesFile(t.path('wrong.json'), 'indicatorTypes'))).toEqual([
      `indicatorTypes ${t.path('wrong.json')}: not a valid indicatorTypes reply: $.data.indicatorType[0].keys: missing: expected { "key1": field name, ... }`,
      `indicatorTypes ${t.path('wrong.json')}: not a valid indicatorTypes reply: $.data.indicatorType[1].apiBranch: missing`,
      `indicatorTypes ${t.path('wrong.json')}: not a valid indicatorTypes reply: $.data.indicatorType[1].apiEntity: missing`,
      `indicatorTypes ${t.path('wrong.json')}: not a valid indicatorTypes reply: $.data.indicatorType[1].keys: missing: expected { "key1": field name, ... }`,
    ]);
  });

  it('warns once per pattern that cannot be translated', () => {
    const reply = JSON.parse(replyText()) as { data: { indicatorType: Record<string, unknown>[] } };
    reply.data.indicatorType.push({ name: 'Broken', apiBranch: 'brokens', apiEntity: 'broken', custom: 'true', parsable: 'false', keys: { key1: 'Value' }, regexes: ['(unclosed'] });
    const t = tempDir({ 'r.json': JSON.stringify(reply) });
    const { warnings } = loadIndicatorTypesFile(t.path('r.json'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the Broken pattern "\(unclosed" cannot be used \(.+\); Broken values are not checked against it$/);
  });
});
