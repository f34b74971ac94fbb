import { DEFAULT_ACCESS_ID, DEFAULT_SECRET_KEY, DEFAULT_TOKEN, startStandin, STANDIN_INDICATOR_TYPES, type Standin } from '@tclint/tc-standin';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, scratch, tclint } from './test-harness.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin({ basePath: '/api' });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.state.indicatorTypes = STANDIN_INDICATOR_TYPES.map((t) => ({ ...t }));
});

const hmac = () => ({ TC_API_PATH: standin.url, TC_API_ACCESS_ID: DEFAULT_ACCESS_ID, TC_API_SECRET_KEY: DEFAULT_SECRET_KEY });
const BTC = '1BoatSLRHtKNngkdXEeobR76b53LETtpyT';

describe('tclint types pull, end to end over HTTP', () => {
  it("saves the instance's types, signed with the Access ID and Secret Key; check then knows its custom type", async () => {
    const dir = scratch();
    const pulled = await tclint(['types', 'pull'], { cwd: dir, env: hmac() });
    expect(pulled.stderr).toBe('');
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toBe(
      `Saved the 13 indicator types of ${standin.url} to tclint.indicator-types.json (custom: Crypto Wallet).\n` +
        'tclint check, fix and rules use them from there instead of the recorded ThreatConnect types.\n',
    );
    expect(standin.state.requests.at(-1)).toMatchObject({ url: '/api/v2/types/indicatorTypes?includeAdditional=true', status: 200 });
    const saved = JSON.parse(readFileSync(join(dir, 'tclint.indicator-types.json'), 'utf8')) as { data: { indicatorType: { name: string }[] } };
    expect(saved.data.indicatorType.map((t) => t.name)).toContain('Crypto Wallet');

    // a custom type named in a CSV type column is known, and checked by its allowed values
    writeFileSync(join(dir, 'wallets.csv'), `type,value\nCrypto Wallet,${BTC} : BTC\ncrypto-wallet,${BTC} : DOGE\n`);
    const checked = await tclint(['check', '--format', 'json', 'wallets.csv'], { cwd: dir });
    expect(checked.code).toBe(1);
    const records = json<{ line: number; type: string; messages: { ruleId: string; message: string }[] }[]>(checked);
    expect(records.map((r) => [r.line, r.type, r.messages.map((m) => m.ruleId)])).toEqual([
      [2, 'Crypto Wallet', []],
      [3, 'Crypto Wallet', ['custom-types/platform-pattern']],
    ]);
    expect(records[1]!.messages[0]!.message).toBe('ThreatConnect refuses Currency "DOGE": your instance allows only BTC, ETH, XMR for the Crypto Wallet type');
    // untyped: inferred by the type's pattern; and the type is one --type takes
    expect(json<{ type: string }[]>(await tclint(['check', '--format', 'json'], { cwd: dir, input: `${BTC}\n` }))[0]!.type).toBe('Crypto Wallet');
    expect((await tclint(['check', '--type', 'crypto-wallet'], { cwd: dir, input: `${BTC} : XMR\n` })).code).toBe(0);
    // fix writes the type's name as the instance spells it
    expect((await tclint(['fix', 'wallets.csv'], { cwd: dir })).stdout).toBe(`type,value\nCrypto Wallet,${BTC} : BTC\nCrypto Wallet,${BTC} : DOGE\n`);
    // the rule is listed with its docs
    const rules = json<{ id: string; plugin: string; severity: string }[]>(await tclint(['rules', '--format', 'json'], { cwd: dir }));
    expect(rules.find((r) => r.id === 'custom-types/platform-pattern')).toMatchObject({ plugin: '@tclint/tc-types', severity: 'error' });
    const docs = await tclint(['rules', 'custom-types/platform-pattern'], { cwd: dir });
    expect(docs.code).toBe(0);
    expect(docs.stdout).toMatch(/^### custom-types\/platform-pattern\n/);

    // a custom-typed indicator that passes tclint is accepted by the stand-in's own validator
    const created = await fetch(`${standin.url}/v2/indicators/cryptoWallets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `TC-Token ${DEFAULT_TOKEN}` },
      body: JSON.stringify({ 'Wallet Address': BTC, Currency: 'BTC' }),
    });
    expect(created.status).toBe(201);
  });

  it('with an API token, to the file -o names; --indicator-types then uses it', async () => {
    const dir = scratch();
    const pulled = await tclint(['types', 'pull', '--url', standin.url, '-o', 'config/types.json'], { cwd: dir, env: { TC_TOKEN: DEFAULT_TOKEN } });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(standin.state.requests.at(-1)!.headers.authorization).toBe(`TC-Token ${DEFAULT_TOKEN}`);
    expect(existsSync(join(dir, 'config/types.json'))).toBe(true);
    expect((await tclint(['check', '--type', 'Crypto Wallet'], { cwd: dir, input: `${BTC}\n` })).code).toBe(2);
    const checked = await tclint(['check', '--indicator-types', 'config/types.json', '--type', 'Crypto Wallet'], { cwd: dir, input: `${BTC}\n` });
    expect(checked.code, checked.stderr).toBe(0);
  });

  it('next to the config file tclint finds', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'tclint.config.json'), '{}');
    const sub = join(dir, 'feeds');
    await import('node:fs').then((fs) => fs.mkdirSync(sub));
    expect((await tclint(['types', 'pull'], { cwd: sub, env: hmac() })).code).toBe(0);
    expect(existsSync(join(dir, 'tclint.indicator-types.json'))).toBe(true);
    expect((await tclint(['check', '--type', 'crypto-wallet'], { cwd: sub, input: `${BTC}\n` })).code).toBe(0);
  });

  it('a refusal: diagnosed, never printing the secret key, exit 2, nothing written', async () => {
    const dir = scratch();
    const wrong = 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210abcd';
    const result = await tclint(['types', 'pull'], { cwd: dir, env: { ...hmac(), TC_API_SECRET_KEY: wrong } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tclint: ThreatConnect refused GET \/api\/v2\/types\/indicatorTypes: HTTP 401 "Signature data did not match expected result"\. \[signature\] /);
    expect(result.stderr).toContain('\n  - ');
    expect(result.stderr).not.toContain(wrong);
    expect(existsSync(join(dir, 'tclint.indicator-types.json'))).toBe(false);
    const owner = await tclint(['types', 'pull'], { cwd: dir, env: { TC_API_PATH: standin.url, TC_TOKEN: 'APIV2:430:c8mTcH:1:expiredOrUnknownToken=' } });
    expect(owner.code).toBe(2);
    expect(owner.stderr).toMatch(/HTTP 401 "Unauthorized"\. \[unauthorized\]/);
    expect(owner.stderr).not.toContain('expiredOrUnknownToken');
  });

  it('a malformed reply: every problem with its JSON path, exit 2, nothing written', async () => {
    standin.state.indicatorTypes = [{ name: 'Broken', apiBranch: 'brokens', custom: 'true', parsable: 'true', keys: { key1: 'Value', key3: 'Other' } }];
    const dir = scratch();
    const result = await tclint(['types', 'pull'], { cwd: dir, env: hmac() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `tclint: ${standin.url}: the reply is not a valid ThreatConnect indicatorTypes reply:\n` +
        '  $.data.indicatorType[0].apiEntity: missing\n' +
        '  $.data.indicatorType[0].keys.key3: key2 is missing: keys are numbered from 1 without gaps\n' +
        'Nothing was written.\n',
    );
    expect(existsSync(join(dir, 'tclint.indicator-types.json'))).toBe(false);
  });

  it('refuses secrets on the command line and says what it needs, without printing a secret', async () => {
    const dir = scratch();
    for (const args of [['--secret-key', DEFAULT_SECRET_KEY], ['--token', DEFAULT_TOKEN], [DEFAULT_SECRET_KEY]]) {
      const result = await tclint(['types', 'pull', ...args], { cwd: dir, env: hmac() });
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).not.toContain(DEFAULT_SECRET_KEY);
      expect(result.stderr).not.toContain(DEFAULT_TOKEN);
    }
    const none = await tclint(['types', 'pull', '--url', standin.url], { cwd: dir });
    expect(none).toMatchObject({ code: 2, stderr: 'tclint: no credentials: set TC_API_ACCESS_ID and TC_API_SECRET_KEY (or TC_TOKEN) in the environment; the secret key and the token are read only from there\n' });
    expect((await tclint(['types', 'pull'], { cwd: dir, env: { TC_TOKEN: DEFAULT_TOKEN } })).stderr).toContain('give the API base URL with --url or TC_API_PATH');
    expect((await tclint(['types'], { cwd: dir })).stderr).toContain('give the subcommand: tclint types pull');
    const unreachable = await tclint(['types', 'pull', '--url', 'http://127.0.0.1:1/api'], { cwd: dir, env: { TC_TOKEN: DEFAULT_TOKEN } });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/^tclint: cannot reach http:\/\/127\.0\.0\.1:1\/api: /);
  });
});
