import type { Transport } from './transport.js';
import type { FixReport } from './options.js';
import { resolveRequestUrl } from './request-url.js';

/** One indicator of a v2 batch file: `{type, summary, rating?, confidence?, ...}`. */
export interface BatchIndicator {
  type: string;
  summary?: string;
  [property: string]: unknown;
}

/** A v2 batch file, or just its indicators. */
export type BatchInput = readonly BatchIndicator[] | { indicator?: readonly BatchIndicator[]; group?: readonly unknown[]; [key: string]: unknown };

export interface SubmitBatchOptions {
  /** The owner the batch writes to (required by ThreatConnect). */
  owner: string;
  haltOnError?: boolean;
  action?: 'Create' | 'Delete';
  attributeWriteType?: 'Append' | 'Replace' | 'Singleton' | 'Static';
  /** Further job settings (tagWriteType, fileMergeMode, ...). */
  settings?: Record<string, unknown>;
  /** Between status polls (default 1000 ms). */
  pollIntervalMs?: number;
  /** Give up polling after this long (default 300 000 ms). */
  timeoutMs?: number;
}

export interface BatchStatus {
  id?: number;
  status: string;
  errorCount?: number;
  successCount?: number;
  unprocessCount?: number;
  [key: string]: unknown;
}

export interface BatchResult {
  batchId: number;
  status: BatchStatus;
  /** The job's errors (`GET /v2/batch/<id>/errors`) when errorCount > 0. */
  errors: unknown[];
  fixes?: FixReport;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

async function call(transport: Transport, baseUrl: string, method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return transport.send({ method, url: resolveRequestUrl(baseUrl, path), headers: new Headers(headers), ...(body !== undefined && { body }) });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The V2 Batch API: create a job, upload the file (indicators fixed first, as
 * for any indicator create), poll until it completes, fetch its errors.
 */
export async function submitBatch(transport: Transport, baseUrl: string, input: BatchInput, options: SubmitBatchOptions): Promise<BatchResult> {
  const settings = {
    version: 'V2',
    owner: options.owner,
    haltOnError: options.haltOnError ?? false,
    action: options.action ?? 'Create',
    attributeWriteType: options.attributeWriteType ?? 'Replace',
    ...options.settings,
  };
  const job = await call(transport, baseUrl, 'POST', '/v2/batch', JSON_HEADERS, JSON.stringify(settings));
  const batchId = ((await job.response.json()) as { data?: { batchId?: number | string } }).data?.batchId;
  if (batchId === undefined) throw new Error('ThreatConnect created a batch job but returned no batchId');
  const document = Array.isArray(input) ? { indicator: input } : input;
  const upload = await call(transport, baseUrl, 'POST', `/v2/batch/${batchId}`, { 'Content-Type': 'application/octet-stream' }, JSON.stringify(document));
  await upload.response.arrayBuffer();
  const status = await poll(transport, baseUrl, batchId, options);
  const errors = (status.errorCount ?? 0) > 0 ? await batchErrors(transport, baseUrl, batchId) : [];
  const result: BatchResult = { batchId: Number(batchId), status, errors };
  if (upload.fixes) result.fixes = upload.fixes;
  return result;
}

async function poll(transport: Transport, baseUrl: string, batchId: number | string, options: SubmitBatchOptions): Promise<BatchStatus> {
  const interval = options.pollIntervalMs ?? 1000;
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (;;) {
    const { response } = await call(transport, baseUrl, 'GET', `/v2/batch/${batchId}`);
    const status = ((await response.json()) as { data?: { batchStatus?: BatchStatus } }).data?.batchStatus;
    if (status?.status === 'Completed') return status;
    if (Date.now() >= deadline) throw new Error(`Batch job ${batchId} did not complete within ${options.timeoutMs ?? 300_000} ms (last status: ${status?.status ?? 'unknown'})`);
    await sleep(interval);
  }
}

async function batchErrors(transport: Transport, baseUrl: string, batchId: number | string): Promise<unknown[]> {
  const { response } = await call(transport, baseUrl, 'GET', `/v2/batch/${batchId}/errors`);
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [text];
  }
}
