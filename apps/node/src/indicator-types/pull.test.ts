import { ThreatConnectApiError } from '@tclint/client';
import { DEFAULT_ACCESS_ID, DEFAULT_SECRET_KEY, DEFAULT_TOKEN, startStandin, STANDIN_INDICATOR_TYPES, type Standin } from '@tclint/tc-standin';
import { IndicatorTypesError } from '@tclint/tc-types';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp.js';
import { loadIndicatorTypesFile } from './load.js';
import { IndicatorTypesReplyError, pullIndicatorTypes } from './pull.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin({ basePath: '/api' });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.state.indicatorTypes = STANDIN_INDICATOR_TYPES.map((t) => ({ ...t }));
});

const hmac = { accessId: DEFAULT_ACCESS_ID, secretKey: DEFAULT_SECRET_KEY };

describe('pullIndicatorTypes', () => {
  it("fetches the instance's reply, signed, and writes it atomically with its provenance; it reads back as the run's types", async () => {
    const t = tempDir();
    const file = t.path('tclint.indicator-types.json');
    const pulled = await pullIndicatorTypes({ baseUrl: standin.url, credentials: hmac, file, now: () => Date.UTC(2024, 4, 1) });
    expect(pulled.customTypes).toEqual(['Crypto Wallet']);
    expect(pulled.warnings).toEqual([]);
    expect(pulled.types.types).toHaveLength(13);
    const sent = standin.state.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'GET', url: '/api/v2/types/indicatorTypes?includeAdditional=true', status: 200 });
    expect(sent.headers.authorization).toMatch(/^TC 12345678901234567890:/);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(saved._about).toBe(`The indicator-type definitions of the ThreatConnect instance at ${standin.url}, as it returned them to GET /v2/types/indicatorTypes?includeAdditional=true on 2024-05-01T00:00:00.000Z (written by tclint types pull).`);
    expect(saved).toMatchObject({ status: 'Success', data: { resultCount: 13 } });
    expect(loadIndicatorTypesFile(file).types.type('Crypto Wallet')?.fields.map((f) => f.name)).toEqual(['Wallet Address', 'Currency']);
    expect(readdirSync(t.dir)).toEqual(['tclint.indicator-types.json']);
  });

  it('with an API token', async () => {
    const t = tempDir();
    const pulled = await pullIndicatorTypes({ baseUrl: standin.url, credentials: { token: DEFAULT_TOKEN }, file: t.path('types.json') });
    expect(pulled.customTypes).toEqual(['Crypto Wallet']);
    expect(standin.state.requests.at(-1)!.headers.authorization).toBe(`TC-Token ${DEFAULT_TOKEN}`);
  });

  it('a refusal comes back diagnosed, without the secret key, and nothing is written', async () => {
    const t = tempDir();
    const wrongKey = 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210abcd';
    const error = await pullIndicatorTypes({ baseUrl: standin.url, credentials: { accessId: DEFAULT_ACCESS_ID, secretKey: wrongKey }, file: t.path('x.json') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThreatConnectApiError);
    const refused = error as ThreatConnectApiError;
    expect(refused.status).toBe(401);
    expect(refused.classes).toEqual(['signature']);
    expect(JSON.stringify(refused)).not.toContain(wrongKey);
    expect(refused.message).not.toContain(wrongKey);
    expect(existsSync(t.path('x.json'))).toBe(false);
  });

  it('a malformed reply: every problem with its JSON path, and nothing is written', async () => {
    standin.state.indicatorTypes = [{ name: 'Broken', apiBranch: 'brokens', custom: 'maybe', parsable: 'true' }];
    const t = tempDir();
    const error = await pullIndicatorTypes({ baseUrl: standin.url, credentials: hmac, file: t.path('x.json') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndicatorTypesError);
    expect((error as IndicatorTypesError).problems).toEqual([
      { path: '$.data.indicatorType[0].apiEntity', message: 'missing' },
      { path: '$.data.indicatorType[0].custom', message: 'expected "true" or "false", found the string "maybe"' },
      { path: '$.data.indicatorType[0].keys', message: 'missing: expected { "key1": field name, ... }' },
    ]);
    expect(existsSync(t.path('x.json'))).toBe(false);
  });

  it('a reply that is not JSON (a proxy\'s maintenance page)', async () => {
    const t = tempDir();
    const proxy = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>maintenance</html>'));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    const error = await pullIndicatorTypes({ baseUrl: `http://127.0.0.1:${port}/api`, credentials: hmac, file: t.path('x.json') }).catch((e: unknown) => e);
    proxy.close();
    expect(error).toBeInstanceOf(IndicatorTypesReplyError);
    expect((error as Error).message).toMatch(/^the instance's reply to GET \/v2\/types\/indicatorTypes\?includeAdditional=true is not JSON \(.*\); it starts "<html>maintenance<\/html>"$/);
  });
});
