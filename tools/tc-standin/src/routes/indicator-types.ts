import { RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import { queryParam, type RouteContext } from '../context.js';
import { CUSTOM_TYPE_REPLY } from '../custom-type.js';
import { success, type Reply } from '../envelope.js';

/** What every type says without `includeAdditional=true`; its keys, case preference, patterns and value options are the additional part. */
const BASIC = ['name', 'custom', 'parsable', 'apiBranch', 'apiEntity'] as const;

/**
 * `GET /v2/types/indicatorTypes[?includeAdditional=true]`: ThreatConnect's
 * recorded reply (a ThreatConnect server's own), plus the stand-in's custom type.
 */
export function listIndicatorTypes(ctx: RouteContext): Reply {
  const additional = queryParam(ctx.query, 'includeAdditional')?.toLowerCase() === 'true';
  const types: Record<string, unknown>[] = [...RECORDED_INDICATOR_TYPES.indicatorType, CUSTOM_TYPE_REPLY].map((type) => {
    const entry = type as Record<string, unknown>;
    return additional ? { ...entry } : Object.fromEntries(BASIC.map((key) => [key, entry[key]]));
  });
  return success(200, { resultCount: types.length, indicatorType: types });
}
