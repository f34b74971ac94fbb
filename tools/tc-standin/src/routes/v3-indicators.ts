import { isReply, resolveOwner } from '../auth.js';
import { jsonObject, queryParam, type RouteContext } from '../context.js';
import { failure, success, type Reply } from '../envelope.js';
import { readFields } from '../fields.js';
import { checkIndicator } from '../formats.js';
import { typeByName } from '../indicator-types.js';
import { storeIndicator, v3View } from '../store.js';

/** `POST /v3/indicators`: `{"type":"Host","hostName":"...","ownerName"?: "..."}`. */
export function createV3Indicator(ctx: RouteContext): Reply {
  const body = jsonObject(ctx.body);
  if (!body) return failure(3, 400, 'The request body must be a JSON object');
  if (typeof body.type !== 'string') return failure(3, 400, 'type is required');
  const type = typeByName(body.type);
  if (!type) return failure(3, 400, `Invalid indicator type "${body.type}"`);
  const named = typeof body.ownerName === 'string' ? body.ownerName : queryParam(ctx.query, 'owner');
  const owner = resolveOwner(named, ctx.principal, ctx.state, 3);
  if (isReply(owner)) return owner;
  const read = readFields(type, body);
  if ('error' in read) return failure(3, 400, read.error);
  const problem = checkIndicator(type, read.values);
  if (problem) return failure(3, 400, problem);
  const stored = storeIndicator(ctx.state, type, read.values, owner, body, ctx.clockMs);
  return success(201, v3View(stored), { message: 'Created' });
}

function nonNegative(text: string | undefined, fallback: number): number {
  if (text === undefined || !/^[0-9]{1,9}$/.test(text)) return fallback;
  return Number(text);
}

/** `GET /v3/indicators`: the caller's indicators, optionally of one owner, paged with resultStart/resultLimit. */
export function listV3Indicators(ctx: RouteContext): Reply {
  const named = queryParam(ctx.query, 'owner');
  let owners = ctx.principal.owners;
  if (named !== undefined) {
    const owner = resolveOwner(named, ctx.principal, ctx.state, 3);
    if (isReply(owner)) return owner;
    owners = [owner];
  }
  const all = ctx.state.indicators.filter((i) => owners.includes(i.ownerName));
  const start = nonNegative(queryParam(ctx.query, 'resultStart'), 0);
  const limit = nonNegative(queryParam(ctx.query, 'resultLimit'), 100);
  const page = all.slice(start, start + limit).map(v3View);
  const extra = queryParam(ctx.query, 'count') === 'true' ? { count: all.length } : {};
  return success(200, page, extra);
}
