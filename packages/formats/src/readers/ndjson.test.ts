import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { readNdjson } from './ndjson.js';
import { isRecordError, type InputRecord } from '../records/record.js';

describe('readNdjson', () => {
  it('reads v3 bodies, batch items and strings, one per line', async () => {
    const input = '{"type":"ASN","AS Number":"AS 1","rating":3}\n\n{"type":"Host","summary":"a.example."}\n"12345"\n';
    const items = (await collect(readNdjson(chunked(input, 7)))) as InputRecord[];
    expect(items.map((i) => [i.line, i.subject])).toEqual([
      [1, { kind: 'indicator', type: 'ASN', values: { 'AS Number': 'AS 1' } }],
      [3, { kind: 'indicator', type: 'Host', values: { hostName: 'a.example.' }, raw: 'a.example.' }],
      [4, { kind: 'indicator', type: undefined, values: {}, raw: '12345' }],
    ]);
    expect(items.map((i) => i.origin)).toMatchObject([{ shape: 'fields' }, { shape: 'summary' }, { shape: 'string' }]);
    expect(items[0]!.after).toBe('\n\n');
  });

  it('takes the type from the field names, or --type', async () => {
    const [byField] = (await collect(readNdjson(chunked('{"Key Name":"k","Value Name":"v","Value Type":"REG_SZ"}\n', 100)))) as InputRecord[];
    expect(byField!.subject).toMatchObject({ type: 'Registry Key' });
    const [byOption] = (await collect(readNdjson(chunked('{"summary":"AS 7"}\n', 100), { type: 'ASN' }))) as InputRecord[];
    expect(byOption!.subject).toMatchObject({ type: 'ASN', values: { 'AS Number': 'AS 7' } });
    // the field names decide over --type, which is only for objects without a type of their own
    const [fieldsWin] = (await collect(readNdjson(chunked('{"Key Name":"k","Value Name":"v","Value Type":"REG_SZ"}\n', 100), { type: 'ASN' }))) as InputRecord[];
    expect(fieldsWin!.subject).toEqual({ kind: 'indicator', type: 'Registry Key', values: { 'Key Name': 'k', 'Value Name': 'v', 'Value Type': 'REG_SZ' } });
  });

  it('reports a bad JSON line with its column and goes on', async () => {
    const items = await collect(readNdjson(chunked('{"type":"ASN","AS Number":"ASN1"}\n{"type": ASN}\n[1]\n{"type":"ASN","AS Number":"ASN3"}', 5)));
    expect(items.map((i) => (isRecordError(i) ? i.error : i.line))).toEqual([
      1,
      { message: expect.stringMatching(/^invalid JSON on line 2, column \d+$/), line: 2, column: expect.any(Number) },
      { message: 'line 3: expected a JSON object, got an array', line: 3 },
      4,
    ]);
  });
});
