import { createEngine } from '@tclint/core';
import { openStream } from '@tclint/formats';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { describe, expect, it } from 'vitest';
import { diagnoseWith } from './diagnose.js';
import { diagnoseOpened, diagnoseText, type Diagnoser } from './diagnose-input.js';
import type { DiagnosableSubject } from './diagnosis.js';

const engine = createEngine({ config: TEST_PLUGINS.map((plugin) => plugin.configs.recommended) });
const linter: Diagnoser = { diagnose: <S extends DiagnosableSubject>(subject: S) => diagnoseWith(engine, subject) };
const SECRET = 'k3y-that-must-stay-hidden-4242';
const SIGNATURE = 'c2lnbmF0dXJlLXRoYXQtaXMtc2VjcmV0';
async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}
const open = (text: string, options: Parameters<typeof openStream>[1] = {}) => openStream(chunked(text, 5), options);

describe('diagnoseText', () => {
  it('diagnoses each recognized line at its line number and leaves the other lines out', async () => {
    const reports = await collect(diagnoseText(linter, await open('starting\nSignature data did not match expected result\nbye\n', { source: 'job.log' })));
    expect(reports.map((r) => [r.source, r.line, r.result?.diagnoses.map((d) => d.ruleId)])).toEqual([['job.log', 2, ['signature/message']]]);
  });

  it('gives a text nothing recognizes one unrecognized diagnosis that quotes it without credentials', async () => {
    const log = `GET /api/v2/owners\nAuthorization: TC 12345:${SIGNATURE}\nsent key ${SECRET}\n`;
    const reports = await collect(diagnoseText(linter, await open(log), { secretKey: SECRET }));
    expect(reports).toHaveLength(1);
    const [diagnosis] = reports[0]!.result!.diagnoses;
    expect(diagnosis!.classId).toBe('unrecognized');
    expect(diagnosis!.message).toContain('Authorization: [REDACTED]');
    for (const secret of [SECRET, SIGNATURE]) expect(JSON.stringify(reports)).not.toContain(secret);
  });

  it('gives nothing for an empty text', async () => {
    expect(await collect(diagnoseText(linter, await open('')))).toEqual([]);
  });
});

describe('diagnoseOpened', () => {
  const exchange = {
    request: { method: 'GET', url: 'https://tc.example/api/v3/groups', headers: { Authorization: 'TC 1:abcdefghijklmnop' } },
    response: { status: 401, headers: {}, body: '{"status":"Failure","message":"Signature data did not match expected result"}' },
  };

  it('diagnoses the exchanges of NDJSON and reports a broken record with its line', async () => {
    const reports = await collect(diagnoseOpened(linter, await open(`${JSON.stringify(exchange)}\n{"request":\n`, { format: 'ndjson' })));
    expect(reports.map((r) => [r.line, r.readError === undefined, r.result?.diagnoses.map((d) => d.classId)])).toEqual([
      [1, true, ['signature']],
      [2, false, undefined],
    ]);
  });

  it('reads a text as lines', async () => {
    const reports = await collect(diagnoseOpened(linter, await open('Signature data did not match expected result\n')));
    expect(reports.map((r) => r.result?.diagnoses.map((d) => d.classId))).toEqual([['signature']]);
  });

  it('refuses indicator records', async () => {
    await expect(collect(diagnoseOpened(linter, await open('type,value\nASN,AS 1\n', { format: 'csv', source: 'x.csv' })))).rejects.toThrow('x.csv: cannot diagnose csv input');
  });
});
