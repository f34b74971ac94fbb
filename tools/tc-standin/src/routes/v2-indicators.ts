import { isReply, resolveOwner } from '../auth.js';
import { jsonObject, queryParam, type RouteContext } from '../context.js';
import { failure, success, type Reply } from '../envelope.js';
import { readFields } from '../fields.js';
import { checkIndicator } from '../formats.js';
import { typeByBranch } from '../indicator-types.js';
import { storeIndicator, v2View } from '../store.js';

/** `POST /v2/indicators/<branch>`: create one indicator from its field values. */
export function createV2Indicator(ctx: RouteContext, branch: string): Reply {
  const type = typeByBranch(branch);
  if (!type) return failure(2, 404, `Indicator type "${branch}" was not found`);
  const owner = resolveOwner(queryParam(ctx.query, 'owner'), ctx.principal, ctx.state, 2);
  if (isReply(owner)) return owner;
  const body = jsonObject(ctx.body);
  if (!body) return failure(2, 400, 'The request body must be a JSON object');
  const read = readFields(type, body);
  if ('error' in read) return failure(2, 400, read.error);
  const problem = checkIndicator(type, read.values);
  if (problem) return failure(2, 400, problem);
  const stored = storeIndicator(ctx.state, type, read.values, owner, body, ctx.clockMs);
  return success(201, { [type.singular]: v2View(stored) });
}
