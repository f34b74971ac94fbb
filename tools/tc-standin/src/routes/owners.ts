import { success, type Reply } from '../envelope.js';
import type { RouteContext } from '../context.js';

/** `GET /v2/owners`: the owners the caller may access. */
export function listOwners(ctx: RouteContext): Reply {
  const owner = ctx.state.owners.filter((o) => ctx.principal.owners.includes(o.name));
  return success(200, { resultCount: owner.length, owner });
}
