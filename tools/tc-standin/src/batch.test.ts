import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server.js';
import { signed } from './test-requests.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin();
});
afterAll(() => standin.close());

const SETTINGS = { version: 'V2', owner: 'Example Organization', haltOnError: false, action: 'Create', attributeWriteType: 'Replace' };

async function createBatch(settings: Record<string, unknown> = SETTINGS): Promise<number> {
  const r = await signed(standin.url, '/v2/batch', { method: 'POST', body: settings });
  expect(r.status).toBe(201);
  return (r.json.data as { batchId: number }).batchId;
}

async function upload(id: number, file: unknown) {
  return signed(standin.url, `/v2/batch/${id}`, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
}

async function status(id: number) {
  const r = await signed(standin.url, `/v2/batch/${id}`);
  expect(r.status).toBe(200);
  return (r.json.data as { batchStatus: Record<string, unknown> }).batchStatus;
}

describe('V2 batch', () => {
  it('creates a job, takes the file, and reports counts and errors', async () => {
    const id = await createBatch();
    expect(await status(id)).toMatchObject({ id, status: 'Created' });
    const up = await upload(id, {
      indicator: [
        { type: 'ASN', summary: 'ASN12345', rating: 3, confidence: 60 },
        { type: 'ASN', summary: 'AS 12345' },
        { type: 'Registry Key', summary: 'HKEY_LOCAL_MACHINE\\Software\\Batch :   : REG_NONE' },
        { type: 'Registry Key', summary: 'HKLM\\Software\\Batch :   : REG_NONE' },
        { type: 'File', md5: '905ad8176a569a36421bf54c04ba7f95', summary: 'ignored when hash fields are present' },
      ],
      group: [],
    });
    expect(up.status).toBe(202);
    expect(up.json).toEqual({ status: 'Queued' });
    expect(await status(id)).toEqual({ id, status: 'Completed', errorCount: 2, successCount: 3, unprocessCount: 0 });
    const errors = await signed(standin.url, `/v2/batch/${id}/errors`);
    expect(errors.status).toBe(200);
    const list = errors.json as unknown as { code: string; errorReason: string; errorMessage: string }[];
    expect(list).toHaveLength(2);
    expect(list[0]!.errorReason).toContain('prefixed with "ASN"');
    expect(list[0]!.errorMessage).toContain('indicator[1]');
    expect(list[1]!.errorReason).toContain('HKEY_LOCAL_MACHINE\\ instead of HKLM\\');
    const stored = standin.state.indicators.find((i) => i.summary === 'ASN12345')!;
    expect(stored).toMatchObject({ ownerName: 'Example Organization', rating: 3, confidence: 60 });
  });

  it('stops at the first error with haltOnError and counts the rest as unprocessed', async () => {
    const id = await createBatch({ ...SETTINGS, haltOnError: true });
    await upload(id, { indicator: [{ type: 'Host', summary: 'ok.example' }, { type: 'Host', summary: 'BAD.example' }, { type: 'Host', summary: 'never.example' }] });
    expect(await status(id)).toMatchObject({ errorCount: 1, successCount: 1, unprocessCount: 1 });
    expect(standin.state.indicators.some((i) => i.summary === 'never.example')).toBe(false);
  });

  it('accepts the V1 format (a plain array)', async () => {
    const id = await createBatch();
    await upload(id, [{ type: 'CIDR', summary: 'abc:def:10:0:0:0:0:0/48' }]);
    expect(await status(id)).toMatchObject({ errorCount: 0, successCount: 1 });
    const errors = await signed(standin.url, `/v2/batch/${id}/errors`);
    expect(errors.status).toBe(404);
  });

  it('completes with one error when the file is not JSON, and refuses a second upload', async () => {
    const id = await createBatch();
    await upload(id, '{"indicator": [');
    expect(await status(id)).toMatchObject({ status: 'Completed', errorCount: 1, successCount: 0 });
    const again = await upload(id, { indicator: [] });
    expect(again.status).toBe(400);
    expect(again.json.status).toBe('Failure');
  });

  it('checks the job settings and the owner', async () => {
    const missing = await signed(standin.url, '/v2/batch', { method: 'POST', body: { owner: 'Example Organization' } });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toBe('Batch job settings are missing required field(s): haltOnError, action, attributeWriteType');
    const unknown = await signed(standin.url, '/v2/batch', { method: 'POST', body: { ...SETTINGS, owner: 'Nobody' } });
    expect(unknown.status).toBe(403);
    expect(unknown.json).toEqual({ status: 'Failure', message: 'The requested owner was not found' });
    const denied = await signed(standin.url, '/v2/batch', { method: 'POST', body: { ...SETTINGS, owner: 'Restricted Source' } });
    expect(denied.json).toEqual({ status: 'Failure', message: 'Access Denied' });
  });

  it('answers an unknown job with 404', async () => {
    const r = await signed(standin.url, '/v2/batch/999999');
    expect(r.status).toBe(404);
    expect(r.json.status).toBe('Failure');
  });
});
