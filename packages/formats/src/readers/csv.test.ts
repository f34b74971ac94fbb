import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { readCsv } from './csv.js';
import { isRecordError, type InputRecord, type ReadItem } from '../records/record.js';

const records = (items: ReadItem[]) => items.filter((i): i is InputRecord => !isRecordError(i));

describe('readCsv', () => {
  it('reads type and value columns; the header and blank lines go into the verbatim text', async () => {
    const input = 'type,value,rating\r\nASN,AS 1,3\r\n\r\nHost,example.com.,5\r\n';
    const items = await collect(readCsv(chunked(input, 4), { source: 'x.csv' }));
    expect(items.map((i) => [i.line, i.raw, i.before, i.after])).toEqual([
      [2, 'ASN,AS 1,3', 'type,value,rating\r\n', '\r\n\r\n'],
      [4, 'Host,example.com.,5', undefined, '\r\n'],
    ]);
    expect(records(items).map((r) => r.subject)).toEqual([
      { kind: 'indicator', type: 'ASN', values: { 'AS Number': 'AS 1' }, raw: 'AS 1' },
      { kind: 'indicator', type: 'Host', values: { hostName: 'example.com.' }, raw: 'example.com.' },
    ]);
  });

  it('reads ThreatConnect field-name columns (Registry Key) with quoted cells', async () => {
    const input = 'Key Name,Value Name,Value Type,note\n"HKLM\\Software\\Run","a,b",REG_SZ,"multi\nline"\n';
    const [record] = records(await collect(readCsv(chunked(input, 5))));
    expect(record!.subject).toEqual({ kind: 'indicator', type: 'Registry Key', values: { 'Key Name': 'HKLM\\Software\\Run', 'Value Name': 'a,b', 'Value Type': 'REG_SZ' } });
    expect(record!.raw).toBe('"HKLM\\Software\\Run","a,b",REG_SZ,"multi\nline"');
    expect(record!.line).toBe(2);
  });

  it('lets field-name columns decide the type over --type, which applies only to rows without a type of their own', async () => {
    const input = 'Key Name,Value Name,Value Type\nHKLM\\Run,a,REG_SZ\n,,\n';
    const rows = records(await collect(readCsv(chunked(input, 7), { type: 'ASN' })));
    expect(rows.map((r) => r.subject)).toEqual([
      { kind: 'indicator', type: 'Registry Key', values: { 'Key Name': 'HKLM\\Run', 'Value Name': 'a', 'Value Type': 'REG_SZ' } },
      { kind: 'indicator', type: 'Registry Key', values: {} },
    ]);
    // a value column with the field columns empty: that value has no type of its own
    const mixed = records(await collect(readCsv(chunked('value,hostName\nAS 1,\n,a.example\n', 7), { type: 'ASN' })));
    expect(mixed.map((r) => r.subject)).toMatchObject([
      { type: 'ASN', values: { 'AS Number': 'AS 1' } },
      { type: 'Host', values: { hostName: 'a.example' } },
    ]);
  });

  it('uses --type for rows without a type, else leaves it to inference', async () => {
    const input = 'type,summary\n,12345\nHost,a.example\n';
    const typed = records(await collect(readCsv(chunked(input, 100), { type: 'ASN' })));
    expect(typed.map((r) => r.subject)).toMatchObject([{ type: 'ASN', values: { 'AS Number': '12345' } }, { type: 'Host' }]);
    const untyped = records(await collect(readCsv(chunked('value\n12345\n', 100))));
    expect(untyped[0]!.subject).toEqual({ kind: 'indicator', type: undefined, values: {}, raw: '12345' });
  });

  it('reports an unterminated quote at its line and reads on from the next line', async () => {
    const input = 'type,value\nASN,"AS 1\nASN,AS 2\nASN,AS 3\n';
    const items = await collect(readCsv(chunked(input, 3)));
    expect(items.map((i) => (isRecordError(i) ? `error ${i.error.line}: ${i.error.message}` : `${i.line}: ${i.raw}`))).toEqual([
      'error 2: unterminated quoted cell starting on line 2',
      '3: ASN,AS 2',
      '4: ASN,AS 3',
    ]);
  });

  it('gives up on a quoted cell longer than the record limit and reads on', async () => {
    const input = `type,value\nASN,"${'x'.repeat(300)}\n${'ASN,AS 9\n'.repeat(40)}`;
    const items = await collect(readCsv(chunked(input, 64), { maxLineBytes: 200 }));
    expect(isRecordError(items[0]!)).toBe(true);
    expect(records(items)).toHaveLength(40);
  });

  it('reports a stray character after a closing quote and goes on', async () => {
    const items = await collect(readCsv(chunked('type,value\nASN,"AS1"x\nASN,AS2\n', 100)));
    expect(isRecordError(items[0]!) && items[0].error).toEqual({ message: 'unexpected "x" after a closing quote on line 2, column 10', line: 2, column: 10 });
    expect(items[1]).toMatchObject({ line: 3, raw: 'ASN,AS2' });
  });

  it('stops at a header it cannot use, marking the input as not rewritable', async () => {
    const items = await collect(readCsv(chunked('foo,bar\n1,2\n', 100)));
    expect(items).toHaveLength(1);
    expect(isRecordError(items[0]!) && items[0].lost).toBe(true);
    expect(isRecordError(items[0]!) && items[0].error.message).toContain('found "foo", "bar"');
  });

  it('handles a BOM before the header and invalid UTF-8 in a row', async () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFtype,value\nASN,'), Buffer.from([0xff]), Buffer.from('\nASN,AS 5\n')]);
    const items = await collect(readCsv(chunked(bytes, 2)));
    expect(items[0]!.before).toBe('\uFEFFtype,value\n');
    expect(isRecordError(items[0]!) && items[0].error.column).toBe(5);
    expect(items[1]).toMatchObject({ line: 3, raw: 'ASN,AS 5' });
  });

  it('reads a value column headed by its type: every row has that type, a type cell still wins', async () => {
    const input = 'Domain,Domain Use\nWWW.ELEVEN.MYPOP3.ORG,C2\nevil.example,phishing\n';
    const rows = records(await collect(readCsv(chunked(input, 5), { type: 'ASN' })));
    expect(rows.map((r) => r.subject)).toEqual([
      { kind: 'indicator', type: 'Host', values: { hostName: 'WWW.ELEVEN.MYPOP3.ORG' }, raw: 'WWW.ELEVEN.MYPOP3.ORG' },
      { kind: 'indicator', type: 'Host', values: { hostName: 'evil.example' }, raw: 'evil.example' },
    ]);
    const typed = records(await collect(readCsv(chunked('type,URL\n,http://a.example\nHost,b.example\n', 100))));
    expect(typed.map((r) => r.subject.kind === 'indicator' && r.subject.type)).toEqual(['URL', 'Host']);
  });

  it('takes the type and value columns it is told to, by name or by position', async () => {
    const input = 'Indicator Type,Observable,Comment\nip-dst,103.40.102.233,seen\n,AS 1,x\n';
    for (const columns of [{ type: 'Indicator Type', value: 'observable' }, { type: 1, value: 2 }]) {
      const rows = records(await collect(readCsv(chunked(input, 9), { columns, type: 'ASN' })));
      expect(rows.map((r) => r.subject)).toMatchObject([
        { type: 'ip-dst', values: { ip: '103.40.102.233' } },
        { type: 'ASN', values: { 'AS Number': 'AS 1' } },
      ]);
    }
    // a chosen value column wins over the header's own value and field columns
    const chosen = records(await collect(readCsv(chunked('value,hostName,Domain\nx,y,a.example\n', 100), { columns: { value: 'Domain' } })));
    expect(chosen[0]!.subject).toEqual({ kind: 'indicator', type: 'Host', values: { hostName: 'a.example' }, raw: 'a.example' });
  });

  it('says why no value column can be determined, naming the header found', async () => {
    const message = async (input: string, columns?: { type?: string | number; value?: string | number }) => {
      const [item] = await collect(readCsv(chunked(input, 100), columns ? { columns } : {}));
      return isRecordError(item!) ? item.error.message : 'read';
    };
    expect(await message('Domain Use,First Seen\nC2,2024\n')).toBe(
      'the CSV header names no value column (found "Domain Use", "First Seen"): name a "value" (or "summary") column, ThreatConnect field columns such as "Key Name", or a column by its type ("Host", "Domain", "URL"), or say which column holds the values with the columns option (--columns value=NAME or value=N)',
    );
    expect(await message('Domain,URL\na.example,http://b.example\n')).toBe(
      'the CSV header names several columns by an indicator type ("Domain", "URL"), so which one holds the values is unclear; say which with the columns option (--columns value=NAME)',
    );
    expect(await message('Domain,Domain Use\n', { value: 'Domains' })).toBe('the value column is given as a column "Domains", but the header has no such column (found "Domain", "Domain Use")');
    expect(await message('Domain,Domain Use\n', { value: 3 })).toBe('the value column is given as column 3, but the header has no such column (found "Domain", "Domain Use")');
    expect(await message('a,b\n', { type: 'a', value: 1 })).toBe('the type and value columns are given as the same column (found "a", "b")');
  });
});
