import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { exchangeOf, readExchangeJson, readExchangeNdjson } from './exchanges.js';
import { isRecordError, type ExchangeRecord, type ReadItem } from '../records/record.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

const exchange = (status: number, extra: Record<string, unknown> = {}) => ({
  request: {
    method: 'POST',
    url: 'https://tc.example/api/v3/indicators',
    headers: { Timestamp: '1700000000', Authorization: 'TC 12345:c2lnbmF0dXJlc2lnbmF0dXJl', 'Content-Type': 'application/json' },
    body: '{"type":"ASN","AS Number":"AS 1"}',
  },
  response: { status, headers: { Date: 'Tue, 14 Nov 2023 22:20:12 GMT' }, body: '{"status":"Error","message":"bad"}' },
  ...extra,
});

const problems = (items: ReadItem[]) => items.map((i) => (isRecordError(i) ? { path: i.path, ...i.error } : { path: i.path, line: i.line, ok: i.index }));

describe('readExchangeJson', () => {
  it('reads an array of exchanges, each located by its index', async () => {
    const input = JSON.stringify([exchange(400), exchange(401)], null, 2);
    const items = (await collect(readExchangeJson(chunked(input, 64), { source: 'x.json' }))) as ExchangeRecord[];
    expect(items.map((i) => [i.source, i.index, i.path, i.line, i.subject.response?.status])).toEqual([
      ['x.json', 0, '[0]', null, 400],
      ['x.json', 1, '[1]', null, 401],
    ]);
    const first = items[0]!;
    expect(first.subject.request).toEqual(exchange(400).request);
    expect(first.subject.response?.body).toBe('{"status":"Error","message":"bad"}');
    expect(first.origin).toEqual({ format: 'exchange' });
    // the record text is a summary without headers or bodies, so without credentials
    expect(first.raw).toBe('POST https://tc.example/api/v3/indicators -> 400');
  });

  it('reads a single exchange object; the response, times and HAR-style headers are optional', async () => {
    const single = {
      request: { method: 'GET', url: '/v2/owners', headers: [{ name: 'Timestamp', value: '1' }, { name: 'X-A', value: 'a' }, { name: 'x-a', value: 'b' }, { name: 'X-A', value: 'c' }] },
      localTime: '2023-11-14T22:13:20Z',
      tokenExpires: 1700003600,
    };
    const [item] = (await collect(readExchangeJson(chunked(JSON.stringify(single), 10)))) as ExchangeRecord[];
    expect(item!.path).toBeNull();
    expect(item!.subject).toEqual({ kind: 'exchange', request: { method: 'GET', url: '/v2/owners', headers: { Timestamp: '1', 'X-A': 'a, c', 'x-a': 'b' } }, localTime: 1_700_000_000_000, tokenExpires: 1700003600 });
    expect(item!.raw).toBe('GET /v2/owners');
  });

  it('writes out JSON bodies given as values and numeric header values', async () => {
    const given = { request: { method: 'POST', url: '/v3/indicators', headers: { Timestamp: 1700000000 }, body: { type: 'ASN', 'AS Number': 'AS 1' } }, response: { status: '400', headers: {}, body: { status: 'Error' } } };
    const [item] = (await collect(readExchangeJson(chunked(JSON.stringify(given), 100)))) as ExchangeRecord[];
    expect(item!.subject.request).toEqual({ method: 'POST', url: '/v3/indicators', headers: { Timestamp: '1700000000' }, body: '{"type":"ASN","AS Number":"AS 1"}' });
    expect(item!.subject.response).toEqual({ status: 400, headers: {}, body: '{"status":"Error"}' });
  });

  it('reports each malformed exchange with its location and goes on', async () => {
    const input = JSON.stringify([
      exchange(400),
      'GET /v2/owners',
      { request: { method: 'GET' } },
      { request: { method: 'GET', url: '/v2/owners', headers: 'Timestamp: 1' } },
      { request: { method: 'GET', url: '/v2/owners' }, response: { status: 'bad' } },
      { request: { method: 'GET', url: '/v2/owners' }, localTime: 'yesterday' },
      exchange(401),
    ]);
    expect(problems(await collect(readExchangeJson(chunked(input, 33))))).toEqual([
      { path: '[0]', line: null, ok: 0 },
      { path: '[1]', line: null, message: '[1]: expected an exchange object {"request": ..., "response": ...}, got a string' },
      { path: '[2]', line: null, message: '[2]: "request" needs non-empty "method" and "url" strings' },
      { path: '[3]', line: null, message: '[3]: "request.headers" must be an object of header values or a list of {"name", "value"}' },
      { path: '[4]', line: null, message: '[4]: "response" needs a numeric "status"' },
      { path: '[5]', line: null, message: '[5]: "localTime" must be epoch milliseconds or an ISO 8601 date' },
      { path: '[6]', line: null, ok: 6 },
    ]);
  });

  it('reports a document that is not JSON (at its line and column) or not UTF-8, without echoing its text', async () => {
    const [bad] = await collect(readExchangeJson(chunked(`[\n  {"request": TC 1:${SECRET}}\n]`, 8)));
    expect(isRecordError(bad!) && bad.error).toEqual({ message: 'invalid JSON at line 2, column 15', line: 2, column: 15 });
    expect(JSON.stringify(bad)).not.toContain(SECRET);
    const [binary] = await collect(readExchangeJson(chunked(Buffer.from([0x5b, 0xff, 0x5d]), 8)));
    expect(isRecordError(binary!) && binary.error.message).toBe('invalid UTF-8 at line 1, column 2');
    expect(await collect(readExchangeJson(chunked('  \n', 8)))).toEqual([]);
  });

  it('attaches the secret key, not enumerable: it is never serialized', async () => {
    const [item] = (await collect(readExchangeJson(chunked(JSON.stringify(exchange(401)), 50), { secretKey: SECRET }))) as ExchangeRecord[];
    expect(item!.subject.secretKey).toBe(SECRET);
    expect(Object.keys(item!.subject)).not.toContain('secretKey');
    expect(JSON.stringify(item)).not.toContain(SECRET);
    const [without] = (await collect(readExchangeJson(chunked(JSON.stringify(exchange(401)), 50)))) as ExchangeRecord[];
    expect(without!.subject.secretKey).toBeUndefined();
  });
});

describe('readExchangeNdjson', () => {
  it('streams one exchange per line; blank lines are skipped but counted', async () => {
    const input = `${JSON.stringify(exchange(400))}\r\n\n${JSON.stringify(exchange(403))}`;
    const items = (await collect(readExchangeNdjson(chunked(`\uFEFF${input}`, 7), { source: 's.ndjson', secretKey: SECRET }))) as ExchangeRecord[];
    expect(items.map((i) => [i.index, i.line, i.path, i.subject.response?.status, i.subject.secretKey])).toEqual([
      [0, 1, null, 400, SECRET],
      [1, 3, null, 403, SECRET],
    ]);
    expect(items[0]!.subject.request.headers.Authorization).toBe('TC 12345:c2lnbmF0dXJlc2lnbmF0dXJl');
  });

  it('reports bad lines (JSON with its column, not an exchange, not UTF-8, too long) at their line and goes on', async () => {
    const good = JSON.stringify(exchange(401));
    const input = Buffer.concat([
      Buffer.from(`${good}\n{"request": }\n[]\n{"request":{"method":"GET","url":"/v2/owners","headers":[]},"response":{"headers":{}}}\n`),
      Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]),
      Buffer.from(`${'x'.repeat(600)}\n${good}\n`),
    ]);
    const items = await collect(readExchangeNdjson(chunked(input, 16), { maxLineBytes: 500 }));
    expect(problems(items)).toEqual([
      { path: null, line: 1, ok: 0 },
      { path: null, line: 2, message: 'invalid JSON on line 2, column 13', column: 13 },
      { path: null, line: 3, message: 'line 3: expected an exchange object {"request": ..., "response": ...}, got an array' },
      { path: null, line: 4, message: 'line 4: "response" needs a numeric "status"' },
      { path: null, line: 5, message: 'invalid UTF-8 at line 5, column 2', column: 2 },
      { path: null, line: 6, message: 'line 6 is 600 bytes long, over the limit; it was skipped and not kept' },
      { path: null, line: 7, ok: 6 },
    ]);
    // no record keeps the text of an unreadable line (it may hold credentials)
    expect(items.every((i) => !isRecordError(i) || (i.raw === '' && i.rawBytes === undefined))).toBe(true);
  });

  it('holds one line at a time: 20 000 exchanges stream through', async () => {
    const line = `${JSON.stringify(exchange(401))}\n`;
    async function* many() {
      for (let i = 0; i < 20_000; i++) yield line;
    }
    let count = 0;
    for await (const item of readExchangeNdjson(many())) if (!isRecordError(item)) count++;
    expect(count).toBe(20_000);
  });
});

describe('exchangeOf', () => {
  it('never throws on arbitrary JSON values', () => {
    for (const value of [null, 1, true, [], {}, { request: null }, { request: [] }, { request: { method: 1, url: {} } }, { request: { method: 'GET', url: 'x', headers: [null, 1, { name: 1 }] } }]) {
      expect(() => exchangeOf(value)).not.toThrow();
    }
    expect(exchangeOf({ request: { method: 'GET', url: 'x', headers: [null, 1, { name: 1 }, { name: ':authority', value: 'x' }] } })).toMatchObject({ subject: { request: { headers: {} } } });
  });
});
