import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64Text } from '../text/bytes.js';
import { chunked, collect } from '../testing/streams.js';
import { readHar } from './har.js';
import { isRecordError, type ExchangeRecord } from '../records/record.js';

function entry(url: string, status: number, extra: Record<string, unknown> = {}) {
  return {
    startedDateTime: '2024-01-02T03:04:05.000Z',
    request: {
      method: 'POST',
      url,
      headers: [
        { name: ':authority', value: 'x' },
        { name: 'Authorization', value: 'TC 123:c2lnbmF0dXJlc2lnbmF0dXJl' },
        { name: 'Timestamp', value: '1700000000' },
      ],
      postData: { mimeType: 'application/json', text: '{"type":"ASN","AS Number":"AS 1"}' },
    },
    response: { status, headers: [{ name: 'Date', value: 'Thu, 02 Jan 2024 03:04:05 GMT' }], content: { text: '{"status":"Failure","message":"bad"}' } },
    ...extra,
  };
}

describe('readHar', () => {
  it('keeps the failed ThreatConnect API calls as exchanges', async () => {
    const har = {
      log: {
        entries: [
          entry('https://tc.example/api/v3/indicators', 400),
          entry('https://tc.example/api/v3/indicators', 201),
          entry('https://tc.example/static/app.js', 500),
          entry('https://tc.example/v2/indicators/asns', 401),
        ],
      },
    };
    const items = (await collect(readHar(chunked(JSON.stringify(har), 50), { source: 'x.har' }))) as ExchangeRecord[];
    expect(items.map((i) => [i.index, i.path, i.subject.response?.status])).toEqual([
      [0, 'log.entries[0]', 400],
      [3, 'log.entries[3]', 401],
    ]);
    const first = items[0]!;
    expect(first.subject.request.headers).toEqual({ Authorization: 'TC 123:c2lnbmF0dXJlc2lnbmF0dXJl', Timestamp: '1700000000' });
    expect(first.subject.request.body).toBe('{"type":"ASN","AS Number":"AS 1"}');
    expect(first.subject.response?.body).toBe('{"status":"Failure","message":"bad"}');
    expect(first.subject.localTime).toBe(Date.parse('2024-01-02T03:04:05.000Z'));
    expect(first.raw).toBe('POST https://tc.example/api/v3/indicators -> 400');
  });

  it('decodes base64 response bodies', async () => {
    const e = entry('https://tc.example/api/v2/owners', 403);
    (e.response.content as Record<string, string>) = { text: Buffer.from('{"message":"denied"}').toString('base64'), encoding: 'base64' };
    const [item] = (await collect(readHar(chunked(JSON.stringify({ log: { entries: [e] } }), 100)))) as ExchangeRecord[];
    expect(item!.subject.response?.body).toBe('{"message":"denied"}');
  });

  it('reports a failed API call whose request cannot be read at its entry, naming what is missing, and goes on', async () => {
    const failed = entry('https://tc.example/api/v2/owners', 401);
    const noMethod = { ...failed, request: { ...failed.request, method: undefined } };
    const noHeaders = { ...failed, request: { ...failed.request, headers: undefined } };
    const badHeaders = { ...failed, request: { ...failed.request, method: 7, headers: 'Authorization: TC 1:x' }, response: { ...failed.response, headers: 5 } };
    const bare = { request: { url: 'https://tc.example/api/v2/owners' }, response: { status: '500' } };
    const har = { log: { entries: [noMethod, noHeaders, badHeaders, bare, failed] } };
    const items = await collect(readHar(chunked(JSON.stringify(har), 64), { source: 'x.har' }));
    expect(items.map((i) => (isRecordError(i) ? [i.index, i.path, i.raw, i.error] : [i.index, i.path]))).toEqual([
      [0, 'log.entries[0]', '', { message: 'log.entries[0]: the failed API call (HTTP 401) cannot be read: "request.method" is missing', line: null }],
      [1, 'log.entries[1]', '', { message: 'log.entries[1]: the failed API call (HTTP 401) cannot be read: "request.headers" is missing', line: null }],
      [
        2,
        'log.entries[2]',
        '',
        {
          message:
            'log.entries[2]: the failed API call (HTTP 401) cannot be read: "request.method" must be a non-empty string; "request.headers" must be a list of {"name", "value"}; "response.headers" must be a list of {"name", "value"}',
          line: null,
        },
      ],
      [3, 'log.entries[3]', '', { message: 'log.entries[3]: the failed API call (HTTP 500) cannot be read: "request.method" is missing; "request.headers" is missing', line: null }],
      [4, 'log.entries[4]'],
    ]);
    // no credential of the entry is in the message
    expect(JSON.stringify(items.filter(isRecordError))).not.toContain('TC 123');
  });

  it('skips entries that are not failed API calls, however incomplete: no response, no status, a success, another URL, empty', async () => {
    const failed = entry('https://tc.example/api/v2/owners', 401);
    const har = {
      log: {
        entries: [
          {},
          null,
          'x',
          { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [] } },
          { request: { url: 'https://tc.example/api/v2/owners' }, response: {} },
          { request: { url: 'https://tc.example/api/v2/owners' }, response: { status: 200 } },
          { request: { url: 'https://tc.example/static/app.js' }, response: { status: 404 } },
          { request: {}, response: { status: 401 } },
          { response: { status: 401 } },
          failed,
        ],
      },
    };
    const items = await collect(readHar(chunked(JSON.stringify(har), 64)));
    expect(items.map((i) => [isRecordError(i), i.path])).toEqual([[false, 'log.entries[9]']]);
  });

  it('reads an entry without response headers (HAR requires them, but nothing in them is needed)', async () => {
    const failed = entry('https://tc.example/api/v2/owners', 401);
    const har = { log: { entries: [{ ...failed, response: { status: 401, content: failed.response.content } }] } };
    const [item] = (await collect(readHar(chunked(JSON.stringify(har), 64)))) as ExchangeRecord[];
    expect(item!.subject.response).toEqual({ status: 401, headers: {}, body: '{"status":"Failure","message":"bad"}' });
  });

  it('reports a file that is not a HAR', async () => {
    const [item] = await collect(readHar(chunked('{"foo":1}', 100)));
    expect(isRecordError(item!) && item.error.message).toBe('not a HAR file: no log.entries array');
  });
});

describe('base64 HAR content', () => {
  it('decodes as Node’s Buffer does: URL-safe letters too, other characters skipped, up to the first "="', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n*!é';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 64 }), (encoded) => {
        expect(base64Text(encoded)).toBe(Buffer.from(encoded, 'base64').toString('utf8'));
      }),
    );
    expect(base64Text(Buffer.from('{"status":"Error","message":"bad"}').toString('base64'))).toBe('{"status":"Error","message":"bad"}');
  });
});
