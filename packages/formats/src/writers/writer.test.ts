import { createEngine, type Engine } from '@tclint/core';
import { testAsn, testHost } from '@tclint/test-plugins';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputFormat } from '../records/record.js';
import { isRecordError } from '../records/record.js';
import { openStream, readRecords } from '../readers/read.js';
import { ownTypeName, typeNameFix } from '../records/type-name.js';
import { chunked, memorySink, utf16Bytes } from '../testing/streams.js';
import { createRecordWriter, type RecordWriterOptions } from './writer.js';

const engine = createEngine({ config: [testAsn.configs.recommended, testHost.configs.recommended] });

/** Reads an input, fixes each record with `engine` (or not), and writes it back to a memory sink. */
async function rewrite(input: string | Uint8Array, format: InputFormat, options: RecordWriterOptions & { fixWith?: Engine; type?: string } = {}) {
  const memory = memorySink();
  const writer = createRecordWriter(format, memory.sink, options);
  const records = readRecords(chunked(input, 7), { format, ...(options.type !== undefined && { type: options.type }) });
  let step = await records.next();
  for (; !step.done; step = await records.next()) {
    const item = step.value;
    await writer.write(item, isRecordError(item) || !options.fixWith ? undefined : options.fixWith.fix(item.subject));
  }
  const outcome = await writer.commit(step.value);
  return { outcome, text: memory.text(), committed: memory.committed(), discarded: memory.discarded() };
}

describe('createRecordWriter', () => {
  it('writes fixed values into their place and copies everything else', async () => {
    const csv = '\uFEFFtype,value,note\r\nASN,AS 1,"x, ""y"""\r\n\r\nHost,ok.example,\r\nASN,"AS 2\r\n';
    const { text, outcome } = await rewrite(csv, 'csv', { fixWith: engine, always: true });
    expect(text).toBe('\uFEFFtype,value,note\r\nASN,ASN1,"x, ""y"""\r\n\r\nHost,ok.example,\r\nASN,"AS 2\r\n');
    expect(outcome).toEqual({ written: true, changed: true });
  });

  it('discards the output when nothing was fixed, unless told to write it always', async () => {
    const unchanged = await rewrite('ASN1\n', 'lines', { fixWith: engine, type: 'ASN' });
    expect(unchanged).toMatchObject({ outcome: { written: false, changed: false, reason: 'nothing was fixed' }, committed: false, discarded: true });
    expect((await rewrite('ASN1\n', 'lines', { fixWith: engine, type: 'ASN', always: true })).text).toBe('ASN1\n');
  });

  it('keeps the output of an input it could not read completely only for a sink whose partial output stands', async () => {
    const broken = '[{"type":"ASN","AS Number":"AS 1"}, {"type":"ASN","AS Nu';
    const file = await rewrite(broken, 'json', { fixWith: engine, always: true });
    expect(file).toMatchObject({ committed: false, discarded: true, outcome: { written: false } });
    expect(file.outcome.reason).toMatch(/^the input could not be read completely \(invalid JSON at line 1, column \d+\)$/);
    const stream = await rewrite(broken, 'json', { fixWith: engine, always: true, partial: { open: () => true } });
    expect(stream.text).toBe('[{"type":"ASN","AS Number":"ASN1"}, {"type":"ASN","AS Nu');
  });

  it('gives lines back byte for byte when nothing is fixed, and fixing twice gives what fixing once gave', async () => {
    const line = fc.oneof(fc.constantFrom('AS 1', 'ASN2', 'as 3', 'EXAMPLE.com.', 'x.example', '', ' \t'), fc.string({ maxLength: 12 }));
    const eol = fc.constantFrom('\n', '\r\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, eol), { maxLength: 20 }), fc.boolean(), async (lines, bom) => {
        const input = (bom ? '\uFEFF' : '') + lines.map(([text, end]) => text.replace(/[\r\n]/g, '') + end).join('');
        expect((await rewrite(input, 'lines', { always: true })).text).toBe(input);
        const once = (await rewrite(input, 'lines', { fixWith: engine, always: true })).text;
        expect((await rewrite(once, 'lines', { fixWith: engine, always: true })).text).toBe(once);
        expect(once.split('\n')).toHaveLength(input.split('\n').length);
      }),
    );
  });

  it('writes a UTF-16 input back in its encoding, BOM and all', async () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      for (const bom of ['\uFEFF', '']) {
        const input = utf16Bytes(`${bom}AS 1\r\n# checked 2024\r\nASN2\r\n`, encoding);
        const opened = await openStream(chunked(input, 5), { format: 'lines' });
        expect(opened.encoding).toBe(encoding);
        const chunks: Uint8Array[] = [];
        const sink = { write: async (bytes: Uint8Array) => void chunks.push(bytes.slice()), commit: async () => {}, discard: async () => {} };
        const writer = createRecordWriter('lines', sink, { always: true, encoding });
        const records = readRecords(opened, { type: 'ASN' });
        let step = await records.next();
        for (; !step.done; step = await records.next()) await writer.write(step.value, isRecordError(step.value) ? undefined : engine.fix(step.value.subject));
        await writer.commit(step.value);
        expect(Buffer.concat(chunks)).toEqual(Buffer.from(utf16Bytes(`${bom}ASN1\r\n# checked 2024\r\nASN2\r\n`, encoding)));
      }
    }
  });

  it('writes ThreatConnect\'s type name where a record names its type otherwise (CSV type cell, JSON type property)', async () => {
    const aliases = createEngine({ config: [testAsn.configs.recommended] });
    const fixAll = async (input: string, format: InputFormat) => {
      const memory = memorySink();
      const writer = createRecordWriter(format, memory.sink, { always: true });
      const records = readRecords(chunked(input, 6), { format });
      let step = await records.next();
      for (; !step.done; step = await records.next()) {
        const item = step.value;
        await writer.write(item, isRecordError(item) ? undefined : typeNameFix(ownTypeName(item), aliases.fix(item.subject)));
      }
      await writer.commit(step.value);
      return memory.text();
    };
    expect(await fixAll('type,value,note\nAS,ASN1,a\nasn,AS 2,b\nASN,ASN3,c\n,AS 4,d\n', 'csv')).toBe('type,value,note\nASN,ASN1,a\nASN,ASN2,b\nASN,ASN3,c\n,ASN4,d\n');
    expect(await fixAll('{"type":"autonomous-system","AS Number":"ASN1","rating":1}\n"AS 2"\n', 'ndjson')).toBe('{"type":"ASN","AS Number":"ASN1","rating":1}\n"ASN2"\n');
    expect(await fixAll('{"indicator":[{"type":"as","summary":"ASN1"},{"type":"ASN","summary":"ASN2"}]}', 'batch')).toBe('{"indicator":[{"type":"ASN","summary":"ASN1"},{"type":"ASN","summary":"ASN2"}]}');
  });

  it('refuses HAR input, a record of another format, and a second commit', async () => {
    expect(() => createRecordWriter('har', memorySink().sink)).toThrow(TypeError);
    const writer = createRecordWriter('lines', memorySink().sink, { always: true });
    const csv = readRecords(chunked('type,value\nASN,AS 1\n', 100), { format: 'csv' });
    const first = await csv.next();
    if (first.done) throw new Error('the CSV reader gave no record');
    await expect(writer.write(first.value)).rejects.toThrow('a lines writer cannot write a csv record');
    await writer.commit();
    await expect(writer.commit()).rejects.toThrow('already committed');
  });
});
