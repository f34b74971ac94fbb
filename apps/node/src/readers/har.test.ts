import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/temp.js';
import { readHar } from './har.js';
import { isRecordError, type ExchangeRecord } from './record.js';

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

  it('reports a file that is not a HAR', async () => {
    const [item] = await collect(readHar(chunked('{"foo":1}', 100)));
    expect(isRecordError(item!) && item.error.message).toBe('not a HAR file: no log.entries array');
  });
});
