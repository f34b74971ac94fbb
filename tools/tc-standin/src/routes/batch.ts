import { isReply, resolveOwner } from '../auth.js';
import { jsonObject, type JsonObject, type RouteContext } from '../context.js';
import { failure, success, type Reply } from '../envelope.js';
import { hasAnyField, readFields } from '../fields.js';
import { checkIndicator } from '../formats.js';
import { typeByName, valuesFromSummary } from '../indicator-types.js';
import { storeIndicator } from '../store.js';
import type { BatchError, StoredBatch } from '../types.js';

const REQUIRED_SETTINGS = ['owner', 'haltOnError', 'action', 'attributeWriteType'] as const;

let nextBatchId = 1;

/** `POST /v2/batch`: creates a batch job from its settings. */
export function createBatch(ctx: RouteContext): Reply {
  const settings = jsonObject(ctx.body);
  if (!settings) return failure(2, 400, 'The request body must be a JSON object');
  const missing = REQUIRED_SETTINGS.filter((k) => settings[k] === undefined);
  if (missing.length) return failure(2, 400, `Batch job settings are missing required field(s): ${missing.join(', ')}`);
  if (typeof settings.owner !== 'string') return failure(2, 400, 'Batch job setting owner must be a string');
  const owner = resolveOwner(settings.owner, ctx.principal, ctx.state, 2);
  if (isReply(owner)) return owner;
  const batch: StoredBatch = {
    id: nextBatchId++,
    ownerName: owner,
    haltOnError: settings.haltOnError === true,
    action: String(settings.action),
    status: 'Created',
    errorCount: 0,
    successCount: 0,
    unprocessCount: 0,
    errors: [],
  };
  ctx.state.batches.set(batch.id, batch);
  return success(201, { batchId: batch.id });
}

function findBatch(ctx: RouteContext, id: string): StoredBatch | Reply {
  const batch = /^[0-9]{1,9}$/.test(id) ? ctx.state.batches.get(Number(id)) : undefined;
  if (!batch || !ctx.principal.owners.includes(batch.ownerName)) return failure(2, 404, `Batch job ${id} was not found`);
  return batch;
}

function isBatch(value: StoredBatch | Reply): value is StoredBatch {
  return !isReply(value);
}

/** The indicator entries of an upload: V2 `{"indicator":[...]}` or V1 `[...]`. */
function indicatorEntries(body: string): unknown[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return `The uploaded file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === 'object') {
    const list = (parsed as JsonObject).indicator;
    if (list === undefined) return [];
    if (Array.isArray(list)) return list;
  }
  return 'The uploaded file must be a JSON object with an "indicator" array, or an array of indicators';
}

/** One entry's problem, or undefined once it is stored. */
function processEntry(ctx: RouteContext, batch: StoredBatch, entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'An indicator entry must be a JSON object';
  const item = entry as JsonObject;
  const type = typeof item.type === 'string' ? typeByName(item.type) : undefined;
  if (!type) return `Invalid indicator type ${JSON.stringify(item.type ?? null)}`;
  let values: Record<string, string>;
  if (hasAnyField(type, item)) {
    const read = readFields(type, item);
    if ('error' in read) return read.error;
    values = read.values;
  } else {
    if (typeof item.summary !== 'string') return `Invalid ${type.name}: summary is required`;
    values = valuesFromSummary(type, item.summary);
  }
  const problem = checkIndicator(type, values);
  if (problem) return problem;
  storeIndicator(ctx.state, type, values, batch.ownerName, item, ctx.clockMs);
  return undefined;
}

function batchError(index: number, reason: string): BatchError {
  return { code: '0x1001', severity: 'Error', errorReason: reason, errorMessage: `Encountered an error while processing indicator[${index}]: ${reason}` };
}

/** `POST /v2/batch/<id>`: uploads the input file. The stand-in processes it at once. */
export function uploadBatch(ctx: RouteContext, id: string): Reply {
  const batch = findBatch(ctx, id);
  if (!isBatch(batch)) return batch;
  if (batch.status !== 'Created') return failure(2, 400, `Batch job ${id} already has an input file`);
  batch.status = 'Completed';
  const entries = indicatorEntries(ctx.body);
  if (typeof entries === 'string') {
    batch.errorCount = 1;
    batch.errors.push({ code: '0x1001', severity: 'Error', errorReason: entries, errorMessage: entries });
    return { status: 202, body: { status: 'Queued' } };
  }
  for (let i = 0; i < entries.length; i++) {
    const problem = processEntry(ctx, batch, entries[i]);
    if (problem === undefined) {
      batch.successCount++;
      continue;
    }
    batch.errorCount++;
    batch.errors.push(batchError(i, problem));
    if (batch.haltOnError) {
      batch.unprocessCount = entries.length - i - 1;
      break;
    }
  }
  return { status: 202, body: { status: 'Queued' } };
}

/** `GET /v2/batch/<id>`: the job's status and counts. */
export function batchStatus(ctx: RouteContext, id: string): Reply {
  const batch = findBatch(ctx, id);
  if (!isBatch(batch)) return batch;
  const { errors: _errors, ownerName: _owner, haltOnError: _halt, action: _action, ...status } = batch;
  return success(200, { batchStatus: status });
}

/** `GET /v2/batch/<id>/errors`: the errors of a completed job; 404 when there are none. */
export function batchErrors(ctx: RouteContext, id: string): Reply {
  const batch = findBatch(ctx, id);
  if (!isBatch(batch)) return batch;
  if (batch.errors.length === 0) return failure(2, 404, `Batch job ${id} has no errors`);
  return { status: 200, body: batch.errors };
}
