import type { RouteContext } from './context.js';
import { failure, type Reply } from './envelope.js';
import { batchErrors, batchStatus, createBatch, uploadBatch } from './routes/batch.js';
import { listIndicatorTypes } from './routes/indicator-types.js';
import { listOwners } from './routes/owners.js';
import { createV2Indicator } from './routes/v2-indicators.js';
import { createV3Indicator, listV3Indicators } from './routes/v3-indicators.js';

type Handler = (ctx: RouteContext, ...params: string[]) => Reply;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
}

const ROUTES: readonly Route[] = [
  { pattern: /^\/v2\/owners$/, methods: { GET: listOwners } },
  { pattern: /^\/v2\/types\/indicatorTypes$/, methods: { GET: listIndicatorTypes } },
  { pattern: /^\/v2\/indicators\/([A-Za-z]+)$/, methods: { POST: createV2Indicator } },
  { pattern: /^\/v2\/batch$/, methods: { POST: createBatch } },
  { pattern: /^\/v2\/batch\/([^/]+)$/, methods: { POST: uploadBatch, GET: batchStatus } },
  { pattern: /^\/v2\/batch\/([^/]+)\/errors$/, methods: { GET: batchErrors } },
  { pattern: /^\/v3\/indicators$/, methods: { POST: createV3Indicator, GET: listV3Indicators } },
];

/** Dispatches an authenticated request; unknown paths are 404, known paths with another method 405. */
export function route(ctx: RouteContext): Reply {
  for (const { pattern, methods } of ROUTES) {
    const match = pattern.exec(ctx.path);
    if (!match) continue;
    const handler = methods[ctx.method];
    if (!handler) return failure(ctx.version, 405, `Method ${ctx.method} is not allowed on ${ctx.path}`);
    return handler(ctx, ...match.slice(1).map((p) => decodeURIComponent(p)));
  }
  return failure(ctx.version, 404, `No resource at ${ctx.path}`);
}
