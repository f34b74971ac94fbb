import { queryParam, type RouteContext } from '../context.js';
import { success, type Reply } from '../envelope.js';

/** What every type says without `includeAdditional=true`; its keys, case preference, patterns and value options are the additional part. */
const BASIC = ['name', 'custom', 'parsable', 'apiBranch', 'apiEntity'] as const;

/**
 * `GET /v2/types/indicatorTypes[?includeAdditional=true]`: the instance's
 * types (`state.indicatorTypes`: by default ThreatConnect's recorded reply,
 * a ThreatConnect server's own, and the stand-in's custom type).
 */
export function listIndicatorTypes(ctx: RouteContext): Reply {
  const additional = queryParam(ctx.query, 'includeAdditional')?.toLowerCase() === 'true';
  const types = ctx.state.indicatorTypes.map((entry) => (additional ? { ...entry } : Object.fromEntries(BASIC.filter((key) => key in entry).map((key) => [key, entry[key]]))));
  return success(200, { resultCount: types.length, indicatorType: types });
}
