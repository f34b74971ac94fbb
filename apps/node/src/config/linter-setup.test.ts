import { ConfigError, indicator, indicatorFromSummary } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replyText } from '../testing/indicator-types.js';
import { tempDir } from '../testing/temp.js';
import { linterFromSetup } from './linter-setup.js';

const TC_TYPES = pathToFileURL(createRequire(import.meta.url).resolve('@tclint/tc-types')).href;
const BTC = '1BoatSLRHtKNngkdXEeobR76b53LETtpyT';

describe("linterFromSetup with the user's own indicator types", () => {
  it('picks up tclint.indicator-types.json: its custom types are checkable and inferred, its reply is in settings.indicatorTypes', async () => {
    const t = tempDir({ 'package.json': '{}', 'tclint.indicator-types.json': replyText({ asnPattern: 'ASN\\d{1,3}' }) });
    const linter = await linterFromSetup({ cwd: t.dir });
    expect(linter.indicatorTypes?.file).toBe(t.path('tclint.indicator-types.json'));
    const settings = linter.engine.config.settings;
    expect(settings[INDICATOR_TYPES_SETTING]).toBe(linter.indicatorTypes!.reply);
    expect(indicatorTypesOf(settings)).toBe(linter.indicatorTypes!.types);
    expect(indicatorTypesOf(settings).type('ASN')?.regexes).toEqual(['ASN\\d{1,3}']);
    expect(linter.check(indicatorFromSummary(`${BTC} : BTC`, 'Crypto Wallet')).messages).toEqual([]);
    expect(linter.check(indicatorFromSummary(`${BTC} : DOGE`, 'crypto wallet')).messages.map((m) => [m.ruleId, m.severity])).toEqual([['custom-types/platform-pattern', 'error']]);
    expect(linter.check(indicatorFromSummary(BTC)).subject).toMatchObject({ type: 'Crypto Wallet' });
    expect(linter.rules().find((r) => r.id === 'custom-types/platform-pattern')).toMatchObject({ plugin: '@tclint/tc-types', severity: 'error', types: ['Crypto Wallet'] });
  });

  it("every package's platform-pattern rule reads the reply (a plugin built with platformPatternRule, from a JS config)", async () => {
    const config = `import { platformPatternRule } from '${TC_TYPES}';
const plugin = { meta: { name: 'acme-asn', namespace: 'acme' }, rules: { 'platform-pattern': platformPatternRule({ type: 'ASN' }) } };
export default [{ plugins: { acme: plugin }, rules: { 'acme/platform-pattern': 'error' }, settings: { indicatorTypes: './types/mine.json' }, input: { comments: false } }];
`;
    const t = tempDir({ 'package.json': '{"type":"module"}', 'tclint.config.js': config, 'types/mine.json': replyText({ asnPattern: 'ASN\\d{1,3}' }) });
    const linter = await linterFromSetup({ cwd: t.dir });
    const ids = (value: string) => linter.check(indicator('ASN', { 'AS Number': value })).messages.map((m) => m.ruleId);
    expect(ids('ASN123')).toEqual([]);
    expect(ids('ASN1234')).toEqual(['acme/platform-pattern']);
    expect(linter.input).toEqual({ comments: false });
    // --indicator-types wins over the config; the recorded reply accepts ASN1234
    t.write('recorded-like.json', replyText());
    const flagged = await linterFromSetup({ cwd: t.dir, indicatorTypes: 'recorded-like.json' });
    expect(flagged.check(indicator('ASN', { 'AS Number': 'ASN1234' })).messages).toEqual([]);
  });

  it('a JSON config names the reply (relative to itself) and how inputs are read; it may set the custom types\' rule', async () => {
    const t = tempDir({
      'package.json': '{}',
      'conf/tclint.config.json': JSON.stringify({ indicatorTypes: '../instance.json', input: { comments: false, columns: 'type=Kind,value=2' }, rules: { 'custom-types/platform-pattern': 'warn' } }),
      'instance.json': replyText(),
    });
    const linter = await linterFromSetup({ cwd: t.dir, configFile: 'conf/tclint.config.json' });
    expect(linter.indicatorTypes?.file).toBe(t.path('instance.json'));
    expect(linter.input).toEqual({ comments: false, columns: { type: 'Kind', value: 2 } });
    expect(linter.check(indicatorFromSummary(`${BTC} : DOGE`, 'Crypto Wallet')).messages.map((m) => m.severity)).toEqual(['warning']);
  });

  it('--no-config ignores tclint.indicator-types.json but not --indicator-types; a bad reply is a config error', async () => {
    const t = tempDir({ 'package.json': '{}', 'tclint.indicator-types.json': replyText(), 'bad.json': '{"indicatorType": [{"name": "X"}]}' });
    expect((await linterFromSetup({ cwd: t.dir, useConfigFile: false })).indicatorTypes).toBeUndefined();
    expect((await linterFromSetup({ cwd: t.dir, useConfigFile: false, indicatorTypes: 'tclint.indicator-types.json' })).indicatorTypes).toBeDefined();
    const error = await linterFromSetup({ cwd: t.dir, indicatorTypes: 'bad.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0]).toBe(`--indicator-types ${t.path('bad.json')}: not a valid indicatorTypes reply: $.indicatorType[0].apiBranch: missing`);
  });

  it('config problems with input are collected with the others', async () => {
    const t = tempDir({ 'package.json': '{}', 'tclint.config.json': JSON.stringify({ input: { comments: 'no', columns: 'kind=1', extra: 1 }, indicatorTypes: 3 }) });
    const error = (await linterFromSetup({ cwd: t.dir }).catch((e: unknown) => e)) as ConfigError;
    expect(error.problems).toEqual([
      'tclint.config.json: input: unknown key "extra" (expected comments, columns)',
      'tclint.config.json: input.comments must be true or false',
      'tclint.config.json: input.columns: expected type=COLUMN and/or value=COLUMN (a header name or a 1-based position), got "kind=1"',
      'tclint.config.json: "indicatorTypes" must be the path of a saved indicatorTypes reply (tclint types pull writes tclint.indicator-types.json)',
    ]);
  });
});
